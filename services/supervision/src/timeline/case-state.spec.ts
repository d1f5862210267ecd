import { allFixtures, createEvent, fixtureOf, type DomainEvent, type EventType, type PayloadOf, type Producer } from '@sunshine/contracts';
import { DAY_MS } from '../warning-light/warning-light';
import { deriveCase } from './case-state';
import { compareEntries, entryOf, PETITION_EVENT_TYPES, type TimelineEntry } from './timeline-entry';

const PETITION = '0193a1f2-7c4e-7d31-9a2b-000000000001';
const T0 = Date.parse('2026-11-26T09:00:00.000Z');
const day = (n: number) => new Date(T0 + n * DAY_MS).toISOString();

const PRODUCER: Record<string, Producer> = { petition: 'intake', case: 'handling', feedback: 'feedback', supervision: 'supervision' };
const ROUTING = new Set(['petition.duplicate-linked', 'petition.triaged', 'petition.escalated', 'petition.instruction-requested', 'petition.instructed', 'petition.assigned', 'petition.reassigned']);
const FEEDBACK = new Set(['petition.concluded']);

/** An event with the fixture's payload, changed where the story needs it, at `occurredAt`. */
function event<T extends EventType>(type: T, occurredAt: string, changes: Partial<PayloadOf<T>> = {}, petitionId = PETITION): DomainEvent<T> {
  const producer = ROUTING.has(type) ? 'routing' : FEEDBACK.has(type) ? 'feedback' : PRODUCER[type.split('.')[0]];
  return createEvent(type, { petitionId }, { ...fixtureOf(type).payload, ...changes } as PayloadOf<T>, {
    producer,
    correlationId: 'test',
    occurredAt: new Date(occurredAt),
  });
}

const entries = (events: DomainEvent[]): TimelineEntry[] => events.map((e) => entryOf(e)!);

/** Registered, assigned, accepted, replied, rated dissatisfied, reopened, extended, replied again. */
function story(): DomainEvent[] {
  return [
    event('petition.registered', day(0), { receivedAt: day(0) }),
    event('petition.triaged', day(0.1)),
    event('petition.assigned', day(1), { acceptBy: day(15), handleBy: day(75), receivedAt: day(0) }),
    event('case.accepted', day(2), { acceptedAt: day(2), handleBy: day(62) }),
    event('case.replied', day(20), { repliedAt: day(20), round: 1 }),
    event('feedback.rated', day(22), { ratedAt: day(22), round: 1, satisfaction: 'dissatisfied' }),
    event('case.reopened', day(23), { reopenedAt: day(23), handleBy: day(53) }),
    event('case.extended', day(50), { handleBy: day(83), days: 30 }),
    event('case.replied', day(84), { repliedAt: day(84), round: 2, outcome: 'explained' }),
  ];
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('the timeline of a petition', () => {
  it('orders events by when they happened, whatever order they arrived in', () => {
    const events = story();
    const expected = events.map((e) => e.id);
    for (let seed = 1; seed <= 20; seed += 1) {
      const arrived = entries(shuffled(events, seed));
      expect([...arrived].sort(compareEntries).map((e) => e.eventId)).toEqual(expected);
      expect(deriveCase(PETITION, arrived)).toEqual(deriveCase(PETITION, entries(events)));
    }
  });

  it('breaks ties of equal times by the place in a petition’s life, then by event id', () => {
    const same = day(1);
    const accepted = event('case.accepted', same);
    const assigned = event('petition.assigned', same);
    const registered = event('petition.registered', same);
    expect(entries([accepted, assigned, registered]).sort(compareEntries).map((e) => e.type)).toEqual([
      'petition.registered',
      'petition.assigned',
      'case.accepted',
    ]);
    const [first, second] = [event('supervision.reminded', same), event('supervision.reminded', same)];
    expect(entries([second, first]).sort(compareEntries).map((e) => e.eventId)).toEqual([first.id, second.id].sort());
  });

  it('counts an entry present twice once', () => {
    const events = story();
    const twice = entries([...events, events[4], events[5]]);
    expect(deriveCase(PETITION, twice)).toEqual(deriveCase(PETITION, entries(events)));
  });

  it('summarises every event about a petition in zh-CN without copying free text', () => {
    const fixtures = allFixtures().filter((f) => f.petitionId !== null);
    expect(new Set(fixtures.map((f) => f.type))).toEqual(PETITION_EVENT_TYPES);
    const freeText = [
      '噪音很大', // petition text
      '嘉州花园小区旁工地', // subject
      '已责令施工单位', // reply text
      '晚上还在施工', // rating comment
      '群众表示施工已停止', // visit notes
      '请区住建局牵头', // leader's instruction
      '该事项已进入诉讼程序', // reason for not accepting
      '需联合调查', // reason for the extension
      '对处理意见不服', // review request reason
      '原处理意见对补偿标准认定有误', // review decision text
      '重新核实补偿标准', // a change decision's directions
      'staff-ecology-007', // who made a return visit
      '超期未受理', // supervision order reason
      '组织现场核查', // the unit's answer to a supervision order
      '夜间施工仍未停止', // reopening note
      '由城管执法部门查处', // reason for returning and reassigning
      '问题已自行协商解决', // reason for withdrawing
    ];
    // Each of them is really in some fixture, so the check below can fail.
    for (const text of freeText) expect(fixtures.some((f) => JSON.stringify(f).includes(text))).toBe(true);
    for (const fixture of fixtures) {
      const entry = entryOf(fixture);
      expect(entry).toBeDefined();
      expect(entry!.summary).toMatch(/[\u4e00-\u9fff]/);
      const stored = JSON.stringify(entry);
      for (const text of freeText) expect({ type: fixture.type, leaked: stored.includes(text) }).toEqual({ type: fixture.type, leaked: false });
    }
  });

  it('shows deadlines in the district’s time zone', () => {
    const entry = entryOf(event('petition.assigned', day(1), { acceptBy: '2026-12-11T16:30:00.000Z', handleBy: '2027-01-25T09:15:02.000Z' }));
    expect(entry!.summary).toContain('受理期限 2026-12-12 00:30');
    expect(entry!.summary).toContain('办理期限 2027-01-25 17:15');
  });

  it('has no entry for bulletins and appraisals, which are about units', () => {
    expect(entryOf(fixtureOf('supervision.bulletin-published'))).toBeUndefined();
    expect(entryOf(fixtureOf('appraisal.published'))).toBeUndefined();
  });
});

describe('the case state derived from the timeline', () => {
  it('follows the whole story: lead unit, deadlines, replies, ratings', () => {
    const state = deriveCase(PETITION, entries(story()));
    expect(state).toMatchObject({
      caseNumber: 'SW-2026-000123',
      status: 'replied',
      open: true,
      kind: 'complaint',
      leadUnitId: 'ecology-environment-bureau',
      leadUnitName: '区生态环境局',
      acceptBy: day(15),
      handleBy: day(83),
      acceptedAt: day(2),
      extensions: 1,
    });
    expect(state.replies).toEqual([
      { round: 1, unitId: 'ecology-environment-bureau', outcome: 'supported', repliedAt: day(20), dueAt: day(62), onTime: true },
      { round: 2, unitId: 'ecology-environment-bureau', outcome: 'explained', repliedAt: day(84), dueAt: day(83), onTime: false },
    ]);
    expect(state.ratings).toEqual([{ round: 1, unitId: 'ecology-environment-bureau', satisfaction: 'dissatisfied', ratedAt: day(22) }]);
    expect(state.decisions).toEqual([{ unitId: 'ecology-environment-bureau', accepted: true, decidedAt: day(2), dueAt: day(15), onTime: true }]);
    // Round 2 is not rated yet and came a day late: the stopped clock keeps it red.
    expect(state.clock).toEqual({ deadline: 'handle-by', startedAt: day(23), dueAt: day(83), stoppedAt: day(84) });
  });

  it('runs the 15-day acceptance clock from receipt before anyone is assigned', () => {
    const state = deriveCase(PETITION, entries([event('petition.registered', day(0), { receivedAt: day(0) })]));
    expect(state.status).toBe('registered');
    expect(state.clock).toEqual({ deadline: 'accept-by', startedAt: day(0), dueAt: day(15) });
  });

  it('puts an assigned case on its accept-by deadline, from the assignment', () => {
    const state = deriveCase(PETITION, entries(story().slice(0, 3)));
    expect(state.status).toBe('assigned');
    expect(state.clock).toEqual({ deadline: 'accept-by', startedAt: day(1), dueAt: day(15) });
  });

  it('moves an accepted case to its handle-by deadline', () => {
    const state = deriveCase(PETITION, entries(story().slice(0, 4)));
    expect(state.status).toBe('accepted');
    expect(state.clock).toEqual({ deadline: 'handle-by', startedAt: day(2), dueAt: day(62) });
  });

  it('moves the running deadline when the case is extended', () => {
    const events = [...story().slice(0, 4), event('case.extended', day(40), { handleBy: day(92), days: 30 })];
    expect(deriveCase(PETITION, entries(events)).clock).toEqual({ deadline: 'handle-by', startedAt: day(2), dueAt: day(92) });
  });

  it('stops the clock at a reply and gives no light once the petitioner rated that reply', () => {
    const replied = deriveCase(PETITION, entries(story().slice(0, 5)));
    expect(replied.clock).toEqual({ deadline: 'handle-by', startedAt: day(2), dueAt: day(62), stoppedAt: day(20) });
    const rated = deriveCase(PETITION, entries(story().slice(0, 6)));
    expect(rated.status).toBe('replied');
    expect(rated.open).toBe(true);
    expect(rated.clock).toBeUndefined();
  });

  it('starts a new handling period when the case is reopened', () => {
    const state = deriveCase(PETITION, entries(story().slice(0, 7)));
    expect(state.status).toBe('reopened');
    expect(state.clock).toEqual({ deadline: 'handle-by', startedAt: day(23), dueAt: day(53) });
  });

  it('takes the case from a unit that returns it and gives it to the unit it is reassigned to', () => {
    const events = [
      ...story().slice(0, 3),
      event('case.returned', day(3), { returnedAt: day(3) }),
      event('petition.reassigned', day(4), { acceptBy: day(19), handleBy: day(79), receivedAt: day(0) }),
    ];
    const returned = deriveCase(PETITION, entries(events.slice(0, 4)));
    expect(returned).toMatchObject({ status: 'rerouting', open: true, leadUnitId: undefined });
    expect(returned.clock).toEqual({ deadline: 'accept-by', startedAt: day(1), dueAt: day(15) });
    const reassigned = deriveCase(PETITION, entries(events));
    expect(reassigned).toMatchObject({ status: 'assigned', leadUnitId: 'law-enforcement-bureau', leadUnitName: '区综合行政执法局', acceptBy: day(19) });
    expect(reassigned.involvedUnitIds).toEqual(['ecology-environment-bureau', 'law-enforcement-bureau']);
    expect(reassigned.clock).toEqual({ deadline: 'accept-by', startedAt: day(4), dueAt: day(19) });
  });

  it('records a late decision not to accept as late, and closes the case', () => {
    const events = [...story().slice(0, 3), event('case.not-accepted', day(16), { decidedAt: day(16) })];
    const state = deriveCase(PETITION, entries(events));
    expect(state).toMatchObject({ status: 'not-accepted', open: false, clock: undefined });
    expect(state.decisions).toEqual([{ unitId: 'ecology-environment-bureau', accepted: false, decidedAt: day(16), dueAt: day(15), onTime: false }]);
  });

  it('finishes with closing and conclusion, and counts only the last rating of a round', () => {
    const events = [
      ...story().slice(0, 5),
      event('feedback.rated', day(21), { ratedAt: day(21), round: 1, satisfaction: 'basically-satisfied' }),
      event('feedback.rated', day(22), { ratedAt: day(22), round: 1, satisfaction: 'satisfied' }),
      event('case.closed', day(23), { closedAt: day(23) }),
      event('petition.concluded', day(24), { concludedAt: day(24), reason: 'satisfied' }),
    ];
    const state = deriveCase(PETITION, entries(events));
    expect(state).toMatchObject({ status: 'concluded', open: false, clock: undefined });
    expect(state.ratings.map((r) => r.satisfaction)).toEqual(['satisfied']);
  });

  it('keeps a review open without a unit light, with the reviewing body’s answer date', () => {
    const events = [
      ...story().slice(0, 6),
      event('feedback.review-requested', day(30), { requestedAt: day(30), answerBy: day(60) }),
    ];
    const state = deriveCase(PETITION, entries(events));
    expect(state).toMatchObject({ status: 'under-review', open: true, reviewAnswerBy: day(60), clock: undefined });
  });

  it('links a repeat petition to the original and stops its clock', () => {
    const events = [
      event('petition.registered', day(0), { receivedAt: day(0), caseNumber: 'SW-2026-000124' }),
      event('petition.duplicate-linked', day(0.01)),
    ];
    const state = deriveCase(PETITION, entries(events));
    expect(state).toMatchObject({
      status: 'linked',
      open: false,
      clock: undefined,
      duplicateOf: { petitionId: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b00', caseNumber: 'SW-2026-000098', relation: 'repeat' },
    });
  });

  it('ends with a withdrawal', () => {
    const events = [...story().slice(0, 4), event('petition.withdrawn', day(5), { withdrawnAt: day(5) })];
    expect(deriveCase(PETITION, entries(events))).toMatchObject({ status: 'withdrawn', open: false, clock: undefined });
  });

  it('knows the handling unit from its own events before the assignment arrives', () => {
    const state = deriveCase(PETITION, entries([event('case.accepted', day(2), { acceptedAt: day(2), handleBy: day(62) })]));
    expect(state).toMatchObject({ status: 'accepted', leadUnitId: 'ecology-environment-bureau', caseNumber: 'SW-2026-000123' });
    expect(state.decisions[0].onTime).toBeNull();
  });

  it('counts reminders, supervision orders and escalations without changing the status', () => {
    const events = [
      ...story().slice(0, 4),
      event('petition.escalated', day(2.5)),
      event('supervision.reminded', day(50)),
      event('supervision.order-issued', day(55)),
    ];
    expect(deriveCase(PETITION, entries(events))).toMatchObject({ status: 'accepted', reminders: 1, supervisionOrders: 1, escalations: ['urgent'] });
  });
});
