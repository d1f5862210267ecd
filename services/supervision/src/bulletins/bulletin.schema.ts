import { Schema } from 'mongoose';
import type { BulletinPeriod } from '@sunshine/contracts';
import { outboxPlugin, type OutboxFields } from '@sunshine/messaging';
import type { Bulletin } from './bulletins';

export const BULLETINS = 'bulletins';

/**
 * A published bulletin, `_id` = bulletinId (`BL-D-2026-12-01`, `BL-M-2026-12`, `BL-Q-2026-Q4`):
 * one per period however many instances or requests publish it. Its
 * `supervision.bulletin-published` leaves through this document's outbox in the write that
 * creates it. `body` is the bulletin as published (the figures as of `generatedAt`).
 */
export interface BulletinRecord extends OutboxFields {
  _id: string;
  kind: BulletinPeriod;
  periodKey: string;
  generatedAt: Date;
  /** `scheduler` or the subject who asked for it. */
  publishedBy: string;
  body: Bulletin;
}

export const BulletinSchema = new Schema<BulletinRecord>(
  {
    _id: { type: String, required: true },
    kind: String,
    periodKey: String,
    generatedAt: Date,
    publishedBy: String,
    body: Schema.Types.Mixed,
  },
  { collection: BULLETINS, versionKey: false, minimize: false },
);
BulletinSchema.plugin(outboxPlugin);
