import { Schema } from 'mongoose';
import type { InboxFields } from '@sunshine/messaging';
import type { BulletinFact, BulletinRow } from './bulletin-row';

export const BULLETIN_CASES = 'bulletin_cases';
export const BULLETIN_ROWS = 'bulletin_rows';

/**
 * One petition's facts for the bulletins and hot topics, `_id` = petitionId: the facts of its
 * events (codes and dates, applied once each: `processedEvents`). The event path reads and
 * writes it by `_id` only.
 */
export interface BulletinCaseRecord extends InboxFields {
  _id: string;
  facts: BulletinFact[];
}

/**
 * The row derived from all of a petition's facts (`derivedFrom` = how many), `_id` = petitionId,
 * kept apart from the facts so that a report scans small documents (about a kilobyte each).
 * `receivedAt` sits at the top for the period queries.
 */
export interface BulletinRowRecord {
  _id: string;
  row: BulletinRow;
  receivedAt?: Date;
  derivedFrom: number;
}

export const BulletinCaseSchema = new Schema<BulletinCaseRecord>(
  {
    _id: { type: String, required: true },
    facts: { type: Schema.Types.Mixed, default: () => [] },
    processedEvents: { type: [String], default: () => [] },
  },
  { collection: BULLETIN_CASES, versionKey: false, minimize: false },
);

export const BulletinRowSchema = new Schema<BulletinRowRecord>(
  {
    _id: { type: String, required: true },
    row: Schema.Types.Mixed,
    receivedAt: Date,
    derivedFrom: { type: Number, default: 0 },
  },
  { collection: BULLETIN_ROWS, versionKey: false, minimize: false },
);
BulletinRowSchema.index({ receivedAt: 1 });
