import { Schema } from 'mongoose';
import type { ReminderDeadline, SupervisionOrderReason, WarningLight } from '@sunshine/contracts';

export const NOTIFICATIONS = 'notifications';

/**
 * One line of a unit's notification feed: a reminder (`supervision.reminded`) or an order
 * (`supervision.order-issued`). `_id` derives from the reminder (case, limit, due date, light) or
 * the order id, so a redelivered event — or a second reminder of the same thing — adds nothing.
 */
export interface NotificationRecord {
  _id: string;
  kind: 'reminder' | 'order';
  unitId: string;
  petitionId: string;
  caseNumber: string;
  deadline?: ReminderDeadline;
  light?: WarningLight;
  /** The limit's due date (reminder) or the order's (order). */
  dueAt: Date;
  orderId?: string;
  reasonCode?: SupervisionOrderReason;
  eventId: string;
  at: Date;
  createdAt: Date;
}

export const NotificationSchema = new Schema<NotificationRecord>(
  {
    _id: { type: String, required: true },
    kind: String,
    unitId: String,
    petitionId: String,
    caseNumber: String,
    deadline: String,
    light: String,
    dueAt: Date,
    orderId: String,
    reasonCode: String,
    eventId: String,
    at: Date,
  },
  { collection: NOTIFICATIONS, versionKey: false, timestamps: { createdAt: true, updatedAt: false } },
);
