import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import type { DomainEvent } from '@sunshine/contracts';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import { applyOnce, withOutbox, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import { CASES, type CaseRecord } from '../cases/case.schema';
import type { InstructionRecord, WorkflowCase, WorkflowDecision } from './case-workflow';

type Stored = WorkflowCase & CaseRecord;

const LISTING = { projection: { outbox: 0, processedEvents: 0, outboxLeaseOwner: 0, outboxLeaseUntil: 0, text: 0 } };
const MAX_LISTED = 500;

/**
 * The workflow additions' reads and writes on the `cases` collection: the same documents, the
 * same version lock and outbox as `CaseRepository`. Listings for leaders and the joint office
 * scan on a flag (fine for queues of this size; FerretDB indexes `_id` only).
 */
@Injectable()
export class CaseWorkflowRepository {
  private readonly cases: SafeCollection<Stored>;

  constructor(@InjectModel(CASES) model: Model<CaseRecord>) {
    this.cases = safeCollection<Stored>(model);
  }

  findVisible(scope: UnitScope, petitionId: string): Promise<Stored | null> {
    return this.cases.findOne(scopedFilter({ _id: petitionId }, scope, 'unitIds') as Filter<Stored>);
  }

  findById(petitionId: string): Promise<Stored | null> {
    return this.cases.findOne({ _id: petitionId } as Filter<Stored>);
  }

  /** Write a decision and its event in one update, if the case is still at `version`. */
  async apply(petitionId: string, version: number, decision: WorkflowDecision, event: DomainEvent, now: Date): Promise<boolean> {
    const update: Record<string, unknown> = { $set: { ...decision.set, updatedAt: now }, $inc: { version: 1 } };
    if (decision.push && Object.keys(decision.push).length) update.$push = { ...decision.push };
    const result = await this.cases.updateOne({ _id: petitionId, version } as Filter<Stored>, withOutbox(update, [event]) as UpdateFilter<Stored>);
    return result.matchedCount === 1;
  }

  /** Record a leader's instruction (批示) on the case, once per event. */
  addInstruction(petitionId: string, instruction: InstructionRecord, eventId: string, now: Date): Promise<ApplyResult> {
    return applyOnce(this.cases, { _id: petitionId } as Filter<Stored>, eventId, {
      $set: { updatedAt: now },
      $push: { instructions: instruction },
    } as unknown as UpdateFilter<Stored>);
  }

  /** 领导包案: the cases a leader is in charge of. */
  inChargeOf(leaderId: string): Promise<Stored[]> {
    return this.list({ leaderInCharge: leaderId });
  }

  /** Cases with an extension request waiting for a leader (or, with `all`, any request). */
  withExtensionRequests(pendingOnly: boolean): Promise<Stored[]> {
    return this.list(pendingOnly ? { extensionPending: true } : { extensionRequested: true });
  }

  /** Cases whose lead unit asked the joint office to coordinate. */
  awaitingCoordination(): Promise<Stored[]> {
    return this.list({ coordinationPending: true });
  }

  private list(filter: Record<string, unknown>): Promise<Stored[]> {
    return this.cases.find(filter as Filter<Stored>, LISTING).sort({ updatedAt: -1, _id: -1 }).limit(MAX_LISTED).toArray() as Promise<Stored[]>;
  }
}
