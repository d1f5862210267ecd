import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter } from 'mongodb';
import type { Model } from 'mongoose';
import type { DomainEvent } from '@sunshine/contracts';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import { outboxFields } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
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

  /**
   * Insert the ledger entry of a visit whose events went out with its rating, unless it is there:
   * also the repair of an entry whose insert was lost after the rating's write.
   */
  async ensure(visit: Omit<VisitRecord, keyof ReturnType<typeof outboxFields>>): Promise<void> {
    const { _id, ...fields } = visit;
    await this.visits.updateOne({ _id } as Filter<VisitRecord>, { $setOnInsert: { ...fields, ...outboxFields([]) } }, { upsert: true });
  }

  /** Which of these visit ids have a ledger entry. */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const found = await this.visits.find({ _id: trusted({ $in: [...ids] }) } as Filter<VisitRecord>, { projection: { _id: 1 } }).toArray();
    return new Set(found.map((v) => v._id));
  }

  /** The whole ledger of a unit (or every unit's, for cross-unit roles), oldest visit first: the export. */
  async ledger(scope: UnitScope, unitId: string | undefined, max: number): Promise<VisitRecord[]> {
    if (!scope.all && unitId && unitId !== scope.unitId) return [];
    const filter = scopedFilter(unitId ? { unitId } : {}, scope, 'unitId');
    return this.visits
      .find(filter as Filter<VisitRecord>, { projection: { outbox: 0, outboxPending: 0, outboxLeaseOwner: 0, outboxLeaseUntil: 0 } })
      .sort({ visitedAt: 1, _id: 1 })
      .limit(max)
      .toArray() as Promise<VisitRecord[]>;
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
