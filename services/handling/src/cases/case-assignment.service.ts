import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import { PermanentEventError, type HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { caseFileOf, reassign } from './case';
import { CaseRepository } from './case.repository';

/**
 * Turns routing's assignments into cases (交办 → 办理件). Each event is applied at most once;
 * a petition has one case however many times its assignment is delivered.
 */
@Injectable()
export class CaseAssignmentService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
  ) {}

  async onAssigned(event: DomainEvent<'petition.assigned'>): Promise<HandleOutcome> {
    const file = caseFileOf(event.payload);
    const now = this.clock.now();
    return this.cases.createOnce(event.petitionId!, file, { leadUnitId: file.leadUnitId, assistingUnitIds: file.assistingUnitIds, at: now }, event.id, now);
  }

  /** 改派: the case moves to the new lead unit; unknown so far, it is created as if assigned. */
  async onReassigned(event: DomainEvent<'petition.reassigned'>): Promise<HandleOutcome> {
    const petitionId = event.petitionId!;
    const file = caseFileOf(event.payload);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const now = this.clock.now();
      const existing = await this.cases.findById(petitionId);
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
      if (outcome.kind === 'contradiction') throw new PermanentEventError(outcome.reason, 'CASE.CLOSED');
      const result = await this.cases.reassign(petitionId, existing.version, outcome.set, outcome.assignment, event.id, now);
      if (result !== 'not-matched') return result;
      // Changed meanwhile (a unit acted): decide again on the fresh state.
    }
    throw new Error(`case ${petitionId} kept changing while being reassigned`);
  }
}
