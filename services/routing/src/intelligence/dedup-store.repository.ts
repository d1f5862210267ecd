import { trusted, type SafeCollection } from '@sunshine/platform';
import type { CaseState, DedupStore, StoredPetitionSignature } from '../dedup/petition-signature';

type RoutingDocument = { _id: string; receivedAt: Date; dedup?: StoredPetitionSignature };

/**
 * The duplicate detector's memory: each petition's record lives in its routing document
 * (`routing_petitions.dedup`), written in the same insert as the routing decision, so the
 * in-memory index is rebuilt from routing's own collection at start.
 */
export class MongoDedupStore implements DedupStore {
  constructor(private readonly petitions: SafeCollection<RoutingDocument>) {}

  async *load(): AsyncIterable<StoredPetitionSignature> {
    // Oldest first, so the index sees the history in order.
    const cursor = this.petitions.find({ dedup: trusted({ $exists: true }) }, { projection: { dedup: 1, receivedAt: 1 } }).sort({ receivedAt: 1 });
    for await (const doc of cursor) if (doc.dedup?.signature) yield doc.dedup;
  }

  async save(record: StoredPetitionSignature): Promise<void> {
    await this.petitions.updateOne({ _id: record.petitionId }, { $set: { dedup: record } });
  }

  async updateState(petitionId: string, change: { state: CaseState; repliedAt?: string; closedAt?: string }): Promise<void> {
    const set = Object.fromEntries(Object.entries(change).map(([k, v]) => [`dedup.${k}`, v]));
    await this.petitions.updateOne({ _id: petitionId }, { $set: set });
  }
}
