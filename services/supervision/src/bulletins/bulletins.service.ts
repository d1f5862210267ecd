import { Injectable, Logger } from '@nestjs/common';
import { createEvent, type BulletinPeriod, type DomainEvent } from '@sunshine/contracts';
import { unitScope, type Principal } from '@sunshine/auth';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { rankHotTopics } from '../hot-topics/heat-index';
import { renderPdf } from '../documents/pdf';
import { renderXlsx } from '../documents/xlsx';
import { bulletinDocument } from './bulletin-document';
import { dueAt, parsePeriod, previousPeriod, periodAt, type BulletinPeriodRange } from './bulletin-period';
import { bulletinFactOf, deriveBulletinRow, type BulletinRow } from './bulletin-row';
import { dailyDigest, monthlyBulletin, quarterlyAnalysis, type Bulletin, type MonthlyBulletin } from './bulletins';
import { BulletinNotForUnits, BulletinPeriodInvalid, BulletinPeriodNotEnded, BulletinPeriodNotStarted } from './bulletins.errors';
import { BulletinCaseRepository } from './bulletin-case.repository';
import { BulletinRepository } from './bulletin.repository';
import { BULLETINS } from './bulletin.schema';
import { BulletinSettings } from './bulletin-settings.provider';

const DAY = 86_400_000;
const PREFIX: Record<BulletinPeriod, string> = { daily: 'D', monthly: 'M', quarterly: 'Q' };

/** `BL-D-2026-12-01`, `BL-M-2026-12`, `BL-Q-2026-Q4`: one bulletin per period. */
export const bulletinIdOf = (kind: BulletinPeriod, key: string) => `BL-${PREFIX[kind]}-${key}`;

export interface BulletinView {
  bulletinId: string;
  /** Published (stored and announced); otherwise computed now from the current rows. */
  published: boolean;
  publishedAt?: string;
  bulletin: Bulletin;
}

/**
 * The bulletins: the per-petition rows kept from the events, each bulletin computed from them,
 * published once per period (stored with its `supervision.bulletin-published` in one write) and
 * rendered as XLSX and PDF by the documents renderer.
 */
@Injectable()
export class BulletinsService {
  private readonly logger = new Logger(BulletinsService.name);

  constructor(
    private readonly cases: BulletinCaseRepository,
    private readonly bulletins: BulletinRepository,
    private readonly settings: BulletinSettings,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  /** Keep an event's fact and re-derive the petition's row (a redelivery repairs a crash between the two). */
  async record(event: DomainEvent): Promise<void> {
    const fact = bulletinFactOf(event);
    if (!fact || !event.petitionId) return;
    await this.cases.addFact(event.petitionId, fact);
    const facts = await this.cases.facts(event.petitionId);
    if (facts.length) await this.cases.saveRow(deriveBulletinRow(event.petitionId, facts, this.settings.timeZone), facts.length);
  }

  period(kind: BulletinPeriod, key: string): BulletinPeriodRange {
    const period = parsePeriod(kind, key, this.settings.timeZone);
    if (!period) throw new BulletinPeriodInvalid();
    return period;
  }

  /** The bulletin as a reader may see it: the published one, else computed now. */
  async view(kind: BulletinPeriod, key: string, principal: Principal): Promise<BulletinView> {
    const scope = unitScope(principal);
    if (!scope.all && kind !== 'monthly') throw new BulletinNotForUnits();
    const period = this.period(kind, key);
    const now = this.clock.now();
    if (period.start.getTime() > now.getTime()) throw new BulletinPeriodNotStarted();
    const bulletinId = bulletinIdOf(kind, key);
    const stored = await this.bulletins.get(bulletinId);
    const view: BulletinView = stored
      ? { bulletinId, published: true, publishedAt: stored.generatedAt.toISOString(), bulletin: stored.body }
      : { bulletinId, published: false, bulletin: await this.compute(period, now) };
    return scope.all ? view : { ...view, bulletin: forUnit(view.bulletin as MonthlyBulletin, scope.unitId) };
  }

  async document(kind: BulletinPeriod, key: string, principal: Principal, format: 'xlsx' | 'pdf'): Promise<Buffer> {
    const { bulletin } = await this.view(kind, key, principal);
    const document = bulletinDocument(bulletin);
    if (format === 'xlsx') return renderXlsx(document);
    const { pdf, missingGlyphs } = await renderPdf(document);
    if (missingGlyphs.length) this.logger.warn(`bulletin ${key}: the PDF font has no glyph for ${missingGlyphs.join(' ')}`);
    return pdf;
  }

  /** Compute a bulletin from the current rows. */
  async compute(period: BulletinPeriodRange, now: Date): Promise<Bulletin> {
    const tz = this.settings.timeZone;
    const from = new Date(period.start.getTime() - this.settings.lookbackDays * DAY);
    const rows = await this.cases.rowsReceived(from, period.end);
    if (period.kind === 'daily') return dailyDigest(rows, period, now);
    if (period.kind === 'monthly') return monthlyBulletin(rows, period, now);
    const previous = previousPeriod(period, tz);
    const months: BulletinPeriodRange[] = [];
    for (let m = periodAt('monthly', period.start, tz); m.start < period.end; m = periodAt('monthly', m.end, tz)) months.push(m);
    const previousRows = rows.filter((r) => inside(r, previous));
    const to = new Date(Math.min(now.getTime(), period.end.getTime()) - 1);
    return quarterlyAnalysis(rows, previousRows, period, previous, months, rankHotTopics(rows, period.start, to), now);
  }

  /**
   * Publish the bulletin of an ended period: computed now, stored with its event in one write.
   * Idempotent: a period already published (by another instance, the scheduler or an earlier
   * request) keeps its first bulletin, and `created` is false.
   */
  async publish(kind: BulletinPeriod, key: string, publishedBy: string): Promise<{ view: BulletinView; created: boolean }> {
    const period = this.period(kind, key);
    const now = this.clock.now();
    if (period.end.getTime() > now.getTime()) throw new BulletinPeriodNotEnded();
    const bulletinId = bulletinIdOf(kind, key);
    const existing = await this.bulletins.get(bulletinId);
    if (existing) return { view: { bulletinId, published: true, publishedAt: existing.generatedAt.toISOString(), bulletin: existing.body }, created: false };
    const bulletin = await this.compute(period, now);
    const event = createEvent(
      'supervision.bulletin-published',
      { subjectId: `bulletin:${bulletinId}` },
      {
        bulletinId,
        period: kind,
        periodKey: key,
        received: bulletin.totals.received,
        replied: bulletin.totals.replied,
        overdue: bulletin.totals.overdue,
        namedUnits: bulletin.namedUnits.slice(0, 500),
      },
      this.messaging.eventMeta(now),
    );
    const outcome = await this.bulletins.insert({ _id: bulletinId, kind, periodKey: key, generatedAt: now, publishedBy, body: bulletin }, [event]);
    if (outcome === 'duplicate') return this.publish(kind, key, publishedBy);
    this.messaging.kick(BULLETINS, [bulletinId]);
    return { view: { bulletinId, published: true, publishedAt: now.toISOString(), bulletin }, created: true };
  }

  /** When a period's bulletin is due (for the scheduler and the canvas). */
  dueAt(period: BulletinPeriodRange): Date {
    return dueAt(period, this.settings.timeZone);
  }
}

function inside(row: BulletinRow, period: BulletinPeriodRange): boolean {
  if (!row.receivedAt) return false;
  const t = new Date(row.receivedAt).getTime();
  return t >= period.start.getTime() && t < period.end.getTime();
}

/** A unit's view of the monthly bulletin: its own line, its own overdue cases and orders; the red and black lists as circulated. */
export function forUnit(bulletin: MonthlyBulletin, unitId: string): MonthlyBulletin {
  return {
    ...bulletin,
    units: bulletin.units.filter((u) => u.unitId === unitId),
    overdueCases: bulletin.overdueCases.filter((c) => c.unitId === unitId),
    unansweredOrders: bulletin.unansweredOrders.filter((o) => o.unitId === unitId),
    namedUnits: bulletin.namedUnits.filter((u) => u === unitId),
  };
}
