import { endOfDayAfter, localDate, type ConclusionReason, type ReviewLevel } from '@sunshine/contracts';
import {
  DirectionsOnlyForChange,
  DirectionsRequired,
  MatterConcluded,
  NothingToReview,
  ReviewAlreadyDecided,
  ReviewAlreadyOpen,
  ReviewExhausted,
  ReviewWindowClosed,
} from './review.errors';

/**
 * The end of a petition in feedback: the statutory review chain (复查/复核, 信访工作条例 art. 35–36),
 * its conclusion (有果必结) and the petitioner's withdrawal (撤回).
 *
 *   reply ─▶ review window (30 days from the written reply)
 *              ├─ request ─▶ review open (decide within 30 days)
 *              │               ├─ uphold / revoke ─▶ re-review window (30 days from the decision)
 *              │               └─ change ─▶ the unit handles again ─reply─▶ re-review window (30 days from that reply)
 *              │                              re-review open ─any decision─▶ concluded: review-exhausted
 *              └─ window closes unused ─▶ concluded: no-review-requested (also for the re-review window)
 *   satisfied rating ─▶ concluded: satisfied      withdrawal (any time before) ─▶ concluded: withdrawn
 *
 * Plain functions: they decide, the services persist the changes and their events in one write.
 */

export type ReviewStatus = 'open' | 'decided' | 'withdrawn';
/** The decisions new code makes (`upheld`/`revised` are older events' codes). */
export const NEW_REVIEW_DECISIONS = ['uphold', 'change', 'revoke'] as const;
export type NewReviewDecision = (typeof NEW_REVIEW_DECISIONS)[number];
export type Requester = 'petitioner' | 'registrar';

export interface ReviewRecord {
  reviewId: string;
  level: ReviewLevel;
  status: ReviewStatus;
  /** The petitioner's reasons, contact details masked. */
  reason: string;
  requestedAt: Date;
  requestedBy: Requester;
  /** The registrar who filed it on the petitioner's behalf. */
  registrar?: string;
  reviewBody: string;
  decideBy: Date;
  decision?: NewReviewDecision;
  text?: string;
  directions?: string;
  newHandleBy?: Date;
  decidedAt?: Date;
  decidedBy?: string;
}

/** The next level the petitioner may ask for, until when. */
export interface ReviewWindow {
  level: ReviewLevel;
  closesAt: Date;
}

export interface Conclusion {
  reason: ConclusionReason;
  at: Date;
}

/** What the chain decisions need of the stored record. */
export interface ChainState {
  caseNumber: string;
  /** The unit of the latest reply. */
  unitId?: string;
  /** The latest reply round (0: none yet). */
  round: number;
  repliedAt?: Date | null;
  /** The unit is handling the case again (reopened): nothing to review until it replies. */
  reopened?: boolean;
  review?: ReviewRecord | null;
  reReview?: ReviewRecord | null;
  window?: ReviewWindow | null;
  /** When the matter concludes if nothing else happens: the open window's end (indexed; the sweep looks for it). */
  conclusionDueAt?: Date | null;
  concluded?: Conclusion | null;
  withdrawn?: { at: Date; reason?: string } | null;
}

/** The stored fields a decision changes. */
export type ChainChanges = Partial<Pick<ChainState, 'unitId' | 'round' | 'repliedAt' | 'reopened' | 'review' | 'reReview' | 'window' | 'conclusionDueAt' | 'concluded' | 'withdrawn'>>;

export interface ReviewPolicy {
  reviewRequestDays: number;
  reviewDecisionDays: number;
  reReviewRequestDays: number;
  reReviewDecisionDays: number;
  /** Days a "change" gives the unit when the body names none. */
  changeHandleDays: number;
  timeZone: string;
  reviewBody: string;
  reReviewBody: string;
}

const LEVEL_PREFIX: Record<ReviewLevel, string> = { review: 'rv1-', 're-review': 'rv2-' };

/** One request per level and petition: its id says both (`rv1-<petitionId>`, `rv2-<petitionId>`). */
export function reviewIdOf(petitionId: string, level: ReviewLevel): string {
  return `${LEVEL_PREFIX[level]}${petitionId}`;
}

export function parseReviewId(reviewId: string): { petitionId: string; level: ReviewLevel } | null {
  for (const level of ['review', 're-review'] as const) {
    const prefix = LEVEL_PREFIX[level];
    if (reviewId.startsWith(prefix) && reviewId.length > prefix.length) return { petitionId: reviewId.slice(prefix.length), level };
  }
  return null;
}

export function reviewOf(state: ChainState, level: ReviewLevel): ReviewRecord | null | undefined {
  return level === 'review' ? state.review : state.reReview;
}

const field = (level: ReviewLevel): 'review' | 'reReview' => (level === 'review' ? 'review' : 'reReview');

/** A window and, as long as nobody asks, the matter's conclusion at its end. */
function openWindow(level: ReviewLevel, from: Date, days: number, timeZone: string): ChainChanges {
  const closesAt = endOfDayAfter(from, days, timeZone);
  return { window: { level, closesAt }, conclusionDueAt: closesAt };
}

const isEnded = (state: ChainState) => Boolean(state.concluded || state.withdrawn);

/**
 * The unit's written reply (case.replied): the review window opens — or, after a review decided
 * "change", the re-review window, counted from this new reply, since only now can the petitioner
 * judge how the decision was carried out.
 */
export function onReplied(state: ChainState, reply: { round: number; unitId: string; repliedAt: Date }, policy: ReviewPolicy): ChainChanges {
  const changes: ChainChanges = { round: reply.round, unitId: reply.unitId, repliedAt: reply.repliedAt, reopened: false };
  if (isEnded(state) || state.review?.status === 'open' || state.reReview?.status === 'open') return changes;
  if (state.reReview) return changes; // re-review decided: the matter is concluded
  if (state.review?.status === 'decided') {
    // Uphold/revoke opened the re-review window at the decision; a reply after a change opens it now.
    if (state.review.decision !== 'change') return changes;
    const from = reply.repliedAt > (state.review.decidedAt ?? reply.repliedAt) ? reply.repliedAt : state.review.decidedAt!;
    return { ...changes, ...openWindow('re-review', from, policy.reReviewRequestDays, policy.timeZone) };
  }
  return { ...changes, ...openWindow('review', reply.repliedAt, policy.reviewRequestDays, policy.timeZone) };
}

/** The unit handles the case again (case.reopened): no reply to review, nothing concludes meanwhile. */
export function onReopened(state: ChainState): ChainChanges {
  if (isEnded(state)) return {};
  return { reopened: true, window: null, conclusionDueAt: null };
}

/**
 * The matter concluded by the petitioner's satisfied rating (its `petition.concluded` was
 * published with the rating): recorded so that nothing concludes it a second time.
 */
export function onConcludedElsewhere(state: ChainState, conclusion: Conclusion): ChainChanges {
  if (state.concluded) return {};
  return { concluded: conclusion, window: null, conclusionDueAt: null };
}

export interface ReviewRequest {
  petitionId: string;
  reason: string;
  requestedBy: Requester;
  registrar?: string;
}

/** 申请复查/复核: the level is the next one open; one open request per case; within the window. */
export function requestReview(state: ChainState, request: ReviewRequest, now: Date, policy: ReviewPolicy): { changes: ChainChanges; review: ReviewRecord } {
  if (state.reReview?.status === 'decided' || state.concluded?.reason === 'review-exhausted') throw new ReviewExhausted();
  const closed = state.window;
  // Concluded because the window closed unused: the late request is told when it closed.
  if (state.concluded?.reason === 'no-review-requested' && !state.withdrawn && closed) {
    throw new ReviewWindowClosed(closed.level, closed.closesAt, localDate(closed.closesAt, policy.timeZone));
  }
  if (isEnded(state)) throw new MatterConcluded();
  if (state.review?.status === 'open' || state.reReview?.status === 'open') throw new ReviewAlreadyOpen();
  const window = state.window;
  if (!window || state.reopened || state.round < 1) throw new NothingToReview();
  if (now.getTime() > window.closesAt.getTime()) throw new ReviewWindowClosed(window.level, window.closesAt, localDate(window.closesAt, policy.timeZone));
  const level = window.level;
  const decisionDays = level === 'review' ? policy.reviewDecisionDays : policy.reReviewDecisionDays;
  const review: ReviewRecord = {
    reviewId: reviewIdOf(request.petitionId, level),
    level,
    status: 'open',
    reason: request.reason,
    requestedAt: now,
    requestedBy: request.requestedBy,
    ...(request.registrar ? { registrar: request.registrar } : {}),
    reviewBody: level === 'review' ? policy.reviewBody : policy.reReviewBody,
    decideBy: endOfDayAfter(now, decisionDays, policy.timeZone),
  };
  return { changes: { [field(level)]: review, window: null, conclusionDueAt: null }, review };
}

export interface ReviewDecisionInput {
  decision: NewReviewDecision;
  text: string;
  directions?: string;
  handleDays?: number;
  decidedBy: string;
}

/**
 * 复查/复核意见. Uphold or revoke at review level opens the re-review window (30 days from the
 * decision); change sends the case back to the unit with directions and a new handle-by, and the
 * re-review window opens with its new reply. Any re-review decision concludes the matter
 * (review-exhausted) in the same write.
 */
export function decideReview(
  state: ChainState,
  level: ReviewLevel,
  input: ReviewDecisionInput,
  now: Date,
  policy: ReviewPolicy,
): { changes: ChainChanges; review: ReviewRecord; conclusion?: ConclusionReason } {
  const open = reviewOf(state, level);
  if (!open || open.status === 'withdrawn') throw new MatterConcluded();
  if (open.status !== 'open') throw new ReviewAlreadyDecided();
  const change = input.decision === 'change';
  const directions = input.directions?.trim();
  if (change && !directions) throw new DirectionsRequired();
  if (!change && (directions || input.handleDays !== undefined)) throw new DirectionsOnlyForChange();
  const review: ReviewRecord = {
    ...open,
    status: 'decided',
    decision: input.decision,
    text: input.text,
    decidedAt: now,
    decidedBy: input.decidedBy,
    ...(change ? { directions, newHandleBy: endOfDayAfter(now, input.handleDays ?? policy.changeHandleDays, policy.timeZone) } : {}),
  };
  const changes: ChainChanges = { [field(level)]: review };
  if (level === 're-review') {
    return { changes: { ...changes, concluded: { reason: 'review-exhausted', at: now }, window: null, conclusionDueAt: null }, review, conclusion: 'review-exhausted' };
  }
  if (change) return { changes: { ...changes, window: null, conclusionDueAt: null }, review };
  return { changes: { ...changes, ...openWindow('re-review', now, policy.reReviewRequestDays, policy.timeZone) }, review };
}
