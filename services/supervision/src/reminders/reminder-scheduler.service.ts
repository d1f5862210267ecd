import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createEvent, type DomainEvent } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { IssueOrderService } from '../orders/issue-order.service';
import { earliest, evaluateLimit, limitId, type StoredLimit } from './case-lights';
import { CASE_LIGHTS, type CaseLightRecord } from './case-light.schema';
import { CaseLightRepository } from './case-light.repository';
import { CaseLightsService, lightFields } from './case-lights.service';
import { ReminderSettings } from './reminder-settings.provider';

export interface ScanReport {
  cases: number;
  reminders: number;
  orders: number;
}

const BATCH = 200;
const MAX_BATCHES = 500;

/**
 * The reminder chain's scheduler: every SUPERVISION_SCAN_MS it takes the cases whose next
 * transition is due (`nextCheckAt` ≤ now — every open case is in there, so a scan after downtime
 * catches up on all of them, not a window of recent ones), moves their lights, queues the
 * reminders in the same conditional write, and issues the automatic orders that are due.
 * Safe with any number of instances: a light moves only by a write conditional on the row's
 * revision, and an automatic order's id derives from its cause. "Now" is the injected Clock.
 */
@Injectable()
export class ReminderSchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ReminderScheduler');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly rows: CaseLightRepository,
    private readonly lights: CaseLightsService,
    private readonly orders: IssueOrderService,
    private readonly settings: ReminderSettings,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.settings.scanMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return; // a long scan is not overlapped by the next one
    this.running = this.scan()
      .catch((error: unknown) => this.logger.error(`reminder scan failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
  }

  /** One pass over every case due at `now`. */
  async scan(now: Date = this.clock.now()): Promise<ScanReport> {
    const report: ScanReport = { cases: 0, reminders: 0, orders: 0 };
    // Rows that stay due after this pass (an order still pending) are skipped for the rest of it;
    // every other row moved its nextCheckAt past now, so the list stays short even when catching up.
    const skip: string[] = [];
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const rows = await this.rows.due(now, BATCH, skip);
      if (!rows.length) break;
      for (const row of rows) {
        if (await this.evaluate(row._id, now, report)) skip.push(row._id);
        report.cases += 1;
      }
    }
    return report;
  }

  /** Evaluate one row; true when it is still due at `now` afterwards (or another writer has it). */
  private async evaluate(petitionId: string, now: Date, report: ScanReport): Promise<boolean> {
    let ordersDue: StoredLimit[] = [];
    let current: CaseLightRecord | null = null;
    const written = await this.lights.change(petitionId, now, (row) => {
      ordersDue = [];
      current = row;
      if (!row?.nextCheckAt || row.nextCheckAt.getTime() > now.getTime()) return null; // another instance was first
      const evaluations = row.limits.map((l) => evaluateLimit(l, now, this.settings.limits[l.kind], this.settings.timeZone));
      const events: DomainEvent[] = evaluations.flatMap(({ limit, remind }) =>
        remind.map((light) =>
          createEvent(
            'supervision.reminded',
            { petitionId },
            { caseNumber: row.caseNumber, unitId: row.unitId, light, deadline: limit.kind, dueAt: new Date(limit.dueAt).toISOString(), ...(limit.orderId ? { orderId: limit.orderId } : {}) },
            this.messaging.eventMeta(now),
          ),
        ),
      );
      ordersDue = evaluations.filter((e) => e.orderDue).map((e) => e.limit);
      const limits = evaluations.map((e) => e.limit);
      // A pending repeated-returns order keeps the case due until it is issued (a crash in between retries it).
      const returnsPending = row.returns >= this.settings.repeatedReturns && !row.returnsOrderId;
      const nextCheckAt = returnsPending ? now : earliest(evaluations.map((e) => e.nextCheckAt));
      return { fields: { ...lightFields(limits), nextCheckAt }, events };
    });
    const row = current as CaseLightRecord | null;
    if (!written || !row) return true;
    if (written.events?.length) {
      report.reminders += written.events.length;
      this.messaging.kick(CASE_LIGHTS, [petitionId]);
    }
    for (const limit of ordersDue) {
      const cause = limitId(limit);
      await this.orders.issue(
        { petitionId, caseNumber: row.caseNumber, unitId: row.unitId, reasonCode: 'overdue', issuedBy: 'scheduler', automatic: { cause, limitKey: cause } },
        now,
      );
      report.orders += 1;
    }
    if (row.returns >= this.settings.repeatedReturns && !row.returnsOrderId) {
      const issued = await this.orders.issue(
        {
          petitionId,
          caseNumber: row.caseNumber,
          unitId: row.lastReturnedBy ?? row.unitId,
          reasonCode: 'repeated-returns',
          issuedBy: 'scheduler',
          automatic: { cause: `returns-${this.settings.repeatedReturns}` },
        },
        now,
      );
      await this.lights.returnsOrdered(petitionId, issued.orderId, now);
      report.orders += 1;
    }
    // Orders issued just now are marked on the row (nextCheckAt may be now for their due dates' limits).
    return ordersDue.length > 0 || (written.fields.nextCheckAt != null && written.fields.nextCheckAt.getTime() <= now.getTime());
  }
}
