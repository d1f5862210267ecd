import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { DomainEvent } from '@sunshine/contracts';
import { MessagingService, PermanentEventError, type HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseCommands } from '../cases/case-commands.service';
import { CaseRepository } from '../cases/case.repository';
import { CASES } from '../cases/case.schema';
import { applyRatingBounded } from './rehandling-limit';

/**
 * The petitioner's rating decides what happens to the reply (满意度测评): dissatisfied reopens
 * the case for the unit (case.reopened, a new deadline, the reasons in its note) until the
 * re-handling limit is reached (then case.rehandling-limit-reached, see rehandling-limit.ts),
 * satisfied closes it (case.closed).
 * The change, its event and the rating's id are one write: a redelivered rating does nothing.
 */
@Injectable()
export class RatingOutcomeService {
  private readonly maxReopenings: number;

  constructor(
    private readonly cases: CaseRepository,
    private readonly commands: CaseCommands,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.maxReopenings = config.getOrThrow<number>('HANDLING_MAX_DISSATISFIED_REOPENINGS');
  }

  async onRated(event: DomainEvent<'feedback.rated'>): Promise<HandleOutcome> {
    const petitionId = event.petitionId!;
    // A linked co-petitioner's rating of the original case's reply (ratedViaPetitionId) is theirs:
    // feedback keeps it with their own petition; it never closes or reopens the original case.
    if (event.payload.ratedViaPetitionId) return 'ignored';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const record = await this.cases.findById(petitionId);
      if (!record) throw new PermanentEventError(`rating of case ${event.payload.caseNumber}, which handling does not know`, 'CASE.NOT_FOUND');
      if (record.processedEvents?.includes(event.id)) return 'duplicate';
      const now = this.clock.now();
      const { round, satisfaction, comment, reasons } = event.payload;
      const rating = { round, satisfaction, ...(comment ? { comment } : {}), ...(reasons?.length ? { reasons } : {}) };
      const effect = applyRatingBounded(record, rating, now, this.commands.policy, this.maxReopenings);
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
