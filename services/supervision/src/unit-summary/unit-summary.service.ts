import { Injectable } from '@nestjs/common';
import { unitScope, type Principal } from '@sunshine/auth';
import { Clock } from '@sunshine/platform';
import { SupervisionRules } from '../rules/supervision-rules.provider';
import type { UnitSummaryResponseDto } from './dto/unit-summary.response.dto';
import { summarise } from './unit-ledger';
import { UnitLedgerRepository } from './unit-ledger.repository';
import { UnitSummaryNotFound } from './unit-summary.errors';

/** A unit's summary from its ledger: one document read, lights computed with the clock now. */
@Injectable()
export class UnitSummaryService {
  constructor(
    private readonly ledgers: UnitLedgerRepository,
    private readonly rules: SupervisionRules,
    private readonly clock: Clock,
  ) {}

  async summary(unitId: string, principal: Principal): Promise<UnitSummaryResponseDto> {
    const ledger = await this.ledgers.findInScope(unitId, unitScope(principal));
    if (!ledger) throw new UnitSummaryNotFound();
    const lines = Object.values(ledger.cases ?? {});
    const latestAppraisal = [...(ledger.appraisals ?? [])].sort((a, b) => a.period.localeCompare(b.period)).at(-1);
    return {
      ...summarise(unitId, lines, this.clock.now(), this.rules.light, ledger.unitName),
      ...(latestAppraisal ? { latestAppraisal } : {}),
      namedInBulletins: ledger.bulletins ?? [],
    };
  }
}
