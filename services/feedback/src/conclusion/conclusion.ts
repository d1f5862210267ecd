import type { ChainChanges, ChainState } from '../reviews/review-chain';

/**
 * 有果必结: a reply not rated satisfied and not under review is concluded when its review window
 * closes (`no-review-requested`); after a review decided uphold or revoke, when the re-review
 * window closes. The sweep selects records whose `conclusionDueAt` has passed; this decides again
 * on the fresh record, so a request or a rating that came in meanwhile wins.
 */
export function conclusionDue(state: ChainState, now: Date): ChainChanges | null {
  if (state.concluded || state.withdrawn || state.reopened) return null;
  if (state.review?.status === 'open' || state.reReview?.status === 'open') return null;
  if (!state.window || !state.conclusionDueAt) return null;
  if (now.getTime() <= state.conclusionDueAt.getTime()) return null;
  // The window stays recorded: a late request is told when it closed.
  return { concluded: { reason: 'no-review-requested', at: now }, conclusionDueAt: null };
}

