import type { CountDocumentsOptions, Document, Filter, InsertOneResult, OptionalUnlessRequiredId, UpdateFilter, UpdateOptions, UpdateResult } from 'mongodb';
import mongoose from 'mongoose';
import { isDuplicateKeyError } from './errors';

/**
 * What the inbox needs of a collection: the platform's `SafeCollection` (which sanitises the
 * filters), or a driver collection (tests, the database compatibility check).
 */
export interface InboxCollection<T extends Document> {
  updateOne(filter: Filter<T>, update: UpdateFilter<T>, options?: UpdateOptions): Promise<UpdateResult<T>>;
  countDocuments(filter?: Filter<T>, options?: CountDocumentsOptions): Promise<number>;
}

/** What `insertOnce` needs of a collection. */
export interface InsertCollection<T extends Document> {
  insertOne(document: OptionalUnlessRequiredId<T>): Promise<InsertOneResult<T>>;
}

/** How many processed event ids a document remembers. Redelivery happens within minutes, not thousands of events. */
export const INBOX_MEMORY = 1000;

/**
 * `applied`: the effect happened now. `duplicate`: this event was applied before.
 * `not-matched`: the document is missing or its state excluded the update; nothing happened.
 */
export type ApplyResult = 'applied' | 'duplicate' | 'not-matched';

/**
 * The inbox of a document: the ids of the events already applied to it. An effect on the
 * document is made conditional on the event id being absent, and records it in the same write,
 * so a redelivered event matches nothing and has no second effect.
 */
export interface InboxFields {
  processedEvents?: string[];
}

export function notYetApplied(eventId: string): { processedEvents: { $ne: string } } {
  // The operator is the inbox's own, not input: marked so a sanitising collection keeps it.
  return { processedEvents: mongoose.trusted({ $ne: eventId }) };
}

/** The `$push` value that records an applied event id (keeping the newest INBOX_MEMORY). */
export function recordApplied(eventId: string): { $each: string[]; $slice: number } {
  return { $each: [eventId], $slice: -INBOX_MEMORY };
}

/**
 * Apply `update` to the document `filter` selects, at most once for `eventId`.
 * With `upsert` (filter by identity only), a missing document is created; when two first
 * events race to create it, the loser applies its update to the winner's document.
 */
export async function applyOnce<T extends Document>(
  collection: InboxCollection<T>,
  filter: Filter<T>,
  eventId: string,
  update: UpdateFilter<T>,
  options: { upsert?: boolean } = {},
): Promise<ApplyResult> {
  const guarded = { ...filter, ...notYetApplied(eventId) } as Filter<T>;
  const push = { ...((update as Record<string, unknown>).$push as object | undefined), processedEvents: recordApplied(eventId) };
  const withInbox = { ...update, $push: push } as unknown as UpdateFilter<T>;
  // The state conditions of the filter may no longer hold after the first application, so a
  // duplicate is recognised by identity alone.
  const identity = ('_id' in filter ? { _id: filter._id } : filter) as Filter<T>;
  const seen = async () => (await collection.countDocuments({ ...identity, processedEvents: eventId } as Filter<T>, { limit: 1 })) > 0;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const result = await collection.updateOne(guarded, withInbox, { upsert: options.upsert ?? false });
      if (result.matchedCount > 0 || result.upsertedCount > 0) return 'applied';
      return (await seen()) ? 'duplicate' : 'not-matched';
    } catch (error) {
      if (!options.upsert || !isDuplicateKeyError(error)) throw error;
      // The upsert's insert met an existing document: either it already holds this event, or
      // another event created it a moment ago (two first events of one petition from two
      // topics) — then the update must be tried again against that document.
      if (await seen()) return 'duplicate';
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * Insert a document whose `_id` is derived from the event, so inserting it twice is impossible.
 */
export async function insertOnce<T extends Document>(
  collection: InsertCollection<T>,
  document: T,
): Promise<'applied' | 'duplicate'> {
  try {
    await collection.insertOne(document as never);
    return 'applied';
  } catch (error) {
    if (isDuplicateKeyError(error)) return 'duplicate';
    throw error;
  }
}
