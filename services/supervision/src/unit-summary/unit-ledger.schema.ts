import { Schema } from 'mongoose';
import type { AppraisalFinding, AppraisalGrade, BulletinPeriod } from '@sunshine/contracts';
import type { InboxFields } from '@sunshine/messaging';
import type { UnitCaseLine } from './unit-ledger';

export const UNIT_LEDGERS = 'unit_ledgers';

/** A ledger line with the version (number of timeline entries) it was derived from. */
export type StoredLine = UnitCaseLine & { v: number };

export interface AppraisalRecord {
  appraisalId: string;
  period: string;
  score: number;
  grade: AppraisalGrade;
  rank: number;
  findings: AppraisalFinding[];
}

export interface BulletinMention {
  bulletinId: string;
  period: BulletinPeriod;
  periodKey: string;
}

/**
 * One unit's ledger, keyed by unit id: a line per case (`cases`, keyed by petition id), the
 * unit's name as assignments give it, and the appraisals and bulletins that named it (applied
 * at most once each: `processedEvents`).
 */
export interface UnitLedgerRecord extends InboxFields {
  _id: string;
  /** Same as `_id`: the scope field, so unit staff match only their own ledger. */
  unitId: string;
  unitName?: string;
  cases: Record<string, StoredLine>;
  appraisals: AppraisalRecord[];
  bulletins: BulletinMention[];
  createdAt: Date;
  updatedAt: Date;
}

export const UnitLedgerSchema = new Schema<UnitLedgerRecord>(
  {
    _id: { type: String, required: true },
    unitId: { type: String, required: true },
    unitName: String,
    cases: { type: Schema.Types.Mixed, default: () => ({}) },
    appraisals: { type: Schema.Types.Mixed, default: () => [] },
    bulletins: { type: Schema.Types.Mixed, default: () => [] },
    processedEvents: { type: [String], default: () => [] },
  },
  { collection: UNIT_LEDGERS, versionKey: false, timestamps: true, minimize: false },
);
