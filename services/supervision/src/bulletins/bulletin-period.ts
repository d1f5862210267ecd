/**
 * Bulletin periods (一日一清理、一月一办结、一季一分析, MISSION 2.3): a day `2026-12-01`, a month
 * `2026-12`, a quarter `2026-Q4`, each a half-open range of instants [start, end) in the district's
 * time zone, and when each is due: 08:00 local on the first day after it (the daily digest of
 * yesterday at 08:00, the monthly bulletin on the 1st, the quarterly analysis on the first day of
 * the quarter). Pure: time zones through Intl only.
 */
import type { BulletinPeriod } from '@sunshine/contracts';

export interface BulletinPeriodRange {
  kind: BulletinPeriod;
  key: string;
  start: Date;
  end: Date;
}

const DAY_MS = 86_400_000;
/** The hour (local) at which a period's bulletin is due on the day after it ends. */
export const BULLETIN_HOUR = 8;

const PATTERNS: Record<BulletinPeriod, RegExp> = {
  daily: /^(\d{4})-(\d{2})-(\d{2})$/,
  monthly: /^(\d{4})-(\d{2})$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
};

/** Offset (ms) of `timeZone` from UTC at the instant `at`. */
function offsetAt(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(at / 1000) * 1000;
}

/** The instant of local wall time y-m-d h:00 in `timeZone` (months may overflow: 13 = next January). */
export function zonedInstant(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  let at = wall - offsetAt(wall, timeZone);
  at = wall - offsetAt(at, timeZone); // once more across a DST change (none in China; correct elsewhere)
  return new Date(at);
}

/** Local calendar date of an instant: `{ year, month, day }`. */
export function localDate(at: Date, timeZone: string): { year: number; month: number; day: number } {
  const local = new Date(at.getTime() + offsetAt(at.getTime(), timeZone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The keys of the day, month and quarter an instant falls in (local). */
export function periodKeysAt(at: Date, timeZone: string): { day: string; month: string; quarter: string } {
  const { year, month, day } = localDate(at, timeZone);
  return { day: `${year}-${pad(month)}-${pad(day)}`, month: `${year}-${pad(month)}`, quarter: `${year}-Q${Math.ceil(month / 3)}` };
}

/** The range of a period key, or undefined when the key is not one of that kind (or not a real date). */
export function parsePeriod(kind: BulletinPeriod, key: string, timeZone: string): BulletinPeriodRange | undefined {
  const match = PATTERNS[kind]?.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 2000 || year > 2999) return undefined;
  if (kind === 'daily') {
    const month = Number(match[2]);
    const day = Number(match[3]);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
    return { kind, key, start: zonedInstant(year, month, day, 0, timeZone), end: zonedInstant(year, month, day + 1, 0, timeZone) };
  }
  if (kind === 'monthly') {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return undefined;
    return { kind, key, start: zonedInstant(year, month, 1, 0, timeZone), end: zonedInstant(year, month + 1, 1, 0, timeZone) };
  }
  const first = (Number(match[2]) - 1) * 3 + 1;
  return { kind, key, start: zonedInstant(year, first, 1, 0, timeZone), end: zonedInstant(year, first + 3, 1, 0, timeZone) };
}

/** The period of `kind` that contains the instant. */
export function periodAt(kind: BulletinPeriod, at: Date, timeZone: string): BulletinPeriodRange {
  const keys = periodKeysAt(at, timeZone);
  const key = kind === 'daily' ? keys.day : kind === 'monthly' ? keys.month : keys.quarter;
  return parsePeriod(kind, key, timeZone) as BulletinPeriodRange;
}

/** The period just before this one. */
export function previousPeriod(period: BulletinPeriodRange, timeZone: string): BulletinPeriodRange {
  return periodAt(period.kind, new Date(period.start.getTime() - 1), timeZone);
}

/** When the bulletin of a period is due: BULLETIN_HOUR local on the day its period ended. */
export function dueAt(period: BulletinPeriodRange, timeZone: string): Date {
  const { year, month, day } = localDate(period.end, timeZone);
  return zonedInstant(year, month, day, BULLETIN_HOUR, timeZone);
}

/**
 * The periods whose bulletins are due at `now` and were due no longer than `catchUpDays` ago,
 * oldest first: the scheduler publishes those not yet published, so a service that was down
 * over 08:00 (or over the 1st of a month) catches up when it starts.
 */
export function duePeriods(now: Date, timeZone: string, catchUpDays: number): BulletinPeriodRange[] {
  const horizon = now.getTime() - catchUpDays * DAY_MS;
  const due: BulletinPeriodRange[] = [];
  for (const kind of ['daily', 'monthly', 'quarterly'] as const) {
    let period = previousPeriod(periodAt(kind, now, timeZone), timeZone);
    const found: BulletinPeriodRange[] = [];
    for (let i = 0; i < 400; i += 1) {
      const at = dueAt(period, timeZone).getTime();
      if (at <= horizon) break;
      if (at <= now.getTime()) found.push(period);
      period = previousPeriod(period, timeZone);
    }
    due.push(...found.reverse());
  }
  return due;
}

/** The local date `YYYY-MM-DD` of an ISO instant. */
export function localDay(iso: string | undefined, timeZone: string): string | undefined {
  return iso ? periodKeysAt(new Date(iso), timeZone).day : undefined;
}

/** Whole days between two instants (rounded down). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}
