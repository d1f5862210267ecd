import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import { scopedFilter, type UnitScope } from '@sunshine/auth';
import { applyOnce, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, type SafeCollection } from '@sunshine/platform';
import { FEEDBACK_CASES, type FeedbackCaseRecord } from './feedback-case.schema';

/**
 * Feedback's record of each petition. Every change comes from an event and is applied at most
 * once (the event id is recorded in the same write); a document is created by whichever event
 * arrives first, and the other consumer's event is still applied when both race to create it.
 */
@Injectable()
export class FeedbackCaseRepository {
  private readonly cases: SafeCollection<FeedbackCaseRecord>;

  constructor(@InjectModel(FEEDBACK_CASES) model: Model<FeedbackCaseRecord>) {
    this.cases = safeCollection<FeedbackCaseRecord>(model);
  }

  /** The case if the caller's unit made its latest reply (cross-unit roles: any case). */
  findVisible(scope: UnitScope, petitionId: string): Promise<FeedbackCaseRecord | null> {
    return this.cases.findOne(scopedFilter({ _id: petitionId }, scope, 'unitId') as Filter<FeedbackCaseRecord>);
  }

  findById(petitionId: string): Promise<FeedbackCaseRecord | null> {
    return this.cases.findOne({ _id: petitionId } as Filter<FeedbackCaseRecord>);
  }

  /**
   * Apply an event's fields. `set` are the event's own facts; `initial` fills what a document
   * created by this event would otherwise lack (a later event of the other topic completes it).
   */
  apply(petitionId: string, eventId: string, set: Partial<FeedbackCaseRecord>, initial: Partial<FeedbackCaseRecord>, now: Date): Promise<ApplyResult> {
    const onInsert: Record<string, unknown> = { createdAt: now };
    for (const [key, value] of Object.entries(initial)) if (!(key in set)) onInsert[key] = value;
    // Intake's and handling's consumers may race to create the document; applyOnce then applies
    // the loser's update to the winner's document rather than dropping it.
    return applyOnce(
      this.cases,
      { _id: petitionId } as Filter<FeedbackCaseRecord>,
      eventId,
      { $set: { ...set, updatedAt: now }, $setOnInsert: onInsert } as unknown as UpdateFilter<FeedbackCaseRecord>,
      { upsert: true },
    );
  }
}
