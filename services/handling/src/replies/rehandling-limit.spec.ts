import type { CaseState, HandlingPolicy } from '../cases/case';
import { applyRatingBounded, dissatisfiedReopenings, rehandlingNote } from './rehandling-limit';

const POLICY: HandlingPolicy = { handleDays: 60, reopenDays: 30 };
const NOW = new Date('2027-01-10T03:00:00.000Z');
const replied = (round: number, reopenings: { reason: 'dissatisfied' | 'leader-sent-back' | 'supervision' }[] = []): CaseState & { reopenings: typeof reopenings } => ({
  caseNumber: 'SW-2026-000123',
  leadUnitId: 'ecology-environment-bureau',
  status: 'replied',
  round,
  handleBy: new Date('2027-01-25T09:15:02.000Z'),
  extension: null,
  reopenings,
});

describe('re-handling after a dissatisfied rating is bounded', () => {
  it('reopens the first time, to the same unit, with the reasons and the comment in the note', () => {
    const effect = applyRatingBounded(replied(1), { round: 1, satisfaction: 'dissatisfied', reasons: ['夜间施工仍未停止', '未回复噪声检测结果'], comment: '请再查' }, NOW, POLICY, 1);
    if (effect.kind !== 'decision') throw new Error(effect.kind);
    expect(effect.decision.event).toMatchObject({
      type: 'case.reopened',
      payload: { unitId: 'ecology-environment-bureau', reason: 'dissatisfied', note: '夜间施工仍未停止\n未回复噪声检测结果\n请再查' },
    });
    expect(effect.decision.set).toMatchObject({ status: 'reopened' });
  });

  it('does not reopen once the limit of reopenings for dissatisfaction is reached: the limit event instead, the case left replied', () => {
    const effect = applyRatingBounded(replied(2, [{ reason: 'dissatisfied' }]), { round: 2, satisfaction: 'dissatisfied', reasons: ['仍未解决'] }, NOW, POLICY, 1);
    if (effect.kind !== 'decision') throw new Error(effect.kind);
    expect(effect.decision.set).toEqual({});
    expect(effect.decision.push).toBeUndefined();
    expect(effect.decision.event).toEqual({
      type: 'case.rehandling-limit-reached',
      payload: { caseNumber: 'SW-2026-000123', unitId: 'ecology-environment-bureau', reopenings: 1, round: 2, reachedAt: NOW.toISOString() },
    });
  });

  it('counts only reopenings for dissatisfaction, and follows the configured limit', () => {
    expect(dissatisfiedReopenings([{ reason: 'leader-sent-back' }, { reason: 'dissatisfied' }, { reason: 'supervision' }])).toBe(1);
    const sentBackOnce = replied(2, [{ reason: 'leader-sent-back' }]);
    expect(applyRatingBounded(sentBackOnce, { round: 2, satisfaction: 'dissatisfied', reasons: ['x'] }, NOW, POLICY, 1)).toMatchObject({ decision: { event: { type: 'case.reopened' } } });
    const twice = replied(3, [{ reason: 'dissatisfied' }]);
    expect(applyRatingBounded(twice, { round: 3, satisfaction: 'dissatisfied', reasons: ['x'] }, NOW, POLICY, 2)).toMatchObject({ decision: { event: { type: 'case.reopened' } } });
    expect(applyRatingBounded(replied(1), { round: 1, satisfaction: 'dissatisfied', reasons: ['x'] }, NOW, POLICY, 0)).toMatchObject({
      decision: { event: { type: 'case.rehandling-limit-reached', payload: { reopenings: 0 } } },
    });
  });

  it('leaves satisfied, stale and contradicting ratings as they were', () => {
    const limitReached = replied(2, [{ reason: 'dissatisfied' }]);
    expect(applyRatingBounded(limitReached, { round: 2, satisfaction: 'satisfied' }, NOW, POLICY, 1)).toMatchObject({ decision: { event: { type: 'case.closed' } } });
    expect(applyRatingBounded(limitReached, { round: 1, satisfaction: 'dissatisfied', reasons: ['x'] }, NOW, POLICY, 1)).toEqual({ kind: 'stale' });
    expect(applyRatingBounded(limitReached, { round: 3, satisfaction: 'dissatisfied', reasons: ['x'] }, NOW, POLICY, 1)).toMatchObject({ kind: 'contradiction' });
  });

  it('writes no note when there are neither reasons nor a comment', () => {
    expect(rehandlingNote({})).toBeUndefined();
    expect(rehandlingNote({ reasons: ['  '], comment: ' ' })).toBeUndefined();
    expect(rehandlingNote({ comment: 'x'.repeat(3000) })).toHaveLength(2000);
  });
});
