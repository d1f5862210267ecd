import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { AnyBulkWriteOperation, Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import { applyOnce, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import type { BulletinFact, BulletinRow } from './bulletin-row';
import { BULLETIN_CASES, type BulletinCaseRecord } from './bulletin-case.schema';

/** `bulletin_cases`, by petition id. No unit scope: bulletins are read by cross-unit roles (the service scopes a unit's view). */
@Injectable()
export class BulletinCaseRepository {
  private readonly collection: SafeCollection<BulletinCaseRecord>;

  constructor(@InjectModel(BULLETIN_CASES) model: Model<BulletinCaseRecord>) {
    this.collection = safeCollection<BulletinCaseRecord>(model);
  }

  /** Add an event's fact to a petition's record, at most once per event. */
  addFact(petitionId: string, fact: BulletinFact): Promise<ApplyResult> {
    return applyOnce(this.collection, { _id: petitionId } as Filter<BulletinCaseRecord>, fact.id, {
      $push: { facts: fact },
      $setOnInsert: { derivedFrom: 0 },
    } as unknown as UpdateFilter<BulletinCaseRecord>, { upsert: true });
  }

  facts(petitionId: string): Promise<BulletinCaseRecord | null> {
    return this.collection.findOne({ _id: petitionId } as Filter<BulletinCaseRecord>, { projection: { facts: 1, derivedFrom: 1 } });
  }

  /** Store a derived row unless one derived from as many or more facts is there already. */
  async saveRow(row: BulletinRow, derivedFrom: number): Promise<boolean> {
    const result = await this.collection.updateOne(
      { _id: row.petitionId, derivedFrom: trusted({ $lt: derivedFrom }) } as Filter<BulletinCaseRecord>,
      { $set: { row, derivedFrom, ...(row.receivedAt ? { receivedAt: new Date(row.receivedAt) } : {}) } } as UpdateFilter<BulletinCaseRecord>,
    );
    return result.matchedCount > 0;
  }

  /**
   * Whole records (facts, row, inbox) in one bulk write — for loading a synthetic history
   * (`bench:reports`) through the same derivation the consumer uses. Replaces what is there.
   */
  async saveMany(records: readonly BulletinCaseRecord[]): Promise<void> {
    if (!records.length) return;
    const operations: AnyBulkWriteOperation<BulletinCaseRecord>[] = records.map((record) => ({
      replaceOne: { filter: { _id: record._id } as Filter<BulletinCaseRecord>, replacement: record, upsert: true },
    }));
    await this.collection.bulkWrite(operations, { ordered: false });
  }

  /**
   * Rows of the petitions received in [from, to) and of those received earlier that were still
   * pending or touched after `from` (a scan over the receipt dates: a report, not a hot path).
   */
  async rowsReceived(from: Date, to: Date): Promise<BulletinRow[]> {
    const records = await this.collection
      .find({ receivedAt: trusted({ $gte: from, $lt: to }) } as Filter<BulletinCaseRecord>, { projection: { row: 1 } })
      .toArray();
    return records.map((r) => r.row).filter((r): r is BulletinRow => !!r);
  }
}
