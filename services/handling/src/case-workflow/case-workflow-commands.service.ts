import { Injectable } from '@nestjs/common';
import { createEvent } from '@sunshine/contracts';
import { unitScope, type Principal } from '@sunshine/auth';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseBusy, CaseNotFound } from '../cases/case.errors';
import { CASES } from '../cases/case.schema';
import type { WorkflowActor, WorkflowCase, WorkflowDecision } from './case-workflow';
import { CaseWorkflowRepository } from './case-workflow.repository';

const MAX_ATTEMPTS = 5;

/**
 * Runs a workflow command exactly as `CaseCommands` runs a unit's: read the case in the caller's
 * scope (another unit's case is 404 like an unknown one), let the pure rule decide, write the
 * new state and its one event in one update conditional on the version read; decide again on
 * the fresh state when a concurrent change won.
 */
@Injectable()
export class CaseWorkflowCommands {
  constructor(
    private readonly cases: CaseWorkflowRepository,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  async run(principal: Principal, petitionId: string, decide: (state: WorkflowCase, actor: WorkflowActor, now: Date) => WorkflowDecision) {
    const scope = unitScope(principal);
    const actor: WorkflowActor = {
      subject: principal.subject,
      ...(principal.unitId ? { unitId: principal.unitId } : {}),
      ...(principal.leaderId ? { leaderId: principal.leaderId } : {}),
    };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const record = await this.cases.findVisible(scope, petitionId);
      if (!record) throw new CaseNotFound();
      const now = this.clock.now();
      const decision = decide(record, actor, now);
      const event = createEvent(decision.event.type, { petitionId }, decision.event.payload as never, this.messaging.eventMeta(now));
      if (await this.cases.apply(petitionId, record.version, decision, event, now)) {
        this.messaging.kick(CASES, [petitionId]);
        return (await this.cases.findById(petitionId))!;
      }
    }
    throw new CaseBusy();
  }
}
