import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { DomainEvent } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { verifyChain, type ChainEntry, type ChainVerdict } from './report-chain';
import { ReportHistoryRepository, type AppendOutcome } from './report-history.repository';
import { REPORT_HISTORY } from './report-history.schema';

/** Keeps published reports in the signed history and checks it (appraisals now; bulletins reuse it). */
@Injectable()
export class ReportHistoryService {
  private readonly key: string;

  constructor(
    private readonly history: ReportHistoryRepository,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.key = config.getOrThrow<string>('SUPERVISION_HISTORY_KEY');
  }

  /**
   * Keep a report (its exact JSON text) unless its subject is there already; the events that
   * announce it are built from the entry (its number and hash) and written with it in one write.
   */
  async keep(kind: string, subject: string, report: string, eventsFor: (entry: ChainEntry) => DomainEvent[]): Promise<AppendOutcome> {
    const outcome = await this.history.append({ kind, subject, createdAt: this.clock.now().toISOString(), report }, this.key, eventsFor);
    if ('appended' in outcome) this.messaging.kick(REPORT_HISTORY, [outcome.appended.seq]);
    return outcome;
  }

  async list(): Promise<ChainEntry[]> {
    return this.history.entries(false);
  }

  async verify(): Promise<ChainVerdict> {
    return verifyChain(await this.history.entries(true), this.key);
  }
}
