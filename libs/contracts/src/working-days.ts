import { isWorkday } from 'chinese-days';
import { endOfLocalDay, localDate, nextLocalDate, startOfLocalDay } from './calendar-days';

/**
 * Working days by the official calendar of public holidays and their make-up working days (调休):
 * `chinese-days`, kept up to date with the State Council's notices. One calendar for every
 * service that counts working days (routing's return window, feedback's return visits,
 * supervision's reminders and orders). Dates are local calendar dates of `timeZone`; the day of
 * the starting moment itself never counts.
 */

/** Whether a local calendar date (YYYY-MM-DD) is a working day: not a weekend or a holiday, or a make-up working day. */
export function isWorkingDay(date: string): boolean {
  return isWorkday(date);
}

/** The end of the n-th working day after the day of `from`. */
export function addWorkingDays(from: Date, n: number, timeZone: string): Date {
  let day = localDate(from, timeZone);
  let counted = 0;
  while (counted < n) {
    day = nextLocalDate(day);
    if (isWorkingDay(day)) counted += 1;
  }
  return endOfLocalDay(day, timeZone);
}

/** The start (00:00) of the first working day after the day of `at`. */
export function startOfNextWorkingDay(at: Date, timeZone: string): Date {
  let day = nextLocalDate(localDate(at, timeZone));
  while (!isWorkingDay(day)) day = nextLocalDate(day);
  return startOfLocalDay(day, timeZone);
}
