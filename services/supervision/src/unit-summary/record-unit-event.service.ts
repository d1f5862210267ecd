import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import type { HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { UnitLedgerRepository } from './unit-ledger.repository';

/** Types about units rather than one petition. */
export const UNIT_EVENT_TYPES: ReadonlySet<string> = new Set(['appraisal.published', 'supervision.bulletin-published']);

/**
 * Notes in each unit's ledger the appraisals and bulletins that concern it, at most once per
 * unit and event (a redelivery after a partial run finishes the units still missing).
 */
@Injectable()
export class RecordUnitEventService {
  constructor(
    private readonly ledgers: UnitLedgerRepository,
    private readonly clock: Clock,
  ) {}

  async record(event: DomainEvent): Promise<HandleOutcome> {
    const now = this.clock.now();
    const outcomes: string[] = [];
    if (event.type === 'appraisal.published') {
      const { appraisalId, period } = event.payload;
      for (const unit of event.payload.units) {
        const appraisal = { appraisalId, period, score: unit.score, grade: unit.grade, rank: unit.rank, findings: unit.findings };
        outcomes.push(await this.ledgers.recordAppraisal(unit.unitId, appraisal, event.id, now));
      }
    } else if (event.type === 'supervision.bulletin-published') {
      const { bulletinId, period, periodKey } = event.payload;
      for (const unitId of new Set(event.payload.namedUnits)) {
        outcomes.push(await this.ledgers.recordBulletin(unitId, { bulletinId, period, periodKey }, event.id, now));
      }
    } else {
      return 'ignored';
    }
    if (outcomes.includes('applied')) return 'applied';
    return outcomes.length ? 'duplicate' : 'ignored';
  }
}
