import { maskContactDetails, type ConclusionReason, type SatisfactionLevel } from '@sunshine/contracts';
import { NoReplyToRate, RatingCaseClosed, RatingReasonsRequired } from './rating.errors';

/**
 * What feedback knows of a petition's handling, from handling's events: the latest reply round
 * and which unit made it. A rating is allowed for the current reply only, once.
 */
export type FeedbackCaseStatus = 'registered' | 'replied' | 'reopened' | 'closed';

export interface RatableState {
  status: FeedbackCaseStatus;
  /** The round of the latest reply (0: none yet). */
  round: number;
}

/** The reply round a rating now applies to; refuses when there is nothing to rate. */
export function roundToRate(state: RatableState): number {
  if (state.status === 'closed') throw new RatingCaseClosed();
  if (state.status !== 'replied' || state.round < 1) throw new NoReplyToRate();
  return state.round;
}

/**
 * The original case's reply round a linked petitioner (a repeat or a joint co-petitioner) rates
 * through their own petition. Their rating never closes or reopens the original (that follows the
 * original petitioner's rating only), so a closed original may still be rated; a reopened one has
 * no reply open until the unit replies again.
 */
export function roundToRateViaLink(original: RatableState): number {
  if ((original.status !== 'replied' && original.status !== 'closed') || original.round < 1) throw new NoReplyToRate();
  return original.round;
}

/** 满意 and 基本满意 conclude the matter (息访); 不满意 sends the reply back to the unit. */
export function conclusionOf(satisfaction: SatisfactionLevel): ConclusionReason | undefined {
  return satisfaction === 'dissatisfied' ? undefined : 'satisfied';
}

/**
 * The reasons of a rating, trimmed and with contact details masked (they reach the unit in the
 * reopening's note). Required when dissatisfied (400 RATING.REASONS_REQUIRED naming `reasons`);
 * kept when given with a better rating.
 */
export function ratingReasons(satisfaction: SatisfactionLevel, reasons: readonly string[] | undefined): string[] {
  const given = (reasons ?? []).map((r) => r.trim()).filter((r) => r.length > 0).map(maskContactDetails);
  if (satisfaction === 'dissatisfied' && given.length === 0) throw new RatingReasonsRequired();
  return given;
}
