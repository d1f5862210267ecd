import type { Collection } from 'mongodb';
import type { CaseState, DedupStore, StoredPetitionSignature } from '../dedup/petition-signature';

type StoredDocument = StoredPetitionSignature & { _id: string };

/**
 * The duplicate detector's memory, kept in routing's own database (`dedup_records`, one
 * document per petition, keyed by its id), so that the in-memory index is rebuilt at start.
 */
export class MongoDedupStore implements DedupStore {
  constructor(private readonly records: Collection<StoredDocument>) {}

  async *load(): AsyncIterable<StoredPetitionSignature> {
    // Oldest first, so the index sees the history in order.
    const cursor = this.records.find({}, { projection: { _id: 0 } }).sort({ receivedAt: 1 });
    for await (const record of cursor) yield record as StoredPetitionSignature;
  }

  async save(record: StoredPetitionSignature): Promise<void> {
    await this.records.replaceOne({ _id: record.petitionId }, { ...record } as never, { upsert: true });
  }

  async updateState(petitionId: string, change: { state: CaseState; repliedAt?: string; closedAt?: string }): Promise<void> {
    await this.records.updateOne({ _id: petitionId }, { $set: change });
  }
}
