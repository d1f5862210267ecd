import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import { applyOnce, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import { VISIT_SCHEDULE, type VisitScheduleRecord } from './visit-schedule.schema';

/** Visits due per case (回访提醒). A unit's staff see their own unit's only (scoped here). */
@Injectable()
export class VisitScheduleRepository {
  private readonly schedule: SafeCollection<VisitScheduleRecord>;

  constructor(@InjectModel(VISIT_SCHEDULE) model: Model<VisitScheduleRecord>) {
    this.schedule = safeCollection<VisitScheduleRecord>(model);
  }

  /** A reply: its round now awaits a visit by `dueBy` (at most once per event). */
  replied(petitionId: string, eventId: string, reply: { caseNumber: string; unitId: string; round: number; repliedAt: Date; dueBy: Date }): Promise<ApplyResult> {
    return applyOnce(this.schedule, { _id: petitionId } as Filter<VisitScheduleRecord>, eventId, { $set: reply } as UpdateFilter<VisitScheduleRecord>, { upsert: true });
  }

  /** A visit was recorded about `round`: that round and the earlier ones need none any more. */
  async visited(petitionId: string, round: number, visitedAt: Date): Promise<void> {
    await this.schedule.updateOne(
      { _id: petitionId } as Filter<VisitScheduleRecord>,
      { $max: { visitedRound: round, lastVisitedAt: visitedAt } } as UpdateFilter<VisitScheduleRecord>,
      { upsert: true },
    );
  }

  /** The cases of a unit (or of every unit, for cross-unit roles) with a reply; a scan, for listings only. */
  async repliedCases(scope: UnitScope, unitId: string | undefined): Promise<VisitScheduleRecord[]> {
    if (!scope.all && unitId && unitId !== scope.unitId) return [];
    const filter = scopedFilter({ ...(unitId ? { unitId } : {}), round: trusted({ $gte: 1 }) }, scope, 'unitId');
    return this.schedule.find(filter as Filter<VisitScheduleRecord>, { projection: { processedEvents: 0 } }).sort({ dueBy: 1, _id: 1 }).limit(5000).toArray() as Promise<VisitScheduleRecord[]>;
  }
}
