import { Injectable, Logger } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import { MessagingService, type HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseCommands } from '../cases/case-commands.service';
import { CaseRepository } from '../cases/case.repository';
import { CASES, type CaseRecord } from '../cases/case.schema';
import { followReviewDecision, followWithdrawal, type FollowEffect } from './review-outcome';

/**
 * Follows feedback's decisions on a case: a review decided "change" reopens it for the unit
 * (case.reopened, reason review-changed), a withdrawal closes it (case.closed, reason withdrawn).
 * The change, its event and the incoming event's id are one write: a redelivery does nothing.
 */
@Injectable()
export class ReviewOutcomeService {
  private readonly log = new Logger(ReviewOutcomeService.name);

  constructor(
    private readonly cases: CaseRepository,
    private readonly commands: CaseCommands,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  onReviewDecided(event: DomainEvent<'feedback.review-decided'>): Promise<HandleOutcome> {
    const { decision, directions, newHandleBy, decidedAt } = event.payload;
    return this.follow(event, (state) =>
      followReviewDecision(state, { decision, decidedAt, ...(directions ? { directions } : {}), ...(newHandleBy ? { newHandleBy } : {}) }),
    );
  }

  onWithdrawn(event: DomainEvent<'petition.withdrawn'>): Promise<HandleOutcome> {
    return this.follow(event, (state) => followWithdrawal(state, event.payload.withdrawnAt));
  }

  private async follow(event: DomainEvent, decide: (state: CaseRecord) => FollowEffect): Promise<HandleOutcome> {
    const petitionId = event.petitionId!;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const record = await this.cases.findById(petitionId);
      // A petition withdrawn before any unit had it, or a review of a case another service
      // handled: nothing of handling's to change.
      if (!record) return 'ignored';
      if (record.processedEvents?.includes(event.id)) return 'duplicate';
      const effect = decide(record);
      if (effect.kind === 'ignored') {
        this.log.log(`${event.type} ${event.id} for ${record.caseNumber}: ${effect.reason}`);
        return 'ignored';
      }
      const now = this.clock.now();
      const outgoing = this.commands.eventOf(petitionId, effect.decision, now);
      const result = await this.cases.applyForEvent(petitionId, record.version, effect.decision, [outgoing], event.id, now);
      if (result === 'applied') this.messaging.kick(CASES, [petitionId]);
      if (result !== 'not-matched') return result;
      // The case changed meanwhile: decide again on the fresh state.
    }
    throw new Error(`case ${petitionId} kept changing while ${event.type} was applied`);
  }
}
