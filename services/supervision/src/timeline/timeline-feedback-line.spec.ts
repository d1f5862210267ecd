import { createEvent, fixtureOf, type DomainEvent, type EventType, type PayloadOf } from '@sunshine/contracts';
import { deriveCase } from './case-state';
import { entryOf, type TimelineEntry } from './timeline-entry';
import { timelineTitle } from './timeline-titles';

const PETITION = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01';
const T0 = Date.parse('2026-12-01T02:00:00.000Z');
const day = (n: number) => new Date(T0 + n * 86_400_000).toISOString();

function event<T extends EventType>(type: T, occurredAt: string, changes: Partial<PayloadOf<T>> = {}): DomainEvent<T> {
  return createEvent(type, { petitionId: PETITION }, { ...fixtureOf(type).payload, ...changes } as PayloadOf<T>, {
    producer: fixtureOf(type).producer,
    correlationId: 'timeline-feedback-line',
    occurredAt: new Date(occurredAt),
  });
}
const entry = (e: DomainEvent): TimelineEntry => entryOf(e)!;

describe("supervision's timeline of issue 11's steps", () => {
  it('titles every step in zh-CN and en', () => {
    expect(timelineTitle('case.rehandling-limit-reached')).toEqual({ 'zh-CN': '重办次数已满', en: 'Re-handling limit reached' });
    for (const type of ['petition.withdrawn', 'feedback.review-requested', 'feedback.review-decided', 'petition.concluded', 'feedback.visited', 'feedback.rated']) {
      expect(timelineTitle(type)['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(timelineTitle(type).en).not.toBe(type);
    }
  });

  it('summarises the re-handling limit as review advice and an order candidate', () => {
    const e = entry(event('case.rehandling-limit-reached', day(40), { round: 2, reopenings: 1 }));
    expect(e.summary).toBe('第 2 次答复仍不满意，已重办 1 次，不再自动重办；已告知申请复查，列为督办候选');
    expect(e.facts).toMatchObject({ unitId: 'ecology-environment-bureau', round: 2, reopenings: 1 });
  });

  it('shows a visit’s method, date and recorded satisfaction, never the visitor nor the notes; a rating’s source', () => {
    const visited = entry(event('feedback.visited', day(5), { visitedAt: '2026-12-06T06:00:00.000Z', visitor: '李明', satisfaction: 'satisfied' }));
    expect(visited.summary).toBe('电话回访（ecology-environment-bureau，2026-12-06 14:00），回访代评：满意');
    expect(JSON.stringify(visited)).not.toMatch(/李明|群众表示/);
    const rated = entry(event('feedback.rated', day(5), { source: 'visit', visitId: 'v-1', satisfaction: 'satisfied', reasons: undefined }));
    expect(rated.summary).toBe('第 1 次答复满意度测评：满意（回访代评）');
    expect(rated.facts).toMatchObject({ source: 'visit', visitId: 'v-1' });
    const reasons = entry(event('feedback.rated', day(5), { reasons: ['夜间施工仍未停止'] }));
    expect(JSON.stringify(reasons)).not.toContain('夜间施工仍未停止');
    expect(reasons.facts.reasonCount).toBe(1);
  });

  it('shows a review request filed by a registrar, a "change" with the new date, a reopening by review and a withdrawal closing the case', () => {
    expect(entry(event('feedback.review-requested', day(10), { requestedBy: 'registrar', answerBy: '2027-01-14T02:00:00.000Z' })).summary).toBe('申请复查（登记人员代为申请），答复期限 2027-01-14 10:00');
    expect(entry(event('feedback.review-decided', day(20))).summary).toBe('复查意见：变更，责令重新办理，重新办理期限 2027-02-04 23:59');
    expect(entry(event('case.reopened', day(20), { reason: 'review-changed' })).summary).toContain('复查/复核决定变更，ecology-environment-bureau 重新办理');
    expect(entry(event('case.closed', day(3), { reason: 'withdrawn' })).summary).toBe('ecology-environment-bureau 办结（信访人撤回）');
  });

  it('keeps a case at the limit replied and open, records visits and rating sources, and finishes concluded and withdrawn cases', () => {
    const base = [
      entry(event('petition.assigned', day(0))),
      entry(event('case.accepted', day(1))),
      entry(event('case.replied', day(2), { round: 1 })),
      entry(event('feedback.rated', day(3), { round: 1, source: 'online' })),
      entry(event('case.reopened', day(3))),
      entry(event('case.replied', day(8), { round: 2 })),
      entry(event('feedback.visited', day(9), { visitedAt: day(9) })),
      entry(event('feedback.rated', day(9), { round: 2, source: 'visit' })),
      entry(event('case.rehandling-limit-reached', day(9), { round: 2 })),
    ];
    const atLimit = deriveCase(PETITION, base);
    expect(atLimit).toMatchObject({ status: 'replied', open: true });
    expect(atLimit.visits).toEqual([{ unitId: 'ecology-environment-bureau', visitedAt: day(9) }]);
    expect(atLimit.ratings.map((r) => r.source)).toEqual([undefined, 'visit']);
    expect(deriveCase(PETITION, [...base, entry(event('petition.concluded', day(40), { reason: 'review-exhausted' }))])).toMatchObject({ status: 'concluded', open: false });
    expect(deriveCase(PETITION, [...base, entry(event('petition.withdrawn', day(12)))])).toMatchObject({ status: 'withdrawn', open: false });
  });
});
