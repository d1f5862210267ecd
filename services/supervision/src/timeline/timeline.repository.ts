import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import { applyOnce, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import type { CaseState } from './case-state';
import type { TimelineEntry } from './timeline-entry';
import { TIMELINES, type LinkedDuplicate, type TimelineRecord } from './timeline.schema';

/** What a new timeline document starts with (the fields the first update does not set itself). */
function initial(now: Date, without: (keyof TimelineRecord)[]): Partial<TimelineRecord> {
  const fields: Partial<TimelineRecord> = {
    entries: [],
    linkedDuplicates: [],
    unitIds: [],
    outbox: [],
    outboxPending: false,
    outboxLeaseUntil: null,
    outboxLeaseOwner: null,
    createdAt: now,
  };
  for (const key of without) delete fields[key];
  return fields;
}

/** Timelines, addressed by petition id (the only fast index FerretDB has). Unit scope applied here. */
@Injectable()
export class TimelineRepository {
  private readonly collection: SafeCollection<TimelineRecord>;

  constructor(@InjectModel(TIMELINES) timelines: Model<TimelineRecord>) {
    this.collection = safeCollection<TimelineRecord>(timelines);
  }

  /** Add an event's entry, at most once; the first event of a petition creates its timeline. */
  append(petitionId: string, entry: TimelineEntry, now: Date): Promise<ApplyResult> {
    const update = { $push: { entries: entry }, $set: { updatedAt: now }, $setOnInsert: initial(now, ['entries']) };
    return applyOnce(this.collection, { _id: petitionId } as never, entry.eventId, update as UpdateFilter<TimelineRecord>, { upsert: true });
  }

  /** Note on the original that a later petition was linked to it, at most once per event. */
  linkDuplicate(originalId: string, link: LinkedDuplicate, eventId: string, now: Date): Promise<ApplyResult> {
    const update = { $push: { linkedDuplicates: link }, $set: { updatedAt: now }, $setOnInsert: initial(now, ['linkedDuplicates']) };
    return applyOnce(this.collection, { _id: originalId } as never, eventId, update as UpdateFilter<TimelineRecord>, { upsert: true });
  }

  /** Note on the original that a later petition's link to it was undone, at most once per event. */
  unlinkDuplicate(originalId: string, petitionId: string, eventId: string, now: Date): Promise<ApplyResult> {
    const update = { $addToSet: { unlinkedDuplicates: petitionId }, $set: { updatedAt: now }, $setOnInsert: initial(now, []) };
    return applyOnce(this.collection, { _id: originalId } as never, eventId, update as UpdateFilter<TimelineRecord>, { upsert: true });
  }

  async entriesOf(petitionId: string): Promise<TimelineEntry[]> {
    const doc = await this.collection.findOne({ _id: petitionId } as Filter<TimelineRecord>, { projection: { entries: 1 } });
    return doc?.entries ?? [];
  }

  /**
   * Store the derived state if it comes from more entries than the stored one. Entries are only
   * ever added, so their number orders derivations; an equal number is the same state.
   */
  async saveDerived(petitionId: string, state: CaseState, derivedFrom: number, now: Date): Promise<boolean> {
    const result = await this.collection.updateOne(
      { _id: petitionId, $or: [{ derivedFrom: trusted({ $exists: false }) }, { derivedFrom: trusted({ $lt: derivedFrom }) }] } as Filter<TimelineRecord>,
      {
        $set: {
          case: state,
          derivedFrom,
          open: state.open,
          unitIds: [...new Set([state.leadUnitId, ...state.assistingUnitIds].filter((u): u is string => Boolean(u)))],
          ...(state.leadUnitId ? { leadUnitId: state.leadUnitId } : {}),
          updatedAt: now,
        },
        ...(state.leadUnitId ? {} : { $unset: { leadUnitId: '' } }),
      } as UpdateFilter<TimelineRecord>,
    );
    return result.modifiedCount > 0;
  }

  /** A timeline the caller may read: any for cross-unit roles, its own cases for a unit. */
  async findInScope(petitionId: string, scope: UnitScope): Promise<TimelineRecord | null> {
    return this.collection.findOne(scopedFilter({ _id: petitionId }, scope, 'unitIds') as Filter<TimelineRecord>);
  }

  /** Open cases (derived state only) the caller may see, optionally of one lead unit. Scans: a listing. */
  async openCases(scope: UnitScope, leadUnitId?: string): Promise<Pick<TimelineRecord, '_id' | 'case'>[]> {
    const filter = scopedFilter({ open: true, ...(leadUnitId ? { leadUnitId } : {}) }, scope, 'unitIds');
    return this.collection.find(filter as Filter<TimelineRecord>, { projection: { case: 1 } }).toArray() as Promise<Pick<TimelineRecord, '_id' | 'case'>[]>;
  }
}
