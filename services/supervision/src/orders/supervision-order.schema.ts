import { Schema } from 'mongoose';
import type { SupervisionOrderReason } from '@sunshine/contracts';
import { outboxPlugin, type InboxFields, type OutboxFields } from '@sunshine/messaging';

export const SUPERVISION_ORDERS = 'supervision_orders';

/**
 * One supervision order (督办单), `_id` = orderId: `DB-A-…` derived from its cause when the
 * scheduler issued it (so it exists once however many instances raced), `DB-M-…` when a
 * supervisor did. `supervision.order-issued` leaves through this document's outbox in the write
 * that creates it. Status is computed when read: `answered` once `answeredAt` is set (late when
 * after `dueBy`), `overdue` when unanswered past `dueBy`, else `open`.
 */
export interface SupervisionOrderRecord extends OutboxFields, InboxFields {
  _id: string;
  petitionId: string;
  caseNumber: string;
  unitId: string;
  reasonCode: SupervisionOrderReason;
  /** zh-CN label of the reason code (what the unit reads). */
  reason: string;
  /** The supervisor's note (manual orders only). */
  note?: string;
  automatic: boolean;
  /** The supervisor's subject, or `scheduler`. */
  issuedBy: string;
  issuedAt: Date;
  dueBy: Date;
  /** What caused an automatic order (limit and due date, return count, re-handling round). */
  cause?: string;
  answeredAt?: Date;
  /** The lead unit's answer (from `case.order-answered`). */
  answer?: string;
  createdAt: Date;
  updatedAt: Date;
}

export const SupervisionOrderSchema = new Schema<SupervisionOrderRecord>(
  {
    _id: { type: String, required: true },
    petitionId: String,
    caseNumber: String,
    unitId: String,
    reasonCode: String,
    reason: String,
    note: String,
    automatic: Boolean,
    issuedBy: String,
    issuedAt: Date,
    dueBy: Date,
    cause: String,
    answeredAt: Date,
    answer: String,
  },
  { collection: SUPERVISION_ORDERS, versionKey: false, timestamps: true },
);
SupervisionOrderSchema.plugin(outboxPlugin);
