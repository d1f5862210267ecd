import { Schema } from 'mongoose';
import type { InboxFields } from '@sunshine/messaging';
import type { BulletinFact, BulletinRow } from './bulletin-row';

export const BULLETIN_CASES = 'bulletin_cases';

/**
 * One petition's row for the bulletins and hot topics, `_id` = petitionId: the facts of its
 * events (codes and dates, applied once each: `processedEvents`) and the row derived from all of
 * them (`row`, from `derivedFrom` facts). `receivedAt` sits at the top for the period queries.
 */
export interface BulletinCaseRecord extends InboxFields {
  _id: string;
  facts: BulletinFact[];
  row?: BulletinRow;
  receivedAt?: Date;
  derivedFrom: number;
}

export const BulletinCaseSchema = new Schema<BulletinCaseRecord>(
  {
    _id: { type: String, required: true },
    facts: { type: Schema.Types.Mixed, default: () => [] },
    row: Schema.Types.Mixed,
    receivedAt: Date,
    derivedFrom: { type: Number, default: 0 },
    processedEvents: { type: [String], default: () => [] },
  },
  { collection: BULLETIN_CASES, versionKey: false, minimize: false },
);
BulletinCaseSchema.index({ receivedAt: 1 });
