import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter } from 'mongodb';
import type { Model } from 'mongoose';
import type { DomainEvent } from '@sunshine/contracts';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import { outboxFields } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import { VISITS, type VisitRecord } from './visit.schema';

/** The return-visit ledger. A unit's staff read their own unit's entries only. */
@Injectable()
export class VisitRepository {
  private readonly visits: SafeCollection<VisitRecord>;

  constructor(@InjectModel(VISITS) model: Model<VisitRecord>) {
    this.visits = safeCollection<VisitRecord>(model);
  }

  async insert(visit: Omit<VisitRecord, keyof ReturnType<typeof outboxFields>>, events: readonly DomainEvent[]): Promise<void> {
    await this.visits.insertOne({ ...visit, ...outboxFields(events) } as VisitRecord);
  }

  /** Newest visit first. */
  list(scope: UnitScope, query: { caseNumber?: string; limit: number; offset: number }): Promise<VisitRecord[]> {
    const filter = scopedFilter(query.caseNumber ? { caseNumber: query.caseNumber } : {}, scope, 'unitId');
    return this.visits
      .find(filter as Filter<VisitRecord>, { projection: { outbox: 0, outboxPending: 0, outboxLeaseOwner: 0, outboxLeaseUntil: 0 } })
      .sort({ visitedAt: -1, _id: -1 })
      .skip(query.offset)
      .limit(query.limit)
      .toArray() as Promise<VisitRecord[]>;
  }
}
