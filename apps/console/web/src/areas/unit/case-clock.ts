import { useEffect, useState } from 'react';
import { warningLight, type CaseClock } from '@contracts/warning-light';
import type { WarningLight } from '@contracts/vocabulary';
import type { DueVisit, UnitCase } from './unit-api';

/**
 * Which statutory clock a case runs on now — the same rule as handling's leader view
 * (services/handling/src/leader-cases/leader-review.ts `clockOf`) and supervision's, so the
 * workbench shows the light the supervisors see.
 */
export function clockOf(c: UnitCase): CaseClock | null {
  switch (c.status) {
    case 'assigned':
      return { deadline: 'accept-by', startedAt: c.assignedAt, dueAt: c.acceptBy };
    case 'accepted':
    case 'reopened': {
      const reopened = c.status === 'reopened' ? c.reopenings[c.reopenings.length - 1]?.reopenedAt : undefined;
      return { deadline: 'handle-by', startedAt: reopened ?? c.acceptedAt ?? c.assignedAt, dueAt: c.handleBy };
    }
    case 'replied': {
      const last = c.replies[c.replies.length - 1];
      return { deadline: 'handle-by', startedAt: c.acceptedAt ?? c.assignedAt, dueAt: c.handleBy, ...(last ? { stoppedAt: last.repliedAt } : {}) };
    }
    default:
      return null;
  }
}

export function lightOf(c: UnitCase, now = new Date()): WarningLight | null {
  return warningLight(clockOf(c), now);
}

const LIGHT_RANK: Record<string, number> = { red: 3, yellow: 2, green: 1 };
export const lightRank = (light: string | null | undefined) => (light ? (LIGHT_RANK[light] ?? 0) : 0);

/** The earliest unanswered supervision order's due date. */
export function orderDue(c: UnitCase): string | undefined {
  return c.supervisionOrders
    .filter((o) => !o.answeredAt)
    .map((o) => o.dueBy)
    .sort()[0];
}

export const openOrders = (c: UnitCase) => c.supervisionOrders.filter((o) => !o.answeredAt);

/** Return visits due, by case number (the earliest). */
export function visitDueByCase(items: DueVisit[] | undefined): Map<string, DueVisit> {
  const map = new Map<string, DueVisit>();
  for (const v of items ?? []) {
    const seen = map.get(v.caseNumber);
    if (!seen || v.dueBy < seen.dueBy) map.set(v.caseNumber, v);
  }
  return map;
}

/** The deadline the unit works against now (accept by before acceptance, handle by after), if one runs. */
export function currentDeadline(c: UnitCase): string | undefined {
  if (c.status === 'assigned') return c.acceptBy;
  if (c.status === 'accepted' || c.status === 'reopened') return c.handleBy;
  return undefined;
}

/** One row of the workbench: the case with what the table sorts and filters on. */
export interface CaseRow {
  c: UnitCase;
  light: WarningLight | null;
  visitDue?: DueVisit;
  orderDue?: string;
  /** The lead unit's own case (it may act); otherwise the unit assists. */
  lead: boolean;
}

export function toRows(cases: UnitCase[] | undefined, dueVisits: DueVisit[] | undefined, unitId: string | undefined, now = new Date()): CaseRow[] {
  const visits = visitDueByCase(dueVisits);
  return (cases ?? []).map((c) => ({ c, light: lightOf(c, now), visitDue: visits.get(c.caseNumber), orderDue: orderDue(c), lead: !unitId || c.leadUnitId === unitId }));
}

/** The time now for rendering, moved on every minute (lights and 已超期 follow the clock without a reload). */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
