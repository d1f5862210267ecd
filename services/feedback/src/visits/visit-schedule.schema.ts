import { Schema } from 'mongoose';
import type { InboxFields } from '@sunshine/messaging';

export const VISIT_SCHEDULE = 'visit_schedule';

/**
 * Which reply of a case awaits its return visit (`_id` = petitionId): the latest reply round and
 * its unit from `case.replied`, when the visit falls due, and the latest round a visit was
 * recorded for. A visit may be recorded before the reply's event arrives here; the two write
 * different fields, so either order ends the same.
 */
export interface VisitScheduleRecord extends InboxFields {
  _id: string;
  caseNumber?: string;
  unitId?: string;
  round?: number;
  repliedAt?: Date;
  dueBy?: Date;
  visitedRound?: number;
  lastVisitedAt?: Date;
}

export const VisitScheduleSchema = new Schema<VisitScheduleRecord>(
  {
    _id: { type: String, required: true },
    caseNumber: String,
    unitId: String,
    round: Number,
    repliedAt: Date,
    dueBy: Date,
    visitedRound: Number,
    lastVisitedAt: Date,
    processedEvents: { type: [String], default: [] },
  },
  { collection: VISIT_SCHEDULE, versionKey: false, minimize: false },
);
