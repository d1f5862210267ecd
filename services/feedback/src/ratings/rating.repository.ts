import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter } from 'mongodb';
import type { Model } from 'mongoose';
import type { DomainEvent } from '@sunshine/contracts';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import { insertOnce, outboxFields } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import { RATINGS, type RatingRecord } from './rating.schema';

/**
 * Ratings. A unit's staff only ever read the ratings of their own unit's replies (scoped here);
 * the rating and its events are one insert, and its id makes a second rating of a round impossible.
 */
@Injectable()
export class RatingRepository {
  private readonly ratings: SafeCollection<RatingRecord>;

  constructor(@InjectModel(RATINGS) model: Model<RatingRecord>) {
    this.ratings = safeCollection<RatingRecord>(model);
  }

  /** False when this round was already rated. */
  async insert(rating: Omit<RatingRecord, keyof ReturnType<typeof outboxFields>>, events: readonly DomainEvent[]): Promise<boolean> {
    return (await insertOnce(this.ratings, { ...rating, ...outboxFields(events) } as RatingRecord)) === 'applied';
  }

  /** Newest first. A unit asking for another unit's ratings gets none. */
  async page(scope: UnitScope, query: { unitId?: string; limit: number; offset: number }): Promise<RatingRecord[]> {
    if (!scope.all && query.unitId && query.unitId !== scope.unitId) return [];
    const filter = scopedFilter(query.unitId ? { unitId: query.unitId } : {}, scope, 'unitId');
    return this.ratings
      .find(filter as Filter<RatingRecord>, { projection: { outbox: 0, outboxPending: 0, outboxLeaseOwner: 0, outboxLeaseUntil: 0 } })
      .sort({ ratedAt: -1, _id: -1 })
      .skip(query.offset)
      .limit(query.limit)
      .toArray() as Promise<RatingRecord[]>;
  }

  /** Ratings recorded during a return visit, with the copy of their ledger entry. */
  visitRatings(): Promise<RatingRecord[]> {
    return this.ratings.find({ source: 'visit' } as Filter<RatingRecord>, { projection: { _id: 1, visitId: 1, visit: 1 } }).toArray() as Promise<RatingRecord[]>;
  }
}
