import { createHash } from 'node:crypto';
import { warningLight, yellowFrom, type LightRule, type ReminderDeadline, type SupervisionOrderReason, type WarningLight } from '@sunshine/contracts';
import type { CaseState } from '../timeline/case-state';
import { startOfNextWorkingDay } from './working-days';

/**
 * The reminder chain (MISSION 4.1: administrator reminder → warning light → … → supervision
 * order), as pure decisions over a case's stored lights. The scheduler stores, per case, one
 * light per time limit it watches and moves it only forward:
 *
 *   green ──(≤ the yellow share of the limit left)──▶ yellow ──(the limit passed)──▶ red
 *     │                                                 reminder                    reminder
 *     └──────────────(found already past, e.g. after downtime)────────────────────▶ red
 *                                                                                   reminder once
 *   red (accept-by, handle-by, promised-by, visit-by) ──(start of the next working day)──▶ order
 *
 * A limit is identified by its key and its due date: when a case's deadline moves (extension,
 * reopening, reassignment), it is a new limit, starting green, and may be reminded of again. A
 * limit that no longer runs (the unit replied, the case closed) is dropped with its pending order.
 * The rule for the light itself is libs/contracts/src/warning-light.ts, with a rule per limit.
 */

export type LimitKind = ReminderDeadline;
export type Light = WarningLight;

/** A time limit the case has now (from its derived state, or an open supervision order). */
export interface WatchedLimit {
  /** `accept-by`, `handle-by`, `promised-by`, `visit-by` or `order-due-by~<orderId>`. */
  key: string;
  kind: LimitKind;
  /** ISO: when the period began (assignment, acceptance, the reply, the order). */
  startedAt: string;
  /** ISO: the limit's last instant still in time. */
  dueAt: string;
  /** For `order-due-by`: the order. */
  orderId?: string;
}

/** The stored light of one limit (collection `case_lights`, field `limits`). */
export interface StoredLimit extends WatchedLimit {
  light: Light;
  /** ISO: since when the light is what it is (the instant it turned, not when it was noticed). */
  since: string;
  /** The lights a reminder went out for, for this limit and due date. */
  reminded: Light[];
  /** Red on a limit that orders: the start of the next working day, when the automatic order is due. */
  orderAt?: string;
  /** The automatic order once issued. */
  autoOrderId?: string;
}

/** Limits whose passing brings an automatic supervision order (reason `overdue`). */
export const ORDERING_KINDS: ReadonlySet<LimitKind> = new Set<LimitKind>(['accept-by', 'handle-by', 'promised-by', 'visit-by']);

export type LimitRules = Record<LimitKind, LightRule>;

const RANK: Record<Light, number> = { green: 0, yellow: 1, red: 2 };
const iso = (ms: number) => new Date(ms).toISOString();

/** The limits a case has now, from its derived state: its unit clock, a promised completion date. */
export function watchedLimitsOf(state: CaseState): WatchedLimit[] {
  const limits: WatchedLimit[] = [];
  if (!state.open || !state.leadUnitId) return limits;
  const clock = state.clock;
  if (clock && !clock.stoppedAt) limits.push({ key: clock.deadline, kind: clock.deadline, startedAt: clock.startedAt, dueAt: clock.dueAt });
  const promise = state.workflow?.promise;
  if (promise && !promise.completedAt) {
    const reply = state.replies.filter((r) => r.round === promise.round).at(-1);
    limits.push({ key: 'promised-by', kind: 'promised-by', startedAt: reply?.repliedAt ?? promise.promisedBy, dueAt: promise.promisedBy });
  }
  return limits;
}

/** The watched limit of an open supervision order. */
export function orderLimit(orderId: string, issuedAt: string, dueBy: string): WatchedLimit {
  return { key: `order-due-by~${orderId}`, kind: 'order-due-by', startedAt: issuedAt, dueAt: dueBy, orderId };
}

/**
 * The stored limits after the case's limits changed: a limit with the same key and due date keeps
 * its light and reminders; a new or moved one starts green (the next evaluation judges it). Order
 * limits are not the case's: they stay until the order is answered (`dropOrderLimit`).
 */
export function mergeLimits(stored: readonly StoredLimit[], watched: readonly WatchedLimit[]): { limits: StoredLimit[]; changed: boolean } {
  const orders = stored.filter((l) => l.kind === 'order-due-by');
  const caseLimits = stored.filter((l) => l.kind !== 'order-due-by');
  const limits = watched.map((w): StoredLimit => {
    const same = caseLimits.find((l) => l.key === w.key && l.dueAt === w.dueAt);
    return same ?? { ...w, light: 'green', since: w.startedAt, reminded: [] };
  });
  const changed = limits.length !== caseLimits.length || limits.some((l) => !caseLimits.includes(l));
  return { limits: [...limits, ...orders], changed };
}

export interface Evaluation {
  limit: StoredLimit;
  /** The lights to remind the unit of now (at most one: red when it went straight to red). */
  remind: Light[];
  /** An automatic `overdue` order is due now. */
  orderDue: boolean;
  /** When this limit needs looking at again; null: never (red and its order done). */
  nextCheckAt: Date | null;
}

/** Move one limit's light forward to what it is at `now`, and say what that calls for. */
export function evaluateLimit(stored: StoredLimit, now: Date, rule: LightRule, timeZone: string): Evaluation {
  const clock = { deadline: 'handle-by' as const, startedAt: stored.startedAt, dueAt: stored.dueAt };
  const lightNow = warningLight(clock, now, rule) ?? 'green';
  const limit: StoredLimit = { ...stored, reminded: [...stored.reminded] };
  const remind: Light[] = [];
  const due = Date.parse(stored.dueAt);
  const yellowAt = yellowFrom(clock, rule)?.getTime() ?? due;
  if (RANK[lightNow] > RANK[stored.light]) {
    limit.light = lightNow;
    limit.since = lightNow === 'red' ? iso(due + 1) : iso(Math.max(yellowAt, Date.parse(stored.startedAt)));
    if (!limit.reminded.includes(lightNow)) {
      limit.reminded.push(lightNow);
      remind.push(lightNow);
    }
  }
  if (limit.light === 'red' && ORDERING_KINDS.has(limit.kind) && !limit.orderAt) {
    // The order goes out the next working day at the start of the day: a limit that passed on
    // Friday evening (or before a holiday) is ordered on the next working morning.
    limit.orderAt = startOfNextWorkingDay(new Date(due + 1), timeZone).toISOString();
  }
  const orderDue = limit.light === 'red' && !!limit.orderAt && !limit.autoOrderId && Date.parse(limit.orderAt) <= now.getTime();
  let nextCheckAt: Date | null;
  if (limit.light === 'green') nextCheckAt = new Date(Math.max(yellowAt, now.getTime()));
  else if (limit.light === 'yellow') nextCheckAt = new Date(due + 1);
  else nextCheckAt = limit.orderAt && !limit.autoOrderId ? new Date(limit.orderAt) : null;
  return { limit, remind, orderDue, nextCheckAt };
}

/** A limit's identity: its key and due date (a moved deadline is another limit). */
export function limitId(limit: WatchedLimit): string {
  return `${limit.key}~${new Date(limit.dueAt).toISOString()}`;
}

/** The earliest of the limits' next checks (null when none needs one). */
export function earliest(dates: readonly (Date | null)[]): Date | null {
  const times = dates.filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}

/** The worst light of a case's limits, and since when (what listings show). */
export function worstLight(limits: readonly StoredLimit[]): { light: Light; since: string } | null {
  let worst: StoredLimit | undefined;
  for (const l of limits) if (!worst || RANK[l.light] > RANK[worst.light] || (l.light === worst.light && l.since < worst.since)) worst = l;
  return worst ? { light: worst.light, since: worst.since } : null;
}

const digest = (parts: readonly string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20).toUpperCase();

/**
 * The id of an automatic order, derived from what caused it, so two scheduler instances (or a
 * restart half-way) can only ever create it once: the order's `_id` is unique.
 */
export function automaticOrderId(petitionId: string, reason: SupervisionOrderReason, cause: string): string {
  return `DB-A-${digest([petitionId, reason, cause])}`;
}

/** The id of a reminder (and of its notification), from the case, the limit, its due date and the light. */
export function reminderId(petitionId: string, key: string, dueAt: string, light: Light): string {
  return `RM-${digest([petitionId, key, new Date(dueAt).toISOString(), light])}`;
}
