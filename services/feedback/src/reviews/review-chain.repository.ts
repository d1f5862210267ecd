import { Injectable } from '@nestjs/common';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { DomainEvent, ReviewLevel, SatisfactionLevel } from '@sunshine/contracts';
import { applyOnce, isDuplicateKeyError, outboxFields, withOutbox, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import { RATINGS, ratingId } from '../ratings/rating.schema';
import type { ChainChanges, ChainState, ReviewStatus } from './review-chain';
import { REVIEW_CHAINS, type ReviewChainRecord } from './review-chain.schema';

/** The key the review offices' listing filters on. */
export const reviewKey = (level: ReviewLevel, status: ReviewStatus) => `${level}:${status}`;

function reviewKeysOf(state: ChainState): string[] {
  return [state.review, state.reReview].filter((r) => r != null).map((r) => reviewKey(r.level, r.status));
}

/**
 * Review chains. Every write is conditional on the version read (`not-matched`: someone wrote
 * meanwhile — read again and decide again) and carries its events in the same update; a write
 * caused by an event also records the event id (at most once).
 */
@Injectable()
export class ReviewChainRepository {
  private readonly chains: SafeCollection<ReviewChainRecord>;
  private readonly ratings: SafeCollection<{ _id: string; satisfaction: SatisfactionLevel; ratedAt: Date }>;

  constructor(@InjectModel(REVIEW_CHAINS) model: Model<ReviewChainRecord>, @InjectConnection() connection: Connection) {
    this.chains = safeCollection<ReviewChainRecord>(model);
    this.ratings = safeCollection(connection, RATINGS);
  }

  findById(petitionId: string): Promise<ReviewChainRecord | null> {
    return this.chains.findOne({ _id: petitionId } as Filter<ReviewChainRecord>);
  }

  /**
   * Write `changes` over `current` (null: the record does not exist yet and is created), with
   * `events` in its outbox, at most once for `eventId` when given.
   */
  async write(
    petitionId: string,
    caseNumber: string,
    current: ReviewChainRecord | null,
    changes: ChainChanges,
    events: readonly DomainEvent[],
    now: Date,
    eventId?: string,
  ): Promise<ApplyResult> {
    if (!current) {
      const state: ChainState = { caseNumber, round: 0, ...changes };
      const document: ReviewChainRecord = {
        ...state,
        _id: petitionId,
        version: 1,
        reviewKeys: reviewKeysOf(state),
        processedEvents: eventId ? [eventId] : [],
        createdAt: now,
        updatedAt: now,
        ...outboxFields(events),
      };
      try {
        await this.chains.insertOne(document as never);
        return 'applied';
      } catch (error) {
        if (isDuplicateKeyError(error)) return 'not-matched';
        throw error;
      }
    }
    const merged: ChainState = { ...current, ...changes };
    const update = withOutbox({ $set: { ...changes, reviewKeys: reviewKeysOf(merged), updatedAt: now }, $inc: { version: 1 } }, events) as UpdateFilter<ReviewChainRecord>;
    const filter = { _id: petitionId, version: current.version } as Filter<ReviewChainRecord>;
    if (eventId) return applyOnce(this.chains, filter, eventId, update);
    const result = await this.chains.updateOne(filter, update);
    return result.matchedCount === 1 ? 'applied' : 'not-matched';
  }

  /** Records whose conclusion is due, oldest first: every one, however long the service was down. */
  async due(now: Date, limit: number): Promise<string[]> {
    const found = await this.chains
      .find({ conclusionDueAt: trusted({ $lte: now }) } as Filter<ReviewChainRecord>, { projection: { _id: 1 } })
      .sort({ conclusionDueAt: 1 })
      .limit(limit)
      .toArray();
    return found.map((d) => d._id);
  }

  /** Chains holding a review in one of `keys`, most recently changed first. */
  list(keys: string[], limit: number, offset: number): Promise<ReviewChainRecord[]> {
    return this.chains
      .find({ reviewKeys: trusted({ $in: keys }) } as Filter<ReviewChainRecord>)
      .sort({ updatedAt: -1, _id: 1 })
      .skip(offset)
      .limit(limit)
      .toArray();
  }

  /** The petitioner's satisfied (or basically satisfied) rating of a round, if any: it concluded the matter. */
  async satisfiedRatingOf(petitionId: string, round: number): Promise<Date | null> {
    if (round < 1) return null;
    const rating = await this.ratings.findOne({ _id: ratingId(petitionId, round) });
    return rating && rating.satisfaction !== 'dissatisfied' ? new Date(rating.ratedAt) : null;
  }
}
