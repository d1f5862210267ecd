import { Schema } from 'mongoose';
import { outboxPlugin, type OutboxFields } from '@sunshine/messaging';
import type { ChainEntry } from './report-chain';

export const REPORT_HISTORY = 'report_history';

/**
 * One entry of the signed history of published reports, `_id` = its number in the chain (1, 2, …:
 * the unique `_id` makes two concurrent appends take different places). The report is kept as its
 * exact JSON text (what the hash covers); the event announcing the publication sits in the same
 * document's outbox (one write).
 */
export interface ReportHistoryRecord extends ChainEntry, OutboxFields {
  _id: number;
}

export const ReportHistorySchema = new Schema<ReportHistoryRecord>(
  {
    _id: { type: Number, required: true },
    seq: { type: Number, required: true },
    kind: { type: String, required: true },
    subject: { type: String, required: true },
    createdAt: { type: String, required: true },
    report: { type: String, required: true },
    reportSha256: { type: String, required: true },
    prevHash: { type: String, required: true },
    entryHash: { type: String, required: true },
    hmac: { type: String, required: true },
  },
  { collection: REPORT_HISTORY, versionKey: false, minimize: false },
);
ReportHistorySchema.plugin(outboxPlugin);
