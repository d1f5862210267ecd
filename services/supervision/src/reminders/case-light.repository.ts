import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import type { DomainEvent } from '@sunshine/contracts';
import { insertOnce, outboxFields, withOutbox } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import { CASE_LIGHTS, type CaseLightRecord } from './case-light.schema';

/** The fields of a case's lights that a change sets (everything but identity, revision and outbox). */
export type CaseLightFields = Omit<CaseLightRecord, '_id' | 'rev' | 'createdAt' | 'updatedAt' | keyof import('@sunshine/messaging').OutboxFields>;

/**
 * `case_lights`, addressed by petition id. Every write is conditional on the revision read, so of
 * two writers (two scheduler instances, or the scheduler and an event) one wins and the other
 * re-reads: a light moves, and its reminder is queued, exactly once.
 */
@Injectable()
export class CaseLightRepository {
  private readonly collection: SafeCollection<CaseLightRecord>;

  constructor(@InjectModel(CASE_LIGHTS) model: Model<CaseLightRecord>) {
    this.collection = safeCollection<CaseLightRecord>(model);
  }

  get(petitionId: string): Promise<CaseLightRecord | null> {
    return this.collection.findOne({ _id: petitionId } as Filter<CaseLightRecord>, { projection: { outbox: 0 } });
  }

  /** Create a case's row (with its first events); false when another writer created it first. */
  async create(petitionId: string, fields: CaseLightFields, events: readonly DomainEvent[], now: Date): Promise<boolean> {
    const doc = { _id: petitionId, ...fields, rev: 1, createdAt: now, updatedAt: now, ...outboxFields(events) } as CaseLightRecord;
    return (await insertOnce(this.collection, doc)) === 'applied';
  }

  /** Write a change if the row is still at `rev`; false when another writer came first. */
  async update(petitionId: string, rev: number, fields: Partial<CaseLightFields>, events: readonly DomainEvent[], now: Date): Promise<boolean> {
    const update = withOutbox({ $set: { ...fields, rev: rev + 1, updatedAt: now } }, events);
    const result = await this.collection.updateOne({ _id: petitionId, rev } as Filter<CaseLightRecord>, update as UpdateFilter<CaseLightRecord>);
    return result.matchedCount > 0;
  }

  /** Cases whose next transition is due at `now` (the `nextCheckAt` index), oldest first. */
  due(now: Date, limit: number, skip: readonly string[]): Promise<CaseLightRecord[]> {
    const filter = { nextCheckAt: trusted({ $lte: now }), ...(skip.length ? { _id: trusted({ $nin: [...skip] }) } : {}) };
    return this.collection
      .find(filter as Filter<CaseLightRecord>, { projection: { outbox: 0 } })
      .sort({ nextCheckAt: 1 })
      .limit(limit)
      .toArray() as Promise<CaseLightRecord[]>;
  }
}
