import type { ChainChanges, ChainState } from '../reviews/review-chain';
import { AlreadyWithdrawn, WithdrawalOfConcludedMatter } from './withdrawal.errors';

/**
 * 撤回: the petitioner withdraws the petition at any time before the matter is concluded — before
 * a reply, while the unit works, during a review (the open review ends with it). The matter is
 * concluded with reason `withdrawn`; handling closes the case on `petition.withdrawn`.
 */
export function withdraw(state: ChainState, reason: string | undefined, now: Date): ChainChanges {
  if (state.withdrawn) throw new AlreadyWithdrawn();
  if (state.concluded) throw new WithdrawalOfConcludedMatter();
  const changes: ChainChanges = {
    withdrawn: { at: now, ...(reason ? { reason } : {}) },
    concluded: { reason: 'withdrawn', at: now },
    window: null,
    conclusionDueAt: null,
  };
  if (state.review?.status === 'open') changes.review = { ...state.review, status: 'withdrawn' };
  if (state.reReview?.status === 'open') changes.reReview = { ...state.reReview, status: 'withdrawn' };
  return changes;
}
