/**
 * A unit's figures over a period, from the per-petition rows, and the red and black lists
 * (红黑榜) of a bulletin. Numerators and denominators (supervision canvas, "Bulletins"):
 * - received: cases first assigned to the unit (lead) within the period;
 * - finished: cases of the unit whose reply or other finish (不予受理, 转送, 办结, 撤回) fell in the period;
 * - on time: of those, finished by the deadline in force then; on-time rate = on time ÷ finished;
 * - satisfaction: of the cases rated in the period, satisfied + basically satisfied ÷ rated;
 * - overdue: cases of the unit past their deadline and still pending at the end of the period
 *   (or now, for a period not yet over).
 * Ranking score = mean of the on-time and satisfaction rates the unit has (a rate without a
 * denominator is left out), minus its overdue share, overdue ÷ (finished + overdue), so a large
 * unit is not punished for its size; units that finished, had rated or have overdue cases
 * in the period are ranked (one with only overdue cases scores −1). Red list: the best five, black list: the worst five — each at
 * most half of the ranked units, so no unit is on both and two units make one of each. Pure.
 */
import { overdueAt, type BulletinRow } from './bulletin-row';

export interface UnitFigures {
  unitId: string;
  unitName: string;
  received: number;
  finished: number;
  onTime: number;
  onTimeRate: number | null;
  rated: number;
  satisfied: number;
  satisfactionRate: number | null;
  overdue: number;
  /** null when not ranked (nothing finished, rated or overdue in the period). */
  score: number | null;
}

export interface OverdueCase {
  petitionId: string;
  caseNumber?: string;
  unitId: string;
  unitName: string;
  deadline: string;
  daysOverdue: number;
}

export interface ListedUnit {
  unitId: string;
  unitName: string;
  score: number;
}

const DAY = 86_400_000;
const inRange = (iso: string | undefined, start: Date, end: Date) => {
  if (!iso) return false;
  const t = new Date(iso).getTime();
  return t >= start.getTime() && t < end.getTime();
};
const rate = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 10_000) / 10_000 : null);
const SATISFIED = new Set(['satisfied', 'basically-satisfied']);

/** Every unit's figures over [start, end), overdue as at `asOf`; units ordered by id. */
export function unitFigures(rows: readonly BulletinRow[], start: Date, end: Date, asOf: Date, names: ReadonlyMap<string, string> = new Map()): UnitFigures[] {
  const units = new Map<string, UnitFigures>();
  const unit = (row: BulletinRow) => {
    const id = row.unitId as string;
    let found = units.get(id);
    if (!found) {
      found = { unitId: id, unitName: names.get(id) ?? row.unitName ?? id, received: 0, finished: 0, onTime: 0, onTimeRate: null, rated: 0, satisfied: 0, satisfactionRate: null, overdue: 0, score: null };
      units.set(id, found);
    }
    if (row.unitName && found.unitName === id) found.unitName = row.unitName;
    return found;
  };
  for (const row of rows) {
    if (!row.unitId) continue;
    const touched = inRange(row.assignedAt, start, end) || inRange(row.finishedAt, start, end) || inRange(row.ratedAt, start, end) || overdueAt(row, asOf);
    if (!touched) continue;
    const figures = unit(row);
    if (inRange(row.assignedAt, start, end)) figures.received += 1;
    if (inRange(row.finishedAt, start, end)) {
      figures.finished += 1;
      if (row.finishedOnTime) figures.onTime += 1;
    }
    if (inRange(row.ratedAt, start, end)) {
      figures.rated += 1;
      if (SATISFIED.has(row.satisfaction ?? '')) figures.satisfied += 1;
    }
    if (overdueAt(row, asOf)) figures.overdue += 1;
  }
  for (const figures of units.values()) {
    figures.onTimeRate = rate(figures.onTime, figures.finished);
    figures.satisfactionRate = rate(figures.satisfied, figures.rated);
    const rates = [figures.onTimeRate, figures.satisfactionRate].filter((r): r is number => r !== null);
    const overdueShare = figures.overdue / Math.max(1, figures.finished + figures.overdue);
    // A unit with only overdue cases (nothing finished or rated) is ranked too, at −1: it must not
    // escape the black list by having finished nothing.
    const mean = rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : figures.overdue > 0 ? 0 : null;
    figures.score = mean === null ? null : Math.round((mean - overdueShare) * 10_000) / 10_000;
  }
  return [...units.values()].sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
}

/** Red list (best `size`) and black list (worst `size`, worst first), each at most half the ranked units; ties by unit id. */
export function redBlackLists(figures: readonly UnitFigures[], size = 5): { red: ListedUnit[]; black: ListedUnit[] } {
  const ranked = figures
    .filter((f) => f.score !== null)
    .map((f) => ({ unitId: f.unitId, unitName: f.unitName, score: f.score as number }))
    .sort((a, b) => b.score - a.score || (a.unitId < b.unitId ? -1 : 1));
  const n = Math.min(size, Math.floor(ranked.length / 2));
  const red = ranked.slice(0, n);
  const black = ranked.slice(ranked.length - n).reverse();
  return { red, black };
}

/** Cases overdue at `asOf` (deadline passed, still pending then), longest overdue first. */
export function overdueCases(rows: readonly BulletinRow[], asOf: Date, names: ReadonlyMap<string, string> = new Map()): OverdueCase[] {
  return rows
    .filter((row) => row.unitId && overdueAt(row, asOf))
    .map((row) => ({
      petitionId: row.petitionId,
      ...(row.caseNumber ? { caseNumber: row.caseNumber } : {}),
      unitId: row.unitId as string,
      unitName: names.get(row.unitId as string) ?? row.unitName ?? (row.unitId as string),
      deadline: row.deadline as string,
      daysOverdue: Math.floor((asOf.getTime() - new Date(row.deadline as string).getTime()) / DAY),
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.petitionId < b.petitionId ? -1 : 1));
}

export interface OverdueOrder {
  orderId: string;
  petitionId: string;
  caseNumber?: string;
  unitId: string;
  unitName: string;
  dueBy: string;
  daysOverdue: number;
}

/** Supervision orders past their due date before `until` and still unanswered at `asOf` (逾期未反馈的督办单). */
export function unansweredOverdueOrders(rows: readonly BulletinRow[], until: Date, asOf: Date, names: ReadonlyMap<string, string> = new Map()): OverdueOrder[] {
  const found: OverdueOrder[] = [];
  for (const row of rows) {
    for (const order of row.orders) {
      if (!order.dueBy || new Date(order.dueBy).getTime() >= until.getTime()) continue;
      if (order.answeredAt && new Date(order.answeredAt).getTime() <= asOf.getTime()) continue;
      const unitId = order.unitId ?? row.unitId;
      if (!unitId) continue;
      found.push({
        orderId: order.orderId,
        petitionId: row.petitionId,
        ...(row.caseNumber ? { caseNumber: row.caseNumber } : {}),
        unitId,
        unitName: names.get(unitId) ?? row.unitName ?? unitId,
        dueBy: order.dueBy,
        daysOverdue: Math.floor((asOf.getTime() - new Date(order.dueBy).getTime()) / DAY),
      });
    }
  }
  return found.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.orderId < b.orderId ? -1 : 1));
}

export { inRange, rate };
