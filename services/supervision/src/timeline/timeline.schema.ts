import { Schema } from 'mongoose';
import type { DuplicateRelation } from '@sunshine/contracts';
import { outboxPlugin, type InboxFields, type OutboxFields } from '@sunshine/messaging';
import type { CaseState } from './case-state';
import type { TimelineEntry } from './timeline-entry';

export const TIMELINES = 'timelines';

/** A later petition that routing linked to this one (判重), recorded on the original. */
export interface LinkedDuplicate {
  petitionId: string;
  caseNumber: string;
  relation: DuplicateRelation;
  linkedAt: Date;
}

/**
 * One petition's timeline: every event applied to it (at most once: `processedEvents`), in
 * arrival order, and the case state derived from them in time order. The derived part is a cache
 * for listings and scoping, written only by a derivation from at least as many entries
 * (`derivedFrom`), so a slower concurrent handler can never put an older state back.
 */
export interface TimelineRecord extends OutboxFields, InboxFields {
  _id: string;
  entries: TimelineEntry[];
  linkedDuplicates: LinkedDuplicate[];
  /** Later petitions whose link to this one was undone (`petition.link-undone`). */
  unlinkedDuplicates?: string[];
  case?: CaseState;
  derivedFrom?: number;
  /** Derived: the case is not finished. */
  open?: boolean;
  /** Derived: the units that may read it (lead and assisting); the scope field. */
  unitIds: string[];
  leadUnitId?: string;
  createdAt: Date;
  updatedAt: Date;
}

export const TimelineSchema = new Schema<TimelineRecord>(
  {
    _id: { type: String, required: true },
    entries: { type: Schema.Types.Mixed, default: () => [] },
    linkedDuplicates: { type: Schema.Types.Mixed, default: () => [] },
    unlinkedDuplicates: { type: [String], default: undefined },
    case: Schema.Types.Mixed,
    derivedFrom: Number,
    open: Boolean,
    unitIds: { type: [String], default: () => [] },
    leadUnitId: String,
  },
  { collection: TIMELINES, versionKey: false, timestamps: true, minimize: false },
);
TimelineSchema.plugin(outboxPlugin);
