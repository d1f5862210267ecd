import { Schema } from 'mongoose';
import type { InboxFields } from '@sunshine/messaging';
import type { AppraisalFact, AppraisalRow } from './appraisal-row';

export const APPRAISAL_CASES = 'appraisal_cases';

/**
 * One case's appraisal row, keyed by petition id: the compact facts of its events (codes, ids,
 * dates — no text; each appended at most once: `processedEvents`) and the row derived from all of
 * them (`row`, with `derivedFrom` = how many facts it was derived from). `quarter` and `year` are
 * copied to the top level so the appraisal of a period finds its rows.
 */
export interface AppraisalCaseRecord extends InboxFields {
  _id: string;
  facts: AppraisalFact[];
  row?: AppraisalRow;
  derivedFrom: number;
  unitId?: string;
  quarter?: string;
  year?: string;
  createdAt: Date;
  updatedAt: Date;
}

export const AppraisalCaseSchema = new Schema<AppraisalCaseRecord>(
  {
    _id: { type: String, required: true },
    facts: { type: Schema.Types.Mixed, default: () => [] },
    row: Schema.Types.Mixed,
    derivedFrom: { type: Number, default: 0 },
    unitId: String,
    quarter: String,
    year: String,
    processedEvents: { type: [String], default: () => [] },
  },
  { collection: APPRAISAL_CASES, versionKey: false, timestamps: true, minimize: false },
);
