import type { WarningLight } from './vocabulary';

/**
 * The handling warning light (警示灯, MISSION 4.1): computed, never stored, from a case's current
 * statutory deadline and the time now, so it changes as time passes without any event.
 *
 * Rule, for the current deadline `dueAt` of a period that started at `startedAt`:
 * - red    — now is after `dueAt`. The deadline instant itself is still in time: 信访工作条例
 *            counts "within 15 / 60 days", the last day included.
 * - yellow — now is at or before `dueAt` and the time left is at most
 *            max(`yellowDays`, `yellowFraction` × the period). With the defaults (3 days, 20 %):
 *            the last 3 days of the 15-day acceptance period (art. 31) and the last 12 days of the
 *            60-day handling period (art. 32); 18 days of an extended 90-day period.
 * - green  — otherwise.
 * - stopped clock (the unit replied): red if the reply came after `dueAt`, else green; never
 *   yellow, since nothing is pending on the unit any more.
 * - none   — no unit deadline runs: closed, concluded, withdrawn, not accepted, merged into an
 *            earlier case, under review, or replied and rated.
 *
 * Shared by supervision (timelines, ledgers) and handling (a leader's own cases, 领导包案), so the
 * two services can never show different lights for the same dates.
 *
 * Why these thresholds: yellow is when the administrator's reminder (催办) goes out, so it must
 * leave a unit enough time to still act. The 3-day floor is about the least a unit needs to draft
 * a written reply, get it signed off (领导签发) and deliver it; the proportional share gives long
 * periods more warning, so a complex case can still take one more investigation step or apply,
 * before the period ends, for the one extension of at most 30 days that art. 32 allows. Both are
 * configuration (SUPERVISION_YELLOW_DAYS, SUPERVISION_YELLOW_FRACTION), not law.
 */

export const DAY_MS = 86_400_000;

/** Which statutory deadline a clock runs against. */
export type DeadlineKind = 'accept-by' | 'handle-by';

/** The deadline a case's light is computed from. Dates are ISO 8601 strings. */
export interface CaseClock {
  deadline: DeadlineKind;
  /** When the period began: receipt, assignment, acceptance or reopening. */
  startedAt: string;
  dueAt: string;
  /** When the unit acted (replied): the light is judged at that moment and no longer moves. */
  stoppedAt?: string;
}

export interface LightRule {
  /** Yellow when at most this many days are left… */
  yellowDays: number;
  /** …or at most this share of the period (0–1) is left, whichever is longer. */
  yellowFraction: number;
}

export const DEFAULT_LIGHT_RULE: LightRule = { yellowDays: 3, yellowFraction: 0.2 };

/** The light of a clock at `now`; null when no unit deadline runs. */
export function warningLight(clock: CaseClock | undefined | null, now: Date, rule: LightRule = DEFAULT_LIGHT_RULE): WarningLight | null {
  if (!clock) return null;
  const due = Date.parse(clock.dueAt);
  if (Number.isNaN(due)) return null;
  if (clock.stoppedAt) return Date.parse(clock.stoppedAt) > due ? 'red' : 'green';
  const at = now.getTime();
  if (at > due) return 'red';
  const left = due - at;
  const period = Math.max(0, due - Date.parse(clock.startedAt));
  const window = Math.max(rule.yellowDays * DAY_MS, rule.yellowFraction * (Number.isNaN(period) ? 0 : period));
  return left <= window ? 'yellow' : 'green';
}

/** When a running clock turns yellow (for telling a unit how long it has); undefined when stopped. */
export function yellowFrom(clock: CaseClock, rule: LightRule = DEFAULT_LIGHT_RULE): Date | undefined {
  if (clock.stoppedAt) return undefined;
  const due = Date.parse(clock.dueAt);
  const period = Math.max(0, due - Date.parse(clock.startedAt));
  return new Date(due - Math.max(rule.yellowDays * DAY_MS, rule.yellowFraction * period));
}
