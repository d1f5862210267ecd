import type { CaseState } from '../cases/case';
import { followReviewDecision, followWithdrawal } from './review-outcome';

const state = (status: CaseState['status'], round = 1): CaseState => ({
  caseNumber: 'SW-2026-000123',
  leadUnitId: 'ecology-environment-bureau',
  status,
  round,
  handleBy: new Date('2026-12-01T15:59:59.999Z'),
});

const change = {
  decision: 'change' as const,
  directions: '重新核实噪声监测数据并书面答复。',
  newHandleBy: '2027-02-04T15:59:59.999Z',
  decidedAt: '2027-01-05T02:00:00.000Z',
};

describe('a review decision on a unit’s case (复查/复核)', () => {
  it('"change" reopens an answered case with the directions as the note and the body’s new handle-by', () => {
    const effect = followReviewDecision(state('replied', 2), change);
    expect(effect.kind).toBe('decision');
    if (effect.kind !== 'decision') return;
    expect(effect.decision.set).toEqual({ status: 'reopened', handleBy: new Date(change.newHandleBy) });
    expect(effect.decision.push?.reopenings).toMatchObject({ afterRound: 2, reason: 'review-changed', note: change.directions });
    expect(effect.decision.event).toEqual({
      type: 'case.reopened',
      payload: {
        caseNumber: 'SW-2026-000123',
        unitId: 'ecology-environment-bureau',
        reason: 'review-changed',
        note: change.directions,
        reopenedAt: change.decidedAt,
        handleBy: change.newHandleBy,
      },
    });
  });

  it('"change" reopens a case that was closed meanwhile too', () => {
    expect(followReviewDecision(state('closed'), change).kind).toBe('decision');
  });

  it('uphold and revoke leave the case as it is', () => {
    expect(followReviewDecision(state('replied'), { ...change, decision: 'uphold' }).kind).toBe('ignored');
    expect(followReviewDecision(state('replied'), { ...change, decision: 'revoke' }).kind).toBe('ignored');
  });

  it('a case the unit is still working on, or a change without a date, is not reopened', () => {
    expect(followReviewDecision(state('reopened'), change).kind).toBe('ignored');
    expect(followReviewDecision(state('accepted', 0), change).kind).toBe('ignored');
    expect(followReviewDecision(state('replied'), { decision: 'change', decidedAt: change.decidedAt }).kind).toBe('ignored');
  });
});

describe('the petitioner’s withdrawal (撤回)', () => {
  it.each(['assigned', 'accepted', 'replied', 'reopened', 'returned'] as const)('closes a %s case with reason withdrawn at the withdrawal time', (status) => {
    const effect = followWithdrawal(state(status), '2026-12-10T03:00:00.000Z');
    expect(effect.kind).toBe('decision');
    if (effect.kind !== 'decision') return;
    expect(effect.decision.set).toEqual({ status: 'closed', closure: { reason: 'withdrawn', closedAt: new Date('2026-12-10T03:00:00.000Z') } });
    expect(effect.decision.event).toEqual({
      type: 'case.closed',
      payload: { caseNumber: 'SW-2026-000123', unitId: 'ecology-environment-bureau', reason: 'withdrawn', closedAt: '2026-12-10T03:00:00.000Z' },
    });
  });

  it.each(['closed', 'not-accepted', 'transferred'] as const)('changes nothing on a case already %s', (status) => {
    expect(followWithdrawal(state(status), '2026-12-10T03:00:00.000Z').kind).toBe('ignored');
  });
});
