import { applyRating, base, type CaseState, type HandlingPolicy, type RatingEffect } from '../cases/case';
import type { ReopeningRecord } from '../cases/case-records';
import type { SatisfactionLevel } from '@sunshine/contracts';

/**
 * Re-handling is bounded (重办有限, MISSION 3.3). The first "dissatisfied" sends the case back to
 * the same unit with the petitioner's reasons (重新办理, see cases/case.ts applyRating). Once the
 * case has been reopened for dissatisfaction `maxReopenings` times (HANDLING_MAX_DISSATISFIED_REOPENINGS,
 * default 1 — the district's rule, the regulations set none), a further "dissatisfied" does not
 * reopen it: the reply stands, the petitioner is told of the right to review (复查, 信访工作条例
 * art. 35) and supervision takes the case as a candidate for a supervision order — one
 * `case.rehandling-limit-reached`. Reopenings for other reasons (a leader's send-back, a review
 * decision, supervision) do not count: they were not the petitioner's verdict.
 */

export interface RatingWithReasons {
  round: number;
  satisfaction: SatisfactionLevel;
  comment?: string;
  /** Why the petitioner is dissatisfied (feedback requires them then). */
  reasons?: readonly string[];
}

/** Reopenings the petitioner's dissatisfaction caused so far. */
export function dissatisfiedReopenings(reopenings: readonly Pick<ReopeningRecord, 'reason'>[] | undefined): number {
  return (reopenings ?? []).filter((r) => r.reason === 'dissatisfied').length;
}

/** The unit's note of a reopening: the reasons, one per line, then the comment. */
export function rehandlingNote(rating: Pick<RatingWithReasons, 'comment' | 'reasons'>): string | undefined {
  const lines = [...(rating.reasons ?? []).map((r) => r.trim()).filter(Boolean), ...(rating.comment?.trim() ? [rating.comment.trim()] : [])];
  const note = lines.join('\n');
  return note ? note.slice(0, 2000) : undefined;
}

/** What the petitioner's rating does to the case, with re-handling bounded. */
export function applyRatingBounded(
  state: CaseState & { reopenings?: readonly Pick<ReopeningRecord, 'reason'>[] },
  rating: RatingWithReasons,
  now: Date,
  policy: HandlingPolicy,
  maxReopenings: number,
): RatingEffect {
  const note = rehandlingNote(rating);
  const effect = applyRating(state, { round: rating.round, satisfaction: rating.satisfaction, ...(note ? { comment: note } : {}) }, now, policy);
  if (effect.kind !== 'decision' || rating.satisfaction !== 'dissatisfied') return effect;
  const reopenings = dissatisfiedReopenings(state.reopenings);
  if (reopenings < maxReopenings) return effect;
  return {
    kind: 'decision',
    decision: {
      // The case stays `replied`: the reply stands and the review window runs from it.
      set: {},
      event: {
        type: 'case.rehandling-limit-reached',
        payload: { ...base(state), reopenings, round: state.round, reachedAt: now.toISOString() },
      },
    },
  };
}
