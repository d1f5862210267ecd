import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import type { HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { appraisalFactOf, deriveAppraisalRow } from './appraisal-row';
import { AppraisalCaseRepository } from './appraisal-case.repository';
import { AppraisalRules } from './appraisal-rules.provider';

/**
 * Keeps the appraisal's per-case rows: appends the event's fact at most once, then derives the
 * row from all facts and stores it if derived from more facts than the stored one. The
 * derivation runs also for a redelivered event (it repairs a crash between the two writes).
 */
@Injectable()
export class RecordAppraisalFactService {
  constructor(
    private readonly cases: AppraisalCaseRepository,
    private readonly rules: AppraisalRules,
    private readonly clock: Clock,
  ) {}

  async record(event: DomainEvent): Promise<HandleOutcome> {
    const target = appraisalFactOf(event);
    if (!target) return 'ignored';
    const now = this.clock.now();
    const outcome = await this.cases.appendFact(target.petitionId, target.fact, now);
    const facts = await this.cases.factsOf(target.petitionId);
    await this.cases.saveRow(target.petitionId, deriveAppraisalRow(target.petitionId, facts, this.rules.timeZone), facts.length, now);
    return outcome === 'applied' ? 'applied' : 'duplicate';
  }
}
