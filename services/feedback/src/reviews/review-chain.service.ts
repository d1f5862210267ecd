import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { DomainEvent } from '@sunshine/contracts';
import { MessagingService, type ApplyResult, type HandleOutcome } from '@sunshine/messaging';
import { Clock, DomainError } from '@sunshine/platform';
import { onConcludedElsewhere, onReopened, onReplied, type ChainChanges, type ReviewPolicy } from './review-chain';
import { ReviewChainRepository } from './review-chain.repository';
import { REVIEW_CHAINS, type ReviewChainRecord } from './review-chain.schema';

/** The review chain's settings (FEEDBACK_REVIEW_*, FEEDBACK_RE_REVIEW_*, FEEDBACK_TIME_ZONE). */
export function reviewPolicyOf(config: ConfigService): ReviewPolicy {
  return {
    reviewRequestDays: config.getOrThrow<number>('FEEDBACK_REVIEW_REQUEST_DAYS'),
    reviewDecisionDays: config.getOrThrow<number>('FEEDBACK_REVIEW_DECISION_DAYS'),
    reReviewRequestDays: config.getOrThrow<number>('FEEDBACK_RE_REVIEW_REQUEST_DAYS'),
    reReviewDecisionDays: config.getOrThrow<number>('FEEDBACK_RE_REVIEW_DECISION_DAYS'),
    changeHandleDays: config.getOrThrow<number>('FEEDBACK_CHANGE_HANDLE_DAYS'),
    timeZone: config.getOrThrow<string>('FEEDBACK_TIME_ZONE'),
    reviewBody: config.getOrThrow<string>('FEEDBACK_REVIEW_BODY'),
    reReviewBody: config.getOrThrow<string>('FEEDBACK_RE_REVIEW_BODY'),
  };
}

/** How many times a write re-reads and decides again when a concurrent one won. */
const MAX_ATTEMPTS = 5;

/** What a decision on the fresh record wants written: changes and their events (none: nothing to do). */
export type ChainDecision = { changes: ChainChanges; events: DomainEvent[] } | null;

/** The record changed on every attempt: 503 for a request (try again), a retry for an event. */
export class ChainBusy extends DomainError {
  constructor() {
    super({
      code: 'FEEDBACK.BUSY',
      status: 503,
      title: { 'zh-CN': '该件正在更新，请稍后重试', en: 'The case is being updated; try again shortly' },
    });
  }
}

/**
 * Runs every change of a review chain: read, let the domain decide, write conditionally with the
 * events in the same update, kick the relay. Also keeps the chain in step with handling's events
 * (reply → window, reopening → no window, closure after a satisfied rating → concluded).
 */
@Injectable()
export class ReviewChainService {
  readonly policy: ReviewPolicy;

  constructor(
    private readonly chains: ReviewChainRepository,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.policy = reviewPolicyOf(config);
  }

  /**
   * Decide on the fresh record and write. `decide` may throw a DomainError (a refusal): nothing
   * is written. Returns the record as written, or null when the decision was to do nothing.
   */
  async run(
    petitionId: string,
    caseNumber: string,
    decide: (current: ReviewChainRecord | null, now: Date) => ChainDecision | Promise<ChainDecision>,
    eventId?: string,
  ): Promise<{ result: ApplyResult | 'nothing'; record: ReviewChainRecord | null }> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const current = await this.chains.findById(petitionId);
      if (eventId && current?.processedEvents?.includes(eventId)) return { result: 'duplicate', record: current };
      const now = this.clock.now();
      const decision = await decide(current, now);
      if (!decision) return { result: 'nothing', record: current };
      const result = await this.chains.write(petitionId, caseNumber, current, decision.changes, decision.events, now, eventId);
      if (result === 'not-matched') continue;
      if (result === 'applied' && decision.events.length) this.messaging.kick(REVIEW_CHAINS, [petitionId]);
      return { result, record: await this.chains.findById(petitionId) };
    }
    throw new ChainBusy();
  }

  async onReplied(event: DomainEvent<'case.replied'>): Promise<HandleOutcome> {
    const { caseNumber, unitId, round, repliedAt } = event.payload;
    const reply = { round, unitId, repliedAt: new Date(repliedAt) };
    return this.follow(event, caseNumber, (state) => onReplied(state ?? { caseNumber, round: 0 }, reply, this.policy));
  }

  async onReopened(event: DomainEvent<'case.reopened'>): Promise<HandleOutcome> {
    return this.follow(event, event.payload.caseNumber, (state) => onReopened(state ?? { caseNumber: event.payload.caseNumber, round: 0 }));
  }

  /** Handling closes the case on a satisfied rating, whose `petition.concluded` was published with it. */
  async onClosed(event: DomainEvent<'case.closed'>): Promise<HandleOutcome> {
    const { caseNumber, reason, closedAt } = event.payload;
    if (reason !== 'satisfied' && reason !== 'basically-satisfied') return 'ignored';
    return this.follow(event, caseNumber, (state) => onConcludedElsewhere(state ?? { caseNumber, round: 0 }, { reason: 'satisfied', at: new Date(closedAt) }));
  }

  private async follow(event: DomainEvent, caseNumber: string, decide: (state: ReviewChainRecord | null) => ChainChanges): Promise<HandleOutcome> {
    const { result } = await this.run(
      event.petitionId!,
      caseNumber,
      (current) => {
        const changes = decide(current);
        // The event id is recorded even when it changes nothing, so it is recognised when redelivered.
        return { changes, events: [] };
      },
      event.id,
    );
    return result === 'nothing' || result === 'not-matched' ? 'ignored' : result;
  }
}
