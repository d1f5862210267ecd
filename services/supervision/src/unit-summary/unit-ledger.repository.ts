import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Filter, UpdateFilter } from 'mongodb';
import type { Model } from 'mongoose';
import { inScope, scopedFilter, type UnitScope } from '@sunshine/auth';
import { applyOnce, isDuplicateKeyError, type ApplyResult } from '@sunshine/messaging';
import { safeCollection, trusted, type SafeCollection } from '@sunshine/platform';
import type { UnitCaseLine } from './unit-ledger';
import { UNIT_LEDGERS, type AppraisalRecord, type BulletinMention, type UnitLedgerRecord } from './unit-ledger.schema';

/**
 * The key of a case in a ledger's `cases`: the petition id when it is a plain id (UUIDs are), or
 * else an encoding without `.` and `$`, which field names must not contain.
 */
export function caseKey(petitionId: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(petitionId) ? petitionId : `~${Buffer.from(petitionId, 'utf8').toString('base64url')}`;
}

/** How many appraisals and bulletin mentions a ledger keeps. */
const KEEP_APPRAISALS = 8;
const KEEP_BULLETINS = 24;

/** Unit ledgers, addressed by unit id. Unit scope applied here. */
@Injectable()
export class UnitLedgerRepository {
  private readonly collection: SafeCollection<UnitLedgerRecord>;

  constructor(@InjectModel(UNIT_LEDGERS) ledgers: Model<UnitLedgerRecord>) {
    this.collection = safeCollection<UnitLedgerRecord>(ledgers);
  }

  /**
   * Put a case's line in a unit's ledger unless the ledger already holds one derived from as
   * many or more timeline entries. Idempotent, and the newest derivation wins whatever the order
   * in which concurrent handlers get here.
   */
  async saveLine(unitId: string, line: UnitCaseLine, version: number, now: Date, unitName?: string): Promise<boolean> {
    const path = `cases.${caseKey(line.petitionId)}`;
    const filter = { _id: unitId, $or: [{ [path]: trusted({ $exists: false }) }, { [`${path}.v`]: trusted({ $lt: version }) }] } as Filter<UnitLedgerRecord>;
    const update = { $set: { [path]: { ...line, v: version }, updatedAt: now, ...(unitName ? { unitName } : {}) } } as UpdateFilter<UnitLedgerRecord>;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const result = await this.collection.updateOne(filter, update);
      if (result.matchedCount > 0) return true;
      if (await this.collection.countDocuments({ _id: unitId } as Filter<UnitLedgerRecord>, { limit: 1 })) return false; // it has a newer line
      try {
        await this.collection.insertOne(this.newLedger(unitId, now));
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error; // another handler created it: try the update again
      }
    }
    throw new Error(`could not write the ledger line of ${line.petitionId} for ${unitId}`);
  }

  /** Record an appraisal of the unit, at most once per event. */
  recordAppraisal(unitId: string, appraisal: AppraisalRecord, eventId: string, now: Date): Promise<ApplyResult> {
    return this.applyToLedger(unitId, eventId, now, { appraisals: { $each: [appraisal], $slice: -KEEP_APPRAISALS } }, 'appraisals');
  }

  /** Record that a bulletin named the unit, at most once per event. */
  recordBulletin(unitId: string, bulletin: BulletinMention, eventId: string, now: Date): Promise<ApplyResult> {
    return this.applyToLedger(unitId, eventId, now, { bulletins: { $each: [bulletin], $slice: -KEEP_BULLETINS } }, 'bulletins');
  }

  /**
   * The ledger of a unit the caller may see: undefined when outside the caller's scope (another
   * unit's), an empty ledger when nothing about the unit has arrived yet.
   */
  async findInScope(unitId: string, scope: UnitScope): Promise<UnitLedgerRecord | undefined> {
    if (!inScope(scope, unitId)) return undefined;
    const found = await this.collection.findOne(scopedFilter({ _id: unitId }, scope, 'unitId') as Filter<UnitLedgerRecord>);
    return found ?? { ...this.newLedger(unitId, new Date(0)) };
  }

  private applyToLedger(unitId: string, eventId: string, now: Date, push: Record<string, unknown>, field: 'appraisals' | 'bulletins'): Promise<ApplyResult> {
    // A ledger first created by this event starts with everything but the fields the update itself writes.
    const onInsert = { unitId, cases: {}, createdAt: now, ...(field === 'appraisals' ? { bulletins: [] } : { appraisals: [] }) };
    return applyOnce(this.collection, { _id: unitId } as never, eventId, {
      $push: push,
      $set: { updatedAt: now },
      $setOnInsert: onInsert,
    } as UpdateFilter<UnitLedgerRecord>, { upsert: true });
  }

  private newLedger(unitId: string, now: Date): UnitLedgerRecord {
    return { _id: unitId, unitId, cases: {}, appraisals: [], bulletins: [], processedEvents: [], createdAt: now, updatedAt: now };
  }
}
