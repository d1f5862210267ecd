import { Injectable, Logger } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import { PermanentEventError, type HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { sealCaseFile } from '../accusations/accused-units';
import { CaseWorkflowRepository } from '../case-workflow/case-workflow.repository';
import { instructionRecord } from '../leader-cases/leader-review';
import { caseFileOf, reassign, type CaseFile } from './case';
import { CaseRepository } from './case.repository';

/**
 * Turns routing's assignments into cases (交办 → 办理件). Each event is applied at most once;
 * a petition has one case however many times its assignment is delivered.
 */
@Injectable()
export class CaseAssignmentService {
  private readonly logger = new Logger(CaseAssignmentService.name);

  constructor(
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
    private readonly workflow: CaseWorkflowRepository,
  ) {}

  /**
   * The case file without any unit the report accuses (条例 art. 45): an accused assisting unit
   * is dropped (with a warning: routing should never have named it); an accused lead unit makes
   * the assignment unusable (DLQ), since no unit could then be given the case.
   */
  private sealed(event: DomainEvent<'petition.assigned' | 'petition.reassigned'>, keptAccused: readonly string[] = []): CaseFile {
    const sealed = sealCaseFile(caseFileOf(event.payload), event.payload.accusedUnitIds, keptAccused);
    if (sealed.kind === 'refused') throw new PermanentEventError(sealed.reason, 'CASE.LEAD_UNIT_ACCUSED');
    if (sealed.dropped.length) {
      this.logger.warn({ petitionId: event.petitionId, eventId: event.id, dropped: sealed.dropped.length }, 'an accused unit was named on the case and was left out');
    }
    return sealed.file;
  }

  async onAssigned(event: DomainEvent<'petition.assigned'>): Promise<HandleOutcome> {
    const file = this.sealed(event);
    const now = this.clock.now();
    return this.cases.createOnce(event.petitionId!, file, { leadUnitId: file.leadUnitId, assistingUnitIds: file.assistingUnitIds, at: now }, event.id, now);
  }

  /** 改派: the case moves to the new lead unit; unknown so far, it is created as if assigned. */
  async onReassigned(event: DomainEvent<'petition.reassigned'>): Promise<HandleOutcome> {
    const petitionId = event.petitionId!;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const now = this.clock.now();
      const existing = await this.cases.findById(petitionId);
      // Once accused, always accused: a reassignment never brings the case to a unit the report accuses.
      const kept = ((existing as { accusedUnitIds?: string[] } | null)?.accusedUnitIds ?? []);
      const file = this.sealed(event, kept);
      if (!existing) {
        const created = await this.cases.createOnce(
          petitionId,
          file,
          { leadUnitId: file.leadUnitId, assistingUnitIds: file.assistingUnitIds, at: now, reason: event.payload.reason },
          event.id,
          now,
        );
        if (created === 'applied' || created === 'duplicate') return created;
        continue;
      }
      if (existing.processedEvents?.includes(event.id)) return 'duplicate';
      const outcome = reassign(existing, file, event.payload.reason, now);
      if (outcome.kind === 'contradiction') throw new PermanentEventError(outcome.reason, outcome.code);
      const result = await this.cases.reassign(petitionId, existing.version, outcome.set, outcome.assignment, event.id, now);
      if (result !== 'not-matched') return result;
      // Changed meanwhile (a unit acted): decide again on the fresh state.
    }
    throw new Error(`case ${petitionId} kept changing while being reassigned`);
  }

  /** 领导批示 on an assigned case: recorded on it, once per event; retried (then DLQ) while the case is unknown. */
  async onLeaderInstructed(event: DomainEvent<'petition.leader-instructed'>): Promise<HandleOutcome> {
    const result = await this.workflow.addInstruction(event.petitionId!, instructionRecord(event.payload), event.id, this.clock.now());
    if (result === 'not-matched') throw new Error(`case ${event.petitionId} is not known yet`);
    return result;
  }
}
