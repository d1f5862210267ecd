import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import { applyOnce, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import type { AppraisalFact, AppraisalRow } from './appraisal-row';
import { APPRAISAL_CASES, type AppraisalCaseRecord } from './appraisal-case.schema';

/** The appraisal's per-case rows, addressed by petition id on the event path. */
@Injectable()
export class AppraisalCaseRepository {
  private readonly collection: SafeCollection<AppraisalCaseRecord>;

  constructor(@InjectModel(APPRAISAL_CASES) cases: Model<AppraisalCaseRecord>) {
    this.collection = safeCollection<AppraisalCaseRecord>(cases);
  }

  /** Append a fact to the case's row document, at most once per event (creating the document). */
  appendFact(petitionId: string, fact: AppraisalFact, now: Date): Promise<ApplyResult> {
    return applyOnce(
      this.collection,
      { _id: petitionId } as Filter<AppraisalCaseRecord>,
      fact.id,
      { $push: { facts: fact }, $set: { updatedAt: now }, $setOnInsert: { derivedFrom: 0, createdAt: now } } as unknown as UpdateFilter<AppraisalCaseRecord>,
      { upsert: true },
    );
  }

  async factsOf(petitionId: string): Promise<AppraisalFact[]> {
    const found = await this.collection.findOne({ _id: petitionId } as Filter<AppraisalCaseRecord>, { projection: { facts: 1 } });
    return found?.facts ?? [];
  }

  /**
   * Store the derived row unless one derived from as many or more facts is there: facts only
   * grow, so a slower concurrent handler never puts an older row back, and a redelivery rewrites
   * the same row (nothing is incremented).
   */
  async saveRow(petitionId: string, row: AppraisalRow, derivedFrom: number, now: Date): Promise<boolean> {
    const result = await this.collection.updateOne(
      { _id: petitionId, derivedFrom: trusted({ $lt: derivedFrom }) } as Filter<AppraisalCaseRecord>,
      { $set: { row, derivedFrom, unitId: row.unitId, quarter: row.quarter, year: row.year, updatedAt: now } } as UpdateFilter<AppraisalCaseRecord>,
    );
    return result.matchedCount > 0;
  }

  /** The rows of a quarter (`2026-Q4`) or a year (`2026`): a listing scan, not a hot path. */
  async rowsOf(period: string): Promise<AppraisalRow[]> {
    const filter = (period.includes('-Q') ? { quarter: period } : { year: period }) as Filter<AppraisalCaseRecord>;
    const found = await this.collection.find(filter, { projection: { row: 1 } }).toArray();
    return found.map((doc) => doc.row).filter((row): row is AppraisalRow => !!row);
  }
}
