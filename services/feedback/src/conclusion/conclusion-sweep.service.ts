import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createEvent } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { onConcludedElsewhere } from '../reviews/review-chain';
import { ReviewChainRepository } from '../reviews/review-chain.repository';
import { ReviewChainService } from '../reviews/review-chain.service';
import { conclusionDue } from './conclusion';

/** Records concluded per batch; the sweep takes batches until none is due. */
const BATCH = 100;

/**
 * 有果必结: every FEEDBACK_CONCLUSION_SWEEP_MS, concludes each matter whose review (or re-review)
 * window closed unused — `petition.concluded` (no-review-requested) in the same conditional write
 * that marks it, so two instances or a repeated sweep conclude it once. It selects by the indexed
 * due date, not by recency, so after downtime it catches up on everything that fell due meanwhile.
 */
@Injectable()
export class ConclusionSweepService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(ConclusionSweepService.name);
  private readonly everyMs: number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly repository: ReviewChainRepository,
    private readonly chains: ReviewChainService,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.everyMs = config.getOrThrow<number>('FEEDBACK_CONCLUSION_SWEEP_MS');
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.everyMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => 0);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.sweep();
    try {
      const concluded = await this.running;
      if (concluded) this.log.log(`concluded ${concluded} matter(s) whose review window closed`);
    } catch (error) {
      this.log.warn(`conclusion sweep failed, next in ${this.everyMs} ms: ${(error as Error).message}`);
    } finally {
      this.running = undefined;
    }
  }

  /** One sweep: every record due now. Returns how many it concluded. */
  async sweep(): Promise<number> {
    let concluded = 0;
    const skipped = new Set<string>();
    for (;;) {
      const due = (await this.repository.due(this.clock.now(), BATCH + skipped.size)).filter((id) => !skipped.has(id));
      if (!due.length) return concluded;
      for (const petitionId of due) {
        if (await this.conclude(petitionId)) concluded += 1;
        else skipped.add(petitionId);
      }
    }
  }

  private async conclude(petitionId: string): Promise<boolean> {
    const current = await this.repository.findById(petitionId);
    if (!current) return false;
    let published = false;
    await this.chains.run(petitionId, current.caseNumber, async (record, now) => {
      published = false;
      if (!record) return null;
      // A satisfied rating of this round concluded it already (its petition.concluded went with the rating).
      const satisfiedAt = await this.repository.satisfiedRatingOf(petitionId, record.round);
      if (satisfiedAt && !record.concluded) return { changes: onConcludedElsewhere(record, { reason: 'satisfied', at: satisfiedAt }), events: [] };
      const changes = conclusionDue(record, now);
      if (!changes) return null;
      published = true;
      const event = createEvent(
        'petition.concluded',
        { petitionId },
        { caseNumber: record.caseNumber, reason: changes.concluded!.reason, concludedAt: now.toISOString() },
        this.messaging.eventMeta(now),
      );
      return { changes, events: [event] };
    });
    return published;
  }
}
