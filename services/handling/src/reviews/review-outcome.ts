import type { ReviewDecision } from '@sunshine/contracts';
import { base, type CaseDecision, type CaseState } from '../cases/case';

/**
 * What the statutory review chain (复查/复核, 信访工作条例 art. 35–36) and the petitioner's
 * withdrawal (撤回) do to a unit's case. Both are decided in feedback; handling only follows:
 *
 *   replied | closed ─review decided "change"─▶ reopened (reason review-changed, the body's
 *                                                directions as the note, its new handle-by)
 *   any open status  ─petition.withdrawn─────▶ closed (reason withdrawn)
 *
 * Plain functions like `cases/case.ts`; the service persists the decision with its event.
 */

export type FollowEffect =
  | { kind: 'decision'; decision: CaseDecision }
  /** Nothing to do here, with the reason (logged by the consumer, not an error). */
  | { kind: 'ignored'; reason: string };

/** Statuses a review may send back from: the unit has answered (and the case may have been closed meanwhile). */
const REVIEWABLE = new Set(['replied', 'closed']);

/** Statuses that end a case already: a withdrawal changes nothing there. */
const FINAL = new Set(['closed', 'not-accepted', 'transferred']);

export interface ReviewDecided {
  decision: ReviewDecision;
  directions?: string;
  /** The reviewing body's new deadline for the unit (ISO). */
  newHandleBy?: string;
  decidedAt: string;
}

/**
 * A review decided "change" (变更，责令重新办理) sends the case back to the unit that answered,
 * with the body's directions and the new deadline the body set (feedback publishes it; the case's
 * handle-by follows it like any reopening's). Uphold and revoke leave the case as it is.
 */
export function followReviewDecision(state: CaseState, decided: ReviewDecided): FollowEffect {
  if (decided.decision !== 'change') return { kind: 'ignored', reason: `review decision ${decided.decision} does not reopen` };
  if (!REVIEWABLE.has(state.status)) return { kind: 'ignored', reason: `case is ${state.status}, not answered` };
  // Only an answer can be reviewed: a case closed (withdrawn) before any reply has none.
  if (state.round < 1) return { kind: 'ignored', reason: 'no reply to review' };
  if (!decided.newHandleBy) return { kind: 'ignored', reason: 'a change without a new handle-by date' };
  const reopenedAt = new Date(decided.decidedAt);
  const handleBy = new Date(decided.newHandleBy);
  const note = decided.directions?.trim() || undefined;
  return {
    kind: 'decision',
    decision: {
      // A closed case's closure no longer holds once it is reopened.
      set: { status: 'reopened', handleBy, ...(state.status === 'closed' ? { closure: null } : {}) },
      push: { reopenings: { afterRound: state.round, reason: 'review-changed', ...(note ? { note } : {}), reopenedAt, handleBy } },
      event: {
        type: 'case.reopened',
        payload: { ...base(state), reason: 'review-changed', ...(note ? { note } : {}), reopenedAt: reopenedAt.toISOString(), handleBy: handleBy.toISOString() },
      },
    },
  };
}

/** The petitioner withdrew the petition: the case closes wherever it stood, unless it already ended. */
export function followWithdrawal(state: CaseState, withdrawnAt: string): FollowEffect {
  if (FINAL.has(state.status)) return { kind: 'ignored', reason: `case already ${state.status}` };
  const closedAt = new Date(withdrawnAt);
  return {
    kind: 'decision',
    decision: {
      set: { status: 'closed', closure: { reason: 'withdrawn', closedAt } },
      event: { type: 'case.closed', payload: { ...base(state), reason: 'withdrawn', closedAt: closedAt.toISOString() } },
    },
  };
}
