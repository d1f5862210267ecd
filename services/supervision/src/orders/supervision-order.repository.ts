import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import type { DomainEvent } from '@sunshine/contracts';
import { applyOnce, insertOnce, outboxFields, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import { SUPERVISION_ORDERS, type SupervisionOrderRecord } from './supervision-order.schema';

export type NewOrder = Omit<SupervisionOrderRecord, 'createdAt' | 'updatedAt' | 'outbox' | 'outboxPending' | 'outboxLeaseUntil' | 'outboxLeaseOwner' | 'processedEvents'>;

/** `supervision_orders`, by order id; unit scope applied here (field `unitId`). */
@Injectable()
export class SupervisionOrderRepository {
  private readonly collection: SafeCollection<SupervisionOrderRecord>;

  constructor(@InjectModel(SUPERVISION_ORDERS) model: Model<SupervisionOrderRecord>) {
    this.collection = safeCollection<SupervisionOrderRecord>(model);
  }

  /** Create the order with its `supervision.order-issued` in one write; `duplicate`: it exists already. */
  insert(order: NewOrder, events: readonly DomainEvent[], now: Date): Promise<'applied' | 'duplicate'> {
    return insertOnce(this.collection, { ...order, createdAt: now, updatedAt: now, ...outboxFields(events) } as SupervisionOrderRecord);
  }

  get(orderId: string): Promise<SupervisionOrderRecord | null> {
    return this.collection.findOne({ _id: orderId } as Filter<SupervisionOrderRecord>, { projection: { outbox: 0, processedEvents: 0 } });
  }

  /** Record the unit's answer once (the first answer stands). */
  answer(orderId: string, answer: string, answeredAt: Date, eventId: string, now: Date): Promise<ApplyResult> {
    const update = { $set: { answer, answeredAt, updatedAt: now } } as UpdateFilter<SupervisionOrderRecord>;
    return applyOnce(this.collection, { _id: orderId, answeredAt: trusted({ $exists: false }) } as Filter<SupervisionOrderRecord>, eventId, update);
  }

  /** Orders the caller may see, optionally of one unit, newest first. A listing (scan). */
  list(scope: UnitScope, unitId?: string): Promise<SupervisionOrderRecord[]> {
    const filter = scopedFilter({ ...(unitId ? { unitId } : {}) }, scope, 'unitId');
    return this.collection
      .find(filter as Filter<SupervisionOrderRecord>, { projection: { outbox: 0, processedEvents: 0 } })
      .sort({ issuedAt: -1 })
      .toArray() as Promise<SupervisionOrderRecord[]>;
  }
}
