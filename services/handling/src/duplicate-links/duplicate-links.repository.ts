import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import type { DuplicateLinkRecord } from './duplicate-links';

export const DUPLICATE_LINKS = 'case_duplicate_links';

/** One document per linked petition (`_id`), read by the case it was linked to. */
@Injectable()
export class DuplicateLinksRepository {
  private readonly links: SafeCollection<DuplicateLinkRecord>;

  constructor(@InjectConnection() connection: Connection) {
    this.links = safeCollection<DuplicateLinkRecord>(connection, DUPLICATE_LINKS);
  }

  findById(petitionId: string): Promise<DuplicateLinkRecord | null> {
    return this.links.findOne({ _id: petitionId });
  }

  /** Writes the record as decided from the one read before (events of one petition arrive in order, one at a time). */
  async save(record: DuplicateLinkRecord): Promise<void> {
    await this.links.updateOne({ _id: record._id }, { $set: record }, { upsert: true });
  }

  ofCase(originalPetitionId: string): Promise<DuplicateLinkRecord[]> {
    return this.links.find({ originalPetitionId }).toArray();
  }
}
