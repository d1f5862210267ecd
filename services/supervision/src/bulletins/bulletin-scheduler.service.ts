import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import { duePeriods } from './bulletin-period';
import { BulletinRepository } from './bulletin.repository';
import { BulletinSettings } from './bulletin-settings.provider';
import { bulletinIdOf, BulletinsService } from './bulletins.service';

/**
 * Publishes bulletins on schedule: the daily digest of yesterday at 08:00 (Asia/Shanghai by
 * default), the monthly bulletin on the 1st, the quarterly analysis on the first day of the
 * quarter. "Now" is the injected Clock. Every run publishes whatever is due and not yet published
 * within the catch-up horizon, so a service that was down catches up; two instances may run at
 * once — the bulletin's id is its period, and the second insert finds the first (no second event).
 */
@Injectable()
export class BulletinSchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(BulletinSchedulerService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<string[]>;

  constructor(
    private readonly bulletins: BulletinsService,
    private readonly stored: BulletinRepository,
    private readonly settings: BulletinSettings,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.scheduled) return;
    this.timer = setInterval(() => void this.runOnce().catch((error: unknown) => this.logger.error(`bulletin run failed: ${String(error)}`)), this.settings.scanMs);
    this.timer.unref();
    void this.runOnce().catch((error: unknown) => this.logger.error(`bulletin run failed: ${String(error)}`));
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Publish every due bulletin not yet published; returns the ids published by this run. */
  runOnce(): Promise<string[]> {
    this.running ??= this.publishDue().finally(() => (this.running = undefined));
    return this.running;
  }

  private async publishDue(): Promise<string[]> {
    const due = duePeriods(this.clock.now(), this.settings.timeZone, this.settings.catchUpDays);
    const existing = await this.stored.existing(due.map((p) => bulletinIdOf(p.kind, p.key)));
    const published: string[] = [];
    for (const period of due) {
      if (existing.has(bulletinIdOf(period.kind, period.key))) continue;
      const { view, created } = await this.bulletins.publish(period.kind, period.key, 'scheduler');
      if (created) published.push(view.bulletinId);
    }
    if (published.length) this.logger.log(`published ${published.join(', ')}`);
    return published;
  }
}
