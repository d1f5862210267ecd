import type { Dayjs } from 'dayjs';
import { TIME_ZONE } from '../../i18n/format';
import type { BulletinKind } from './supervisor-api';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's local date in the district (Asia/Shanghai), whatever the browser's zone. */
function localToday(now = new Date()): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The key of a period (`2026-12-01`, `2026-12`, `2026-Q4`) from a calendar date. */
export function periodKey(kind: BulletinKind, date: { year: number; month: number; day: number }): string {
  if (kind === 'daily') return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  if (kind === 'monthly') return `${date.year}-${pad(date.month)}`;
  return `${date.year}-Q${Math.ceil(date.month / 3)}`;
}

/** The current period of a kind (it is still running, so its bulletin is provisional). */
export function currentPeriod(kind: BulletinKind, now = new Date()): string {
  return periodKey(kind, localToday(now));
}

export function keyOfDayjs(kind: BulletinKind, value: Dayjs): string {
  return periodKey(kind, { year: value.year(), month: value.month() + 1, day: value.date() });
}

/** The first calendar day of a period key, as y/m/d (for the date picker). */
export function dateOfKey(kind: BulletinKind, key: string): { year: number; month: number; day: number } | undefined {
  const daily = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (kind === 'daily' && daily) return { year: Number(daily[1]), month: Number(daily[2]), day: Number(daily[3]) };
  const monthly = /^(\d{4})-(\d{2})$/.exec(key);
  if (kind === 'monthly' && monthly) return { year: Number(monthly[1]), month: Number(monthly[2]), day: 1 };
  const quarterly = /^(\d{4})-Q([1-4])$/.exec(key);
  if (kind === 'quarterly' && quarterly) return { year: Number(quarterly[1]), month: (Number(quarterly[2]) - 1) * 3 + 1, day: 1 };
  return undefined;
}

/** The end of a local calendar day as an ISO instant with the district's offset (+08:00, no DST). */
export function endOfLocalDay(value: Dayjs): string {
  return `${value.year()}-${pad(value.month() + 1)}-${pad(value.date())}T23:59:59.999+08:00`;
}

/** The start of a local calendar day as an ISO instant (+08:00). */
export function startOfLocalDay(value: Dayjs): string {
  return `${value.year()}-${pad(value.month() + 1)}-${pad(value.date())}T00:00:00.000+08:00`;
}
