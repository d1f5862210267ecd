import { Catalogue, createEvent, fixtureOf, type DomainEvent, type EventType, type PayloadOf } from '@sunshine/contracts';
import { DAY_MS } from '../warning-light/warning-light';
import { deriveCase } from './case-state';
import { promiseBroken, workflowView } from './case-workflow-state';
import { entryOf, PETITION_EVENT_TYPES, type TimelineEntry } from './timeline-entry';
import { TIMELINE_TITLES, timelineTitle } from './timeline-titles';

const PETITION = '0193a1f2-7c4e-7d31-9a2b-000000000002';
const T0 = Date.parse('2027-01-01T02:00:00.000Z');
const day = (n: number) => new Date(T0 + n * DAY_MS).toISOString();
const LEAD = 'ecology-environment-bureau';
const ASSISTING = 'urban-management-bureau';

function event<T extends EventType>(type: T, occurredAt: string, changes: Partial<PayloadOf<T>> = {}): DomainEvent<T> {
  return createEvent(type, { petitionId: PETITION }, { ...fixtureOf(type).payload, ...changes } as PayloadOf<T>, {
    producer: fixtureOf(type).producer,
    correlationId: 'test',
    occurredAt: new Date(occurredAt),
  });
}
const entries = (events: DomainEvent[]): TimelineEntry[] => events.map((e) => entryOf(e)!);

const assignedAndAccepted = () => [
  event('petition.registered', day(0), { receivedAt: day(0) }),
  event('petition.assigned', day(0.1), { leadUnitId: LEAD, assistingUnitIds: [ASSISTING], acceptBy: day(15), handleBy: day(75), receivedAt: day(0) }),
  event('case.accepted', day(1), { unitId: LEAD, acceptedAt: day(1), handleBy: day(61) }),
];

describe('issue 10’s steps on the timeline', () => {
  it('titles every event type in zh-CN and English', () => {
    for (const { type } of Catalogue) {
      expect(TIMELINE_TITLES[type]['zh-CN']).toMatch(/\S/);
      expect(TIMELINE_TITLES[type].en).toMatch(/\S/);
    }
    expect(timelineTitle('case.extension-requested')).toEqual({ 'zh-CN': '申请延期', en: 'Extension requested' });
    expect(timelineTitle('case.transferred')).toEqual({ 'zh-CN': '转送其他机关', en: 'Transferred to another body' });
    expect(timelineTitle('some.future-event')).toEqual({ 'zh-CN': 'some.future-event', en: 'some.future-event' });
  });

  it('records every new event type as an entry, without its free text', () => {
    const newTypes = [
      'case.transferred',
      'case.extension-requested',
      'case.extension-refused',
      'case.assist-opinion-submitted',
      'case.joint-convened',
      'case.coordination-requested',
      'case.completion-reported',
      'petition.leader-instructed',
      'petition.link-undone',
    ] as const;
    for (const type of newTypes) {
      expect(PETITION_EVENT_TYPES.has(type)).toBe(true);
      const sample = fixtureOf(type);
      const entry = entryOf(sample)!;
      expect(entry.summary).toMatch(/\S/);
      const stored = JSON.stringify(entry);
      for (const key of ['reason', 'opinion', 'instruction', 'note', 'comment'] as const) {
        const text = (sample.payload as unknown as Record<string, unknown>)[key];
        if (typeof text === 'string') expect(stored).not.toContain(text);
      }
    }
  });

  it('follows an extension request to its approval, and another to its refusal, moving the deadline only on approval', () => {
    const requestId = '0193a1f2-1b60-7abc-8def-0123456789aa';
    const refusedId = '0193a1f2-1b60-7abc-8def-0123456789bb';
    const events = [
      ...assignedAndAccepted(),
      event('case.extension-requested', day(40), { unitId: LEAD, requestId: refusedId, days: 30, requestedAt: day(40) }),
      event('case.extension-refused', day(41), { unitId: LEAD, requestId: refusedId, refusedBy: 'district-head', refusedAt: day(41) }),
    ];
    const refused = deriveCase(PETITION, entries(events));
    expect(refused.workflow.extensionRequests).toEqual([
      { requestId: refusedId, unitId: LEAD, days: 30, requestedAt: day(40), status: 'refused', decidedAt: day(41), decidedBy: 'district-head' },
    ]);
    expect(refused.handleBy).toBe(day(61));
    expect(refused.extensions).toBe(0);

    const approved = deriveCase(
      PETITION,
      entries([
        ...events,
        event('case.extension-requested', day(45), { unitId: LEAD, requestId, days: 20, requestedAt: day(45) }),
        event('case.extended', day(46), { unitId: LEAD, requestId, days: 20, approvedBy: 'party-secretary', handleBy: day(81) }),
      ]),
    );
    expect(approved.workflow.extensionRequests[1]).toMatchObject({ requestId, status: 'approved', decidedBy: 'party-secretary', decidedAt: day(46) });
    expect(approved.handleBy).toBe(day(81));
    expect(approved.extensions).toBe(1);
    expect(approved.status).toBe('accepted');
  });

  it('keeps assisting opinions, convening, coordination and leaders’ instructions without touching the lead unit or the status', () => {
    const state = deriveCase(
      PETITION,
      entries([
        ...assignedAndAccepted(),
        event('case.assist-opinion-submitted', day(5), { unitId: ASSISTING, submittedAt: day(5) }),
        event('case.coordination-requested', day(6), { unitId: LEAD, requestedAt: day(6) }),
        event('case.joint-convened', day(7), { unitId: LEAD, convenedBy: 'joint-office', participantUnitIds: [LEAD, ASSISTING], convenedAt: day(7) }),
        event('petition.leader-instructed', day(8), { leaderId: 'party-secretary', instructedAt: day(8) }),
      ]),
    );
    expect(state.leadUnitId).toBe(LEAD);
    expect(state.status).toBe('accepted');
    expect(state.workflow).toMatchObject({
      assistOpinions: [{ unitId: ASSISTING, submittedAt: day(5) }],
      coordinationRequests: 1,
      jointConvened: { convenedAt: day(7), convenedBy: 'joint-office', participantUnitIds: [LEAD, ASSISTING] },
      leaderInstructions: [{ leaderId: 'party-secretary', instructedAt: day(8) }],
    });
    expect(state.involvedUnitIds).toEqual([LEAD, ASSISTING].sort());
  });

  it('tracks a promised completion date: broken once passed without a completion report, kept with one', () => {
    const promised = [
      ...assignedAndAccepted(),
      event('case.replied', day(20), { unitId: LEAD, outcome: 'scheduled', round: 1, repliedAt: day(20), promisedBy: day(30) }),
    ];
    const open = deriveCase(PETITION, entries(promised));
    expect(open.workflow.promise).toEqual({ round: 1, promisedBy: day(30) });
    expect(promiseBroken(open.workflow, new Date(day(29)))).toBe(false);
    expect(promiseBroken(open.workflow, new Date(day(31)))).toBe(true);
    expect(workflowView(open.workflow, new Date(day(31))).promise).toMatchObject({ broken: true });

    const kept = deriveCase(PETITION, entries([...promised, event('case.completion-reported', day(28), { unitId: LEAD, reportedAt: day(28), promisedBy: day(30) })]));
    expect(kept.workflow.promise?.completedAt).toBe(day(28));
    expect(promiseBroken(kept.workflow, new Date(day(31)))).toBe(false);
  });

  it('finishes a transferred case (转送) with no light, and reopens a petition whose link was undone to fresh routing', () => {
    const transferred = deriveCase(PETITION, entries([...assignedAndAccepted().slice(0, 2), event('case.transferred', day(3), { unitId: LEAD, toBody: '区人民法院', transferredAt: day(3) })]));
    expect(transferred.status).toBe('transferred');
    expect(transferred.open).toBe(false);
    expect(transferred.clock).toBeUndefined();
    expect(transferred.workflow.transferredTo).toBe('区人民法院');

    const undone = deriveCase(
      PETITION,
      entries([
        event('petition.registered', day(0), { receivedAt: day(0) }),
        event('petition.duplicate-linked', day(0.1), { relation: 'repeat' }),
        event('petition.link-undone', day(2), { undoneAt: day(2) }),
        event('petition.assigned', day(2), { leadUnitId: LEAD, assistingUnitIds: [], acceptBy: day(17), handleBy: day(77), receivedAt: day(0) }),
      ]),
    );
    expect(undone.duplicateOf).toBeUndefined();
    expect(undone.status).toBe('assigned');
    expect(undone.open).toBe(true);
  });

  it('counts a linked petitioner’s rating apart: it never stands for the petitioner’s own rating of the reply', () => {
    const state = deriveCase(
      PETITION,
      entries([
        ...assignedAndAccepted(),
        event('case.replied', day(20), { unitId: LEAD, round: 1, repliedAt: day(20) }),
        event('feedback.rated', day(21), { unitId: LEAD, round: 1, satisfaction: 'satisfied', ratedAt: day(21), ratedViaPetitionId: '0193a1f2-7c4e-7d31-9a2b-000000000099' }),
      ]),
    );
    expect(state.ratings).toEqual([]);
    expect(state.workflow.linkedRatings).toBe(1);
    expect(state.clock).toBeDefined(); // still waiting for the petitioner's own rating
  });
});
