import { Schema } from 'mongoose';

/**
 * Adds the outbox and inbox fields to a Mongoose schema whose documents publish or consume
 * events: `outbox` (events waiting for the relay, written in the same update as the change),
 * `outboxPending` with its index, the relay's lease, and `processedEvents` (the inbox).
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({
    outbox: { type: [Schema.Types.Mixed], default: () => [] },
    outboxPending: { type: Boolean, default: false, index: { name: 'outbox_pending' } },
    outboxLeaseUntil: { type: Date, default: null },
    outboxLeaseOwner: { type: String, default: null },
    processedEvents: { type: [String], default: [] },
  });
}
