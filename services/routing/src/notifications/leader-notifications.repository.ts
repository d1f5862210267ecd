import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import { isDuplicateKeyError } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import type { LeaderNotification } from './leader-notification';

export const LEADER_NOTIFICATIONS = 'leader_notifications';

/**
 * `leader_notifications`: one row per leader per escalation, keyed by the escalation event's id
 * and the leader's, so a redelivered event inserts nothing new (the inbox is the key).
 */
@Injectable()
export class LeaderNotificationsRepository {
  private readonly rows: SafeCollection<LeaderNotification>;

  constructor(@InjectConnection() connection: Connection) {
    this.rows = safeCollection<LeaderNotification>(connection, LEADER_NOTIFICATIONS);
  }

  /** Insert each row once; rows already there (a redelivery) are left as they are, read or not. */
  async insertOnce(rows: LeaderNotification[]): Promise<number> {
    let inserted = 0;
    for (const row of rows) {
      try {
        await this.rows.insertOne(row);
        inserted += 1;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    return inserted;
  }

  /** A leader's feed, newest first. */
  feed(leaderId: string, unreadOnly: boolean, limit: number, offset: number): Promise<LeaderNotification[]> {
    const filter = (unreadOnly ? { leaderId, read: false } : { leaderId }) as Filter<LeaderNotification>;
    return this.rows.find(filter).sort({ at: -1, _id: 1 }).skip(offset).limit(limit).toArray() as Promise<LeaderNotification[]>;
  }

  /** Mark one of the leader's own rows read (the first time only); null when it is not theirs. */
  async markRead(id: string, leaderId: string, now: Date): Promise<LeaderNotification | null> {
    await this.rows.updateOne({ _id: id, leaderId, read: false } as Filter<LeaderNotification>, { $set: { read: true, readAt: now } });
    return this.rows.findOne({ _id: id, leaderId } as Filter<LeaderNotification>) as Promise<LeaderNotification | null>;
  }
}
