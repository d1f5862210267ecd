import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter } from 'mongodb';
import type { Model } from 'mongoose';
import type { DomainEvent } from '@sunshine/contracts';
import { insertOnce, outboxFields } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import { BULLETINS, type BulletinRecord } from './bulletin.schema';

/** Published bulletins, by bulletin id. */
@Injectable()
export class BulletinRepository {
  private readonly collection: SafeCollection<BulletinRecord>;

  constructor(@InjectModel(BULLETINS) model: Model<BulletinRecord>) {
    this.collection = safeCollection<BulletinRecord>(model);
  }

  /** Create the published bulletin with its event in one write; `duplicate`: it was published already. */
  insert(record: Omit<BulletinRecord, 'outbox' | 'outboxPending' | 'outboxLeaseUntil' | 'outboxLeaseOwner'>, events: readonly DomainEvent[]): Promise<'applied' | 'duplicate'> {
    return insertOnce(this.collection, { ...record, ...outboxFields(events) } as BulletinRecord);
  }

  get(bulletinId: string): Promise<BulletinRecord | null> {
    return this.collection.findOne({ _id: bulletinId } as Filter<BulletinRecord>, { projection: { outbox: 0 } });
  }

  /** Which of these bulletins exist already. */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const found = await this.collection.find({ _id: trusted({ $in: [...ids] }) } as Filter<BulletinRecord>, { projection: { _id: 1 } }).toArray();
    return new Set(found.map((r) => r._id));
  }
}
