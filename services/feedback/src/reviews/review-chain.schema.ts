import { Schema } from 'mongoose';
import { outboxPlugin, type InboxFields, type OutboxFields } from '@sunshine/messaging';
import type { ChainState } from './review-chain';

export const REVIEW_CHAINS = 'review_chains';

/**
 * The end of one petition (`_id` = petitionId): its review (复查) and re-review (复核) requests
 * and decisions, the window now open for the next request, when the matter concludes if nobody
 * asks (`conclusionDueAt`, indexed for the conclusion sweep), its conclusion and its withdrawal.
 * Every change is a conditional update on `version`; the events it publishes are in the same
 * write (`outbox`); handling's events are applied once (`processedEvents`).
 */
export interface ReviewChainRecord extends ChainState, OutboxFields, InboxFields {
  _id: string;
  /** Incremented by every write: a write that read an older version matches nothing. */
  version: number;
  /** `review:open`, `re-review:decided`, …: what the review offices' listing filters on. */
  reviewKeys: string[];
  createdAt: Date;
  updatedAt: Date;
}

export const ReviewChainSchema = new Schema<ReviewChainRecord>(
  {
    _id: { type: String, required: true },
    caseNumber: { type: String, required: true },
    unitId: String,
    round: { type: Number, required: true },
    repliedAt: Date,
    reopened: Boolean,
    review: { type: Schema.Types.Mixed, default: undefined },
    reReview: { type: Schema.Types.Mixed, default: undefined },
    window: { type: Schema.Types.Mixed, default: undefined },
    conclusionDueAt: { type: Date, index: true },
    concluded: { type: Schema.Types.Mixed, default: undefined },
    withdrawn: { type: Schema.Types.Mixed, default: undefined },
    version: { type: Number, required: true },
    reviewKeys: { type: [String], default: () => [], index: true },
    processedEvents: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: REVIEW_CHAINS, versionKey: false, minimize: false },
);
ReviewChainSchema.plugin(outboxPlugin);
