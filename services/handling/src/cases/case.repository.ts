import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import type { DomainEvent } from '@sunshine/contracts';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import { applyOnce, withOutbox, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import type { AssignmentRecord, CaseChanges, CaseDecision, CaseFile, CaseStatus, SupervisionOrderRecord } from './case';
import { CASES, type CaseRecord } from './case.schema';

export interface CasePageQuery {
  status?: CaseStatus;
  limit: number;
  offset?: number;
  /** Continue after this case (newest first). */
  after?: { createdAt: Date; id: string };
}

/**
 * Persistence of cases. Unit scoping is applied here, on every read a caller can reach: a unit's
 * staff only ever match cases whose `unitIds` hold their unit. Writes are conditional on the
 * version read, so concurrent changes never overwrite each other; events go into the outbox
 * of the same document in the same write.
 */
@Injectable()
export class CaseRepository {
  private readonly cases: SafeCollection<CaseRecord>;

  constructor(@InjectModel(CASES) model: Model<CaseRecord>) {
    this.cases = safeCollection<CaseRecord>(model);
  }

  /** The case if the caller may see it; otherwise nothing, exactly as for an unknown case. */
  findVisible(scope: UnitScope, petitionId: string): Promise<CaseRecord | null> {
    return this.cases.findOne(scopedFilter({ _id: petitionId }, scope, 'unitIds') as Filter<CaseRecord>);
  }

  /** Unscoped: for event handlers only, never for a caller's request. */
  findById(petitionId: string): Promise<CaseRecord | null> {
    return this.cases.findOne({ _id: petitionId } as Filter<CaseRecord>);
  }

  /** Newest first (by arrival in handling, then id). */
  async page(scope: UnitScope, query: CasePageQuery): Promise<CaseRecord[]> {
    const filter: Record<string, unknown> = scopedFilter({}, scope, 'unitIds');
    if (query.status) filter.status = query.status;
    if (query.after) {
      filter.$or = [
        { createdAt: trusted({ $lt: query.after.createdAt }) },
        { createdAt: query.after.createdAt, _id: trusted({ $lt: query.after.id }) },
      ];
    }
    return this.cases
      .find(filter as Filter<CaseRecord>, { projection: { outbox: 0, processedEvents: 0, outboxLeaseOwner: 0, outboxLeaseUntil: 0 } })
      .sort({ createdAt: -1, _id: -1 })
      .skip(query.offset ?? 0)
      .limit(query.limit)
      .toArray() as Promise<CaseRecord[]>;
  }

  /** Create the case from its first assignment, once per event and once per petition. */
  createOnce(petitionId: string, file: CaseFile, assignment: AssignmentRecord, eventId: string, now: Date): Promise<ApplyResult> {
    const record: Omit<CaseRecord, '_id' | 'processedEvents'> = {
      ...file,
      status: 'assigned',
      round: 0,
      version: 1,
      assignedAt: now,
      acceptedAt: null,
      replies: [],
      reopenings: [],
      assignments: [assignment],
      supervisionOrders: [],
      extension: null,
      createdAt: now,
      updatedAt: now,
      outbox: [],
      outboxPending: false,
      outboxLeaseUntil: null,
      outboxLeaseOwner: null,
    };
    // An existing case (a redelivery, or a second assignment event for the same petition) is
    // left as it is: $setOnInsert only writes when the document is new.
    return applyOnce(this.cases, { _id: petitionId } as Filter<CaseRecord>, eventId, { $setOnInsert: record } as UpdateFilter<CaseRecord>, {
      upsert: true,
    });
  }

  /** 改派: replace the case file's units and deadlines, if the case is still at `version`. */
  reassign(
    petitionId: string,
    version: number,
    set: Omit<CaseFile, 'caseNumber'> & { status: 'assigned'; acceptedAt: null },
    assignment: AssignmentRecord,
    eventId: string,
    now: Date,
  ): Promise<ApplyResult> {
    return applyOnce(this.cases, { _id: petitionId, version } as Filter<CaseRecord>, eventId, {
      $set: { ...set, assignedAt: now, updatedAt: now },
      $inc: { version: 1 },
      $push: { assignments: assignment },
    } as unknown as UpdateFilter<CaseRecord>);
  }

  /** Record a supervision order (督办) on the case; no state change. */
  addSupervisionOrder(petitionId: string, order: SupervisionOrderRecord, eventId: string, now: Date): Promise<ApplyResult> {
    return applyOnce(this.cases, { _id: petitionId } as Filter<CaseRecord>, eventId, {
      $set: { updatedAt: now },
      $push: { supervisionOrders: order },
    } as unknown as UpdateFilter<CaseRecord>);
  }

  /**
   * Write a decision and its event in one update, if the case is still at `version`.
   * Returns false when someone changed it meanwhile (read again and decide again).
   */
  async apply(petitionId: string, version: number, decision: CaseDecision, events: readonly DomainEvent[], now: Date): Promise<boolean> {
    const result = await this.cases.updateOne(
      { _id: petitionId, version } as Filter<CaseRecord>,
      withOutbox(decisionUpdate(decision.set, decision.push, now), events) as UpdateFilter<CaseRecord>,
    );
    return result.matchedCount === 1;
  }

  /** The same, for a decision caused by an event: at most once per event id. */
  applyForEvent(petitionId: string, version: number, decision: CaseDecision, events: readonly DomainEvent[], eventId: string, now: Date): Promise<ApplyResult> {
    return applyOnce(
      this.cases,
      { _id: petitionId, version } as Filter<CaseRecord>,
      eventId,
      withOutbox(decisionUpdate(decision.set, decision.push, now), events) as UpdateFilter<CaseRecord>,
    );
  }
}

function decisionUpdate(set: CaseChanges, push: CaseDecision['push'], now: Date): Record<string, unknown> {
  const update: Record<string, unknown> = { $set: { ...set, updatedAt: now }, $inc: { version: 1 } };
  if (push && Object.keys(push).length) update.$push = { ...push };
  return update;
}
