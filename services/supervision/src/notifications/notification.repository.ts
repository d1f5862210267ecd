import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter } from 'mongodb';
import type { Model } from 'mongoose';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import { insertOnce } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import { NOTIFICATIONS, type NotificationRecord } from './notification.schema';

/** The units' notification feed; unit scope applied here (field `unitId`). */
@Injectable()
export class NotificationRepository {
  private readonly collection: SafeCollection<NotificationRecord>;

  constructor(@InjectModel(NOTIFICATIONS) model: Model<NotificationRecord>) {
    this.collection = safeCollection<NotificationRecord>(model);
  }

  /** Add a line once (its id derives from what it is about). */
  add(record: NotificationRecord): Promise<'applied' | 'duplicate'> {
    return insertOnce(this.collection, record);
  }

  /** Newest first; a listing (scan). */
  list(scope: UnitScope, limit: number, unitId?: string): Promise<NotificationRecord[]> {
    const filter = scopedFilter({ ...(unitId ? { unitId } : {}) }, scope, 'unitId');
    return this.collection.find(filter as Filter<NotificationRecord>).sort({ at: -1, _id: 1 }).limit(limit).toArray() as Promise<NotificationRecord[]>;
  }
}
