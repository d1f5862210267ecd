/**
 * Statutory periods in calendar days (信访工作条例 counts 日 as calendar days): a period of n days
 * from a moment ends at the END of the n-th day after it, in the district's time zone. Pure
 * functions on Intl, shared by the services that compute a deadline.
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

/** The calendar date (YYYY-MM-DD) after a calendar date. */
export function nextLocalDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The first instant (00:00) of a local calendar day. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d);
  return new Date(midnightUtc - zoneOffset(new Date(midnightUtc), timeZone));
}

/** The last instant (…23:59:59.999) of a local calendar day. */
export function endOfLocalDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d + 1);
  return new Date(midnightUtc - zoneOffset(new Date(midnightUtc), timeZone) - 1);
}

/**
 * The end of the `days`-th calendar day after `start` in `timeZone`: the day of `start` itself
 * does not count, so accepted on 1 Dec at 09:00 with 60 days → handle by 30 Jan 23:59:59.999.
 */
export function endOfDayAfter(start: Date, days: number, timeZone: string): Date {
  const [y, m, d] = localDate(start, timeZone).split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  return endOfLocalDay(last, timeZone);
}
