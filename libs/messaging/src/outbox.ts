import { eventKey, definitionOf, type DomainEvent } from '@sunshine/contracts';

/**
 * An event waiting in the `outbox` array of the document whose change produced it. It is
 * written in the same single write as that change, so either both are durable or neither is.
 */
export interface OutboxEntry {
  /** The event id (UUID v7). */
  id: string;
  /** The logical topic, e.g. `intake.events.v1`. */
  topic: string;
  key: string;
  type: string;
  /** The serialised envelope, published byte for byte. */
  value: string;
  createdAt: Date;
}

/** Fields every document that publishes events carries. */
export interface OutboxFields {
  outbox: OutboxEntry[];
  /** True while the outbox holds unpublished events; indexed so the relay finds them fast. */
  outboxPending: boolean;
  /** While a relay works on this document, the time its claim expires. */
  outboxLeaseUntil?: Date | null;
  outboxLeaseOwner?: string | null;
}

export function toOutboxEntry(event: DomainEvent): OutboxEntry {
  const definition = definitionOf(event.type);
  if (!definition) throw new Error(`unknown event type ${event.type}`);
  return {
    id: event.id,
    topic: definition.topic,
    key: eventKey(event),
    type: event.type,
    value: JSON.stringify(event),
    createdAt: new Date(),
  };
}

/** Update operators that queue events in the same write as the state change they belong to. */
export function outboxPush(events: readonly DomainEvent[]): {
  $push: { outbox: { $each: OutboxEntry[] } };
  $set: { outboxPending: true };
} {
  return { $push: { outbox: { $each: events.map(toOutboxEntry) } }, $set: { outboxPending: true } };
}

/** Fields for a new document that is inserted together with its first events. */
export function outboxFields(events: readonly DomainEvent[]): OutboxFields {
  return { outbox: events.map(toOutboxEntry), outboxPending: events.length > 0, outboxLeaseUntil: null, outboxLeaseOwner: null };
}

/**
 * Merge the outbox operators into an update that already has `$set` / `$push` parts.
 * Use it as `collection.updateOne(filter, withOutbox(update, events))`.
 */
export function withOutbox<U extends Record<string, unknown>>(update: U, events: readonly DomainEvent[]): U {
  if (!events.length) return update;
  const push = outboxPush(events);
  const merged: Record<string, unknown> = { ...update };
  merged.$set = { ...(update.$set as object | undefined), ...push.$set };
  merged.$push = { ...(update.$push as object | undefined), ...push.$push };
  return merged as U;
}

/** The index the relay needs on every outbox collection. */
export const OUTBOX_INDEX = { key: { outboxPending: 1 }, name: 'outbox_pending' } as const;
