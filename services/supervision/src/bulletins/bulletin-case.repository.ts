import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { AnyBulkWriteOperation, Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import { applyOnce, isDuplicateKeyError, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import type { BulletinFact, BulletinRow } from './bulletin-row';
import { BULLETIN_CASES, BULLETIN_ROWS, type BulletinCaseRecord, type BulletinRowRecord } from './bulletin-case.schema';

/**
 * `bulletin_cases` (facts, by petition id, on the event path) and `bulletin_rows` (the derived
 * rows the reports scan). No unit scope here: the bulletins service scopes a unit's view.
 */
@Injectable()
export class BulletinCaseRepository {
  private readonly cases: SafeCollection<BulletinCaseRecord>;
  private readonly rows: SafeCollection<BulletinRowRecord>;

  constructor(@InjectModel(BULLETIN_CASES) cases: Model<BulletinCaseRecord>, @InjectModel(BULLETIN_ROWS) rows: Model<BulletinRowRecord>) {
    this.cases = safeCollection<BulletinCaseRecord>(cases);
    this.rows = safeCollection<BulletinRowRecord>(rows);
  }

  /** Add an event's fact to a petition's record, at most once per event. */
  addFact(petitionId: string, fact: BulletinFact): Promise<ApplyResult> {
    return applyOnce(this.cases, { _id: petitionId } as Filter<BulletinCaseRecord>, fact.id, { $push: { facts: fact } } as unknown as UpdateFilter<BulletinCaseRecord>, { upsert: true });
  }

  async facts(petitionId: string): Promise<BulletinFact[]> {
    const found = await this.cases.findOne({ _id: petitionId } as Filter<BulletinCaseRecord>, { projection: { facts: 1 } });
    return found?.facts ?? [];
  }

  /**
   * Store a derived row unless one derived from as many or more facts is there already: facts
   * only grow, so a slower concurrent handler never puts an older row back.
   */
  async saveRow(row: BulletinRow, derivedFrom: number): Promise<boolean> {
    try {
      const result = await this.rows.updateOne(
        { _id: row.petitionId, derivedFrom: trusted({ $lt: derivedFrom }) } as Filter<BulletinRowRecord>,
        { $set: { row, derivedFrom, ...(row.receivedAt ? { receivedAt: new Date(row.receivedAt) } : {}) } } as UpdateFilter<BulletinRowRecord>,
        { upsert: true },
      );
      return result.matchedCount + result.upsertedCount > 0;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false; // a row from as many or more facts is there
      throw error;
    }
  }

  /**
   * Whole records (facts with their inbox, and rows) in bulk writes — for loading a synthetic
   * history (`bench:reports`) through the same derivation the consumer uses. Replaces what is there.
   */
  async saveMany(records: readonly { petitionId: string; facts: BulletinFact[]; row: BulletinRow }[]): Promise<void> {
    if (!records.length) return;
    const cases: AnyBulkWriteOperation<BulletinCaseRecord>[] = records.map(({ petitionId, facts }) => ({
      replaceOne: { filter: { _id: petitionId } as Filter<BulletinCaseRecord>, replacement: { _id: petitionId, facts, processedEvents: facts.map((f) => f.id) }, upsert: true },
    }));
    const rows: AnyBulkWriteOperation<BulletinRowRecord>[] = records.map(({ petitionId, facts, row }) => ({
      replaceOne: {
        filter: { _id: petitionId } as Filter<BulletinRowRecord>,
        replacement: { _id: petitionId, row, derivedFrom: facts.length, ...(row.receivedAt ? { receivedAt: new Date(row.receivedAt) } : {}) },
        upsert: true,
      },
    }));
    await this.cases.bulkWrite(cases, { ordered: false });
    await this.rows.bulkWrite(rows, { ordered: false });
  }

  /** Rows of the petitions received in [from, to) (a scan over the receipt dates: a report, not a hot path). */
  async rowsReceived(from: Date, to: Date): Promise<BulletinRow[]> {
    const records = await this.rows.find({ receivedAt: trusted({ $gte: from, $lt: to }) } as Filter<BulletinRowRecord>, { projection: { row: 1 } }).toArray();
    return records.map((r) => r.row).filter((r): r is BulletinRow => !!r);
  }
}
