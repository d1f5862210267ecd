import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import { MessagingService, PermanentEventError, type HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { applyRating } from '../cases/case';
import { CaseCommands } from '../cases/case-commands.service';
import { CaseRepository } from '../cases/case.repository';
import { CASES } from '../cases/case.schema';

/**
 * The petitioner's rating decides what happens to the reply (满意度测评): dissatisfied reopens
 * the case for the unit (case.reopened, a new deadline), satisfied closes it (case.closed).
 * The change, its event and the rating's id are one write: a redelivered rating does nothing.
 */
@Injectable()
export class RatingOutcomeService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly commands: CaseCommands,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  async onRated(event: DomainEvent<'feedback.rated'>): Promise<HandleOutcome> {
    const petitionId = event.petitionId!;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const record = await this.cases.findById(petitionId);
      if (!record) throw new PermanentEventError(`rating of case ${event.payload.caseNumber}, which handling does not know`, 'CASE.NOT_FOUND');
      if (record.processedEvents?.includes(event.id)) return 'duplicate';
      const now = this.clock.now();
      const { round, satisfaction, comment } = event.payload;
      const effect = applyRating(record, { round, satisfaction, ...(comment ? { comment } : {}) }, now, this.commands.policy);
      if (effect.kind === 'contradiction') throw new PermanentEventError(effect.reason, 'CASE.RATING_CONTRADICTS');
      if (effect.kind === 'stale') return 'ignored';
      const outgoing = this.commands.eventOf(petitionId, effect.decision, now);
      const result = await this.cases.applyForEvent(petitionId, record.version, effect.decision, [outgoing], event.id, now);
      if (result === 'applied') this.messaging.kick(CASES, [petitionId]);
      if (result !== 'not-matched') return result;
      // The case changed meanwhile: decide again on the fresh state.
    }
    throw new Error(`case ${petitionId} kept changing while its rating was applied`);
  }
}
