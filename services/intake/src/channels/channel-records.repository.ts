import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { safeCollection, type SafeCollection } from '@sunshine/platform';

/** One hotline call (no personal data: the caller's number lives sealed in the petition). */
export interface HotlineCallRecord {
  _id: string; // petition id
  caseNumber: string;
  operatorId: string;
  callStartedAt: Date;
  durationSeconds: number;
  recordedAt: Date;
}

/** A mailbox message already registered, by mailbox and hashed Message-ID. */
export interface MailboxMessageRecord {
  _id: string; // `<mailbox>:<sha256 of the Message-ID>`
  petitionId: string;
  caseNumber: string;
  recordedAt: Date;
}

/** An item from an upper-level office, by source and its reference. */
export interface UpperLevelItemRecord {
  _id: string; // `<source>:<sourceRef>`
  petitionId: string;
  caseNumber: string;
  transferKind: string;
  transferredAt: Date;
  dueBy?: Date;
  recordedAt: Date;
}

/**
 * What the channels keep beside the petition: the call log, the mailbox messages and the
 * upper-level items already registered. Every write is an `$setOnInsert` upsert keyed by `_id`,
 * so a replayed request writes nothing new.
 */
@Injectable()
export class ChannelRecordsRepository {
  private readonly calls: SafeCollection<HotlineCallRecord>;
  private readonly messages: SafeCollection<MailboxMessageRecord>;
  private readonly items: SafeCollection<UpperLevelItemRecord>;

  constructor(@InjectConnection() connection: Connection) {
    this.calls = safeCollection<HotlineCallRecord>(connection, 'hotline_calls');
    this.messages = safeCollection<MailboxMessageRecord>(connection, 'mailbox_messages');
    this.items = safeCollection<UpperLevelItemRecord>(connection, 'upper_level_items');
  }

  async recordCall(record: HotlineCallRecord): Promise<void> {
    const { _id, ...fields } = record;
    await this.calls.updateOne({ _id }, { $setOnInsert: fields }, { upsert: true });
  }

  async call(petitionId: string): Promise<HotlineCallRecord | null> {
    return this.calls.findOne({ _id: petitionId });
  }

  async mailboxMessage(id: string): Promise<MailboxMessageRecord | null> {
    return this.messages.findOne({ _id: id });
  }

  async recordMailboxMessage(record: MailboxMessageRecord): Promise<void> {
    const { _id, ...fields } = record;
    await this.messages.updateOne({ _id }, { $setOnInsert: fields }, { upsert: true });
  }

  async recordUpperLevelItem(record: UpperLevelItemRecord): Promise<void> {
    const { _id, ...fields } = record;
    await this.items.updateOne({ _id }, { $setOnInsert: fields }, { upsert: true });
  }
}
