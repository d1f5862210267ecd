import type { Collection, Document, Filter, UpdateFilter } from 'mongodb';
import { applyOnce, type ApplyResult } from '@sunshine/messaging';

/**
 * `applyOnce` with upsert on the document `_id`, safe when different events race to create it.
 *
 * applyOnce reads a duplicate key on its upsert as "this event was applied before". On MongoDB it
 * is also what the loser gets when two *different* events (say a petition's first routing and
 * handling events, consumed in parallel) both try to create the document: the server does not
 * retry an upsert whose filter is not pure equality (`processedEvents: { $ne }`). Taken at its
 * word, the loser's event would be lost. So a reported duplicate is believed only when the event
 * id is recorded; otherwise the document exists by now and the update is tried again.
 * (FerretDB serialises these writes, so the race does not show locally.)
 */
export async function applyOnceUpserting<T extends Document & { _id: string; processedEvents?: string[] }>(
  collection: Collection<T>,
  id: string,
  eventId: string,
  update: UpdateFilter<T>,
): Promise<ApplyResult> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await applyOnce(collection, { _id: id } as Filter<T>, eventId, update, { upsert: true });
    if (result !== 'duplicate') return result;
    if (await collection.countDocuments({ _id: id, processedEvents: eventId } as Filter<T>, { limit: 1 })) return 'duplicate';
    if (attempt >= 3) throw new Error(`event ${eventId} could not be applied to ${id}: its document keeps being created concurrently`);
  }
}
