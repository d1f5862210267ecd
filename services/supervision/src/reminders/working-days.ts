import { isWorkday } from 'chinese-days';

/**
 * Working days by the official calendar of public holidays and their make-up working days (调休)
 * — `chinese-days`, kept up to date with the State Council's notices, as routing's deadlines use
 * it. Dates are local calendar dates of the district's time zone (Asia/Shanghai by default).
 */

/** The calendar date (YYYY-MM-DD) of a moment in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Offset of the zone from UTC at a moment, in ms (Asia/Shanghai: +8 h, no DST). */
function zoneOffset(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The first instant (00:00) of a local calendar day. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d);
  return new Date(midnightUtc - zoneOffset(new Date(midnightUtc), timeZone));
}

/** The last instant of a local calendar day. */
export function endOfLocalDay(date: string, timeZone: string): Date {
  return new Date(startOfLocalDay(nextDate(date), timeZone).getTime() - 1);
}

/** The start of the first working day after the day of `at` (the day of `at` itself never counts). */
export function startOfNextWorkingDay(at: Date, timeZone: string): Date {
  let day = nextDate(localDate(at, timeZone));
  while (!isWorkday(day)) day = nextDate(day);
  return startOfLocalDay(day, timeZone);
}

/** The end of the n-th working day after the day of `from`. */
export function addWorkingDays(from: Date, n: number, timeZone: string): Date {
  let day = localDate(from, timeZone);
  let counted = 0;
  while (counted < n) {
    day = nextDate(day);
    if (isWorkday(day)) counted += 1;
  }
  return endOfLocalDay(day, timeZone);
}
