import { allFixtures, createEvent, fixtureOf, type DomainEvent, type EventType, type PayloadOf, type Producer } from '@sunshine/contracts';
import { appraisalFactOf, deriveAppraisalRow, missingReplyParts, periodKeysOf, type AppraisalFact } from './appraisal-row';

const PETITION = '0193a1f2-7c4e-7d31-9a2b-0000000000a1';
const T0 = Date.parse('2026-10-10T02:00:00.000Z');
const day = (n: number) => new Date(T0 + n * 86_400_000).toISOString();
const ZONE = 'Asia/Shanghai';

function producerOf(type: string): Producer {
  if (type.startsWith('case.')) return 'handling';
  if (type.startsWith('feedback.') || type === 'petition.concluded') return 'feedback';
  if (type.startsWith('supervision.')) return 'supervision';
  return 'routing';
}

function event<T extends EventType>(type: T, occurredAt: string, changes: Partial<PayloadOf<T>> = {}, petitionId = PETITION): DomainEvent<T> {
  return createEvent(type, { petitionId }, { ...fixtureOf(type).payload, ...changes } as PayloadOf<T>, {
    producer: producerOf(type),
    correlationId: 'test',
    occurredAt: new Date(occurredAt),
  });
}

const facts = (events: DomainEvent[]): AppraisalFact[] => events.map((e) => appraisalFactOf(e)?.fact).filter((f): f is AppraisalFact => !!f);

/** Assigned, accepted late, extended, replied late (a scheduled reply), visited, rated dissatisfied, repeat petition, order issued and answered. */
function story(): DomainEvent[] {
  const unit = { unitId: 'town-fuxi' };
  return [
    event('petition.assigned', day(0), { leadUnitId: 'town-fuxi', leadUnitName: '福禄镇', acceptBy: day(15), handleBy: day(75) }),
    event('case.accepted', day(16), { ...unit, acceptedAt: day(16), handleBy: day(76) }),
    event('case.extended', day(70), { ...unit, handleBy: day(100) }),
    event('case.replied', day(101), { ...unit, repliedAt: day(101), outcome: 'scheduled', promisedBy: day(110), facts: 'f', basis: 'b' }),
    event('feedback.visited', day(103), { ...unit, visitedAt: day(103) }),
    event('feedback.rated', day(104), { ...unit, ratedAt: day(104), satisfaction: 'dissatisfied' }),
    event('supervision.order-issued', day(105), { ...unit, orderId: 'DB-7', dueBy: day(112) }),
    event('petition.duplicate-linked', day(106), { originalPetitionId: PETITION, relation: 'repeat' }, '0193a1f2-7c4e-7d31-9a2b-0000000000a2'),
  ];
}

describe('the appraisal row of a case', () => {
  it('derives every figure of the story', () => {
    const row = deriveAppraisalRow(PETITION, facts(story()), ZONE);
    expect(row).toMatchObject({
      unitId: 'town-fuxi',
      unitName: '福禄镇',
      quarter: '2026-Q4',
      year: '2026',
      acceptanceAt: day(16),
      acceptBy: day(15),
      handleBy: day(100),
      extensions: 1,
      replies: 1,
      lateReply: true,
      awaitingReply: false,
      visited: true,
      finalRating: 'dissatisfied',
      resolved: false,
      repeatsAfterClosure: 1,
      promisedBy: day(110),
      missingReplyParts: [],
      orders: [{ orderId: 'DB-7', unitId: 'town-fuxi', dueBy: day(112) }],
    });
  });

  it('is the same whatever order the events arrive in, and with redeliveries', () => {
    const inOrder = deriveAppraisalRow(PETITION, facts(story()), ZONE);
    const shuffled = [...story()];
    const again = facts([...shuffled.reverse()]);
    expect(deriveAppraisalRow(PETITION, again, ZONE)).toEqual({ ...inOrder });
  });

  it('puts a repeat petition on the original case and ignores a joint one', () => {
    const linked = event('petition.duplicate-linked', day(1), { originalPetitionId: PETITION, relation: 'repeat' }, 'other-petition');
    expect(appraisalFactOf(linked)?.petitionId).toBe(PETITION);
    const joint = event('petition.duplicate-linked', day(1), { originalPetitionId: PETITION, relation: 'joint' }, 'other-petition');
    expect(appraisalFactOf(joint)).toBeUndefined();
  });

  it('does not let a linked co-petitioner rate the case', () => {
    const linkedRating = event('feedback.rated', day(105), { satisfaction: 'satisfied', ratedViaPetitionId: 'other-petition' } as never);
    expect(appraisalFactOf(linkedRating)).toBeUndefined();
  });

  it('counts a reply refused in review and names the parts a reply lacks', () => {
    const decided = event('feedback.review-decided', day(120), { decision: 'change' } as never);
    const row = deriveAppraisalRow(PETITION, facts([...story(), decided]), ZONE);
    expect(row.reviewChanged).toBe(true);
    expect(missingReplyParts({ outcome: 'scheduled', text: 'x' })).toEqual(['facts', 'basis', 'promisedBy']);
  });

  it('keeps no free text of any fixture', () => {
    for (const fixture of allFixtures()) {
      const found = appraisalFactOf(fixture);
      if (!found) continue;
      const text = JSON.stringify(found.fact);
      const payload = fixture.payload as unknown as Record<string, unknown>;
      for (const key of ['text', 'reason', 'comment', 'note', 'summary', 'instruction', 'subject', 'directions']) {
        const value = payload[key];
        // codes (a reopening's reason) are not text
        if (typeof value === 'string' && value.length > 3 && !/^[a-z0-9-]+$/.test(value)) expect(text).not.toContain(value);
      }
    }
  });

  it('files a case under the quarter of its assignment in China time', () => {
    expect(periodKeysOf('2026-12-31T16:30:00.000Z', ZONE)).toEqual({ quarter: '2027-Q1', year: '2027' });
    expect(periodKeysOf('2026-12-31T15:30:00.000Z', ZONE)).toEqual({ quarter: '2026-Q4', year: '2026' });
  });
});
