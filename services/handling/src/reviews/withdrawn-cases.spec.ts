import type { CaseState } from '../cases/case';
import type { WorkflowCase } from '../case-workflow/case-workflow';
import { leaderSendBack } from '../leader-cases/leader-review';
import { followReviewDecision, followWithdrawal } from './review-outcome';

// Found by the property test of the case state machine (cases/case.property.spec.ts).
const NOW = new Date('2026-12-10T02:00:00.000Z');
const REPLIED_AT = new Date('2026-12-05T02:00:00.000Z');
const state = (overrides: Record<string, unknown> = {}) =>
  ({
    _id: 'p-1',
    caseNumber: 'SW-2026-000123',
    leadUnitId: 'ecology-environment-bureau',
    assistingUnitIds: [],
    unitIds: ['ecology-environment-bureau'],
    status: 'replied',
    round: 1,
    version: 3,
    acceptBy: NOW,
    handleBy: NOW,
    assignedAt: REPLIED_AT,
    repliedAt: REPLIED_AT,
    replies: [{ round: 1, repliedAt: REPLIED_AT }],
    ...overrides,
  }) as unknown as CaseState & WorkflowCase;
const change = { decision: 'change' as const, directions: '责令重新办理', newHandleBy: '2027-01-10T15:59:59.999Z', decidedAt: NOW.toISOString() };

const withdrawn = (from: Record<string, unknown>) => {
  const effect = followWithdrawal(state(from), NOW.toISOString());
  if (effect.kind !== 'decision') throw new Error('the withdrawal closes the case');
  return state({ ...from, ...effect.decision.set });
};

describe('a withdrawn petition’s case', () => {
  it('is not sent back by a leader, even within the review window (409 CASE.WITHDRAWN)', () => {
    expect(() => leaderSendBack(withdrawn({}), '请重新办理', NOW, { reopenDays: 30 })).toThrow(expect.objectContaining({ code: 'CASE.WITHDRAWN', status: 409 }));
    // A case rated and closed is still sent back within the window.
    expect(leaderSendBack(state({ status: 'closed', closure: { reason: 'satisfied', closedAt: NOW } }), '请重新办理', NOW, { reopenDays: 30 }).set).toMatchObject({ status: 'reopened', closure: null });
  });

  it('withdrawn before any reply has nothing a review could change', () => {
    expect(followReviewDecision(withdrawn({ status: 'assigned', round: 0, replies: [], repliedAt: undefined }), change)).toEqual({ kind: 'ignored', reason: 'no reply to review' });
  });
});

describe('a review decided "change"', () => {
  it('reopens a closed case and lifts its closure, so no reopened case still reads as closed', () => {
    const effect = followReviewDecision(state({ status: 'closed', closure: { reason: 'basically-satisfied', closedAt: NOW } }), change);
    expect(effect).toMatchObject({ kind: 'decision', decision: { set: { status: 'reopened', closure: null } } });
    // A replied case has no closure to lift.
    const replied = followReviewDecision(state(), change);
    expect(replied.kind === 'decision' && replied.decision.set).not.toHaveProperty('closure');
  });
});
