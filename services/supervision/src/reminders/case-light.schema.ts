import { Schema } from 'mongoose';
import { outboxPlugin, type OutboxFields } from '@sunshine/messaging';
import type { Light, StoredLimit } from './case-lights';

export const CASE_LIGHTS = 'case_lights';

/**
 * One case's stored warning lights (collection `case_lights`, `_id` = petitionId): a light per
 * time limit it has now (`limits`, see case-lights.ts), the worst of them, and when the scheduler
 * must look at it next (`nextCheckAt`; null: nothing will change by itself). Reminders are
 * published through this document's outbox in the same write that moves a light. Every write is
 * conditional on `rev`, so two scheduler instances can never both move the same light.
 * Read by the bulletins and the appraisal (what turned red, since when).
 */
export interface CaseLightRecord extends OutboxFields {
  _id: string;
  caseNumber: string;
  /** The lead unit (the one reminded and ordered). */
  unitId: string;
  /** The case is not finished. */
  open: boolean;
  limits: StoredLimit[];
  /** The worst light of `limits` and since when (ISO); null without limits. */
  light: Light | null;
  lightSince: string | null;
  nextCheckAt: Date | null;
  /** `case.returned` events of the case so far (a third one brings an automatic order). */
  returns: number;
  /** The unit of the latest return. */
  lastReturnedBy?: string;
  /** The automatic order issued for repeated returns. */
  returnsOrderId?: string;
  /** Optimistic concurrency: every write is conditional on it and increments it. */
  rev: number;
  /** The number of timeline entries the case's limits were taken from (older derivations are refused). */
  derivedFrom: number;
  createdAt: Date;
  updatedAt: Date;
}

export const CaseLightSchema = new Schema<CaseLightRecord>(
  {
    _id: { type: String, required: true },
    caseNumber: String,
    unitId: String,
    open: Boolean,
    limits: { type: Schema.Types.Mixed, default: () => [] },
    light: String,
    lightSince: String,
    nextCheckAt: Date,
    returns: Number,
    lastReturnedBy: String,
    returnsOrderId: String,
    rev: Number,
    derivedFrom: Number,
  },
  { collection: CASE_LIGHTS, versionKey: false, timestamps: true, minimize: false },
);
// The scheduler's query: cases whose next transition is due (MongoDB uses it; FerretDB scans).
CaseLightSchema.index({ nextCheckAt: 1 });
CaseLightSchema.plugin(outboxPlugin);
