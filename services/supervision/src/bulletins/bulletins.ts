/**
 * The three bulletins (一日一清理、一月一办结、一季一分析, MISSION 2.3, 4.2), computed from the
 * per-petition rows. Pure: the same rows, period and `asOf` always give the same bulletin. A
 * bulletin holds codes, case numbers, unit ids and names, dates and counts — never petition text
 * or a petitioner's identity. Lists are capped (LIST_CAP) so a bulletin stays a bounded document;
 * the counts are always complete.
 */
import { Channels, PetitionKinds, type BulletinPeriod } from '@sunshine/contracts';
import type { HotTopic } from '../hot-topics/heat-index';
import { overdueAt, type BulletinRow } from './bulletin-row';
import type { BulletinPeriodRange } from './bulletin-period';
import { inRange, overdueCases, rate, redBlackLists, unansweredOverdueOrders, unitFigures, type ListedUnit, type OverdueCase, type OverdueOrder, type UnitFigures } from './unit-figures';
import { inspectionReport, type InspectionReport } from './inspection-report';

export const LIST_CAP = 500;

/** A petition named in a bulletin: case number, codes and dates only. */
export interface BulletinItem {
  petitionId: string;
  caseNumber?: string;
  receivedAt?: string;
  channel?: string;
  category?: string;
  urgency?: string;
  escalations: string[];
  unitId?: string;
  unitName?: string;
  deadline?: string;
}

export interface BulletinTotals {
  /** Petitions received (registered) in the period. */
  received: number;
  /** Cases finished (replied or otherwise finished) in the period. */
  replied: number;
  onTime: number;
  onTimeRate: number | null;
  rated: number;
  satisfactionRate: number | null;
  /** Cases overdue at the end of the period (or now). */
  overdue: number;
}

interface BulletinBase {
  kind: BulletinPeriod;
  period: string;
  from: string;
  to: string;
  /** The instant the figures are as of (the period's end, or now while it runs). */
  asOf: string;
  /** The period has not ended yet: the figures will still change. */
  provisional: boolean;
  totals: BulletinTotals;
  /** Units the bulletin names (black list, overdue cases, unanswered overdue orders). */
  namedUnits: string[];
}

export interface DailyDigest extends BulletinBase {
  kind: 'daily';
  /** Received that day and, as of now, neither instructed by a leader nor assigned (待批示/待交办). */
  awaitingInstruction: BulletinItem[];
  /** Escalated as urgent, major or group that day (新增紧急、重大、群体件). */
  urgentAndGroup: BulletinItem[];
  /** Turned red that day: a deadline passed with the case still pending, or a red reminder went out (今日亮红灯). */
  turnedRed: BulletinItem[];
}

export interface MonthlyBulletin extends BulletinBase {
  kind: 'monthly';
  units: UnitFigures[];
  overdueCases: OverdueCase[];
  redList: ListedUnit[];
  blackList: ListedUnit[];
  /** Supervision orders overdue and unanswered (逾期未反馈的督办单), named until answered. */
  unansweredOrders: OverdueOrder[];
}

export interface Volume {
  code: string;
  label: string;
  count: number;
  previous: number;
  /** (count − previous) ÷ previous; null when there was none before. */
  change: number | null;
}

export interface QuarterlyAnalysis extends BulletinBase {
  kind: 'quarterly';
  previousPeriod: string;
  previousTotals: BulletinTotals;
  months: { month: string; received: number; replied: number }[];
  volumes: { category: Volume[]; area: Volume[]; channel: Volume[]; kind: Volume[] };
  units: UnitFigures[];
  redList: ListedUnit[];
  blackList: ListedUnit[];
  hotTopics: HotTopic[];
  /** Matters with a group alert, and petitions escalated as group in the quarter (群体性苗头). */
  groupIssues: { alerts: HotTopic[]; escalatedGroup: number };
  unansweredOrders: OverdueOrder[];
  /** The quarterly joint inspection report to the leaders (MISSION 4.2), filled from the figures. */
  inspection: InspectionReport;
}

export type Bulletin = DailyDigest | MonthlyBulletin | QuarterlyAnalysis;

const SATISFIED = new Set(['satisfied', 'basically-satisfied']);

function itemOf(row: BulletinRow): BulletinItem {
  return JSON.parse(
    JSON.stringify({
      petitionId: row.petitionId,
      caseNumber: row.caseNumber,
      receivedAt: row.receivedAt,
      channel: row.channel,
      category: row.category,
      urgency: row.urgency,
      escalations: row.escalations,
      unitId: row.unitId,
      unitName: row.unitName,
      deadline: row.deadline,
    }),
  ) as BulletinItem;
}

const byCase = (a: BulletinItem, b: BulletinItem) => ((a.caseNumber ?? a.petitionId) < (b.caseNumber ?? b.petitionId) ? -1 : 1);

export function totalsOf(rows: readonly BulletinRow[], start: Date, end: Date, asOf: Date): BulletinTotals {
  let received = 0;
  let replied = 0;
  let onTime = 0;
  let rated = 0;
  let satisfied = 0;
  let overdue = 0;
  for (const row of rows) {
    if (inRange(row.receivedAt, start, end)) received += 1;
    if (inRange(row.finishedAt, start, end)) {
      replied += 1;
      if (row.finishedOnTime) onTime += 1;
    }
    if (inRange(row.ratedAt, start, end)) {
      rated += 1;
      if (SATISFIED.has(row.satisfaction ?? '')) satisfied += 1;
    }
    if (overdueAt(row, asOf)) overdue += 1;
  }
  return { received, replied, onTime, onTimeRate: rate(onTime, replied), rated, satisfactionRate: rate(satisfied, rated), overdue };
}

function base(kind: BulletinPeriod, period: BulletinPeriodRange, rows: readonly BulletinRow[], now: Date) {
  const asOf = new Date(Math.min(now.getTime(), period.end.getTime()));
  return {
    asOf,
    head: {
      kind,
      period: period.key,
      from: period.start.toISOString(),
      to: period.end.toISOString(),
      asOf: asOf.toISOString(),
      provisional: now.getTime() < period.end.getTime(),
      totals: totalsOf(rows, period.start, period.end, asOf),
    },
  };
}

const sortedUnique = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** 一日一清理: the daily digest for leaders of one day. */
export function dailyDigest(rows: readonly BulletinRow[], period: BulletinPeriodRange, now: Date): DailyDigest {
  const { asOf, head } = base('daily', period, rows, now);
  const { start, end } = period;
  const awaiting = rows.filter((r) => inRange(r.receivedAt, start, end) && !r.instructedAt && !r.assignedAt).map(itemOf).sort(byCase);
  const urgent = rows.filter((r) => inRange(r.escalatedAt, start, end) && r.escalations.length > 0).map(itemOf).sort(byCase);
  const red = rows
    .filter((r) => inRange(r.redAt, start, end) || (inRange(r.deadline, start, end) && overdueAt(r, asOf)))
    .map(itemOf)
    .sort(byCase);
  return {
    ...head,
    kind: 'daily',
    namedUnits: sortedUnique(red.map((i) => i.unitId).filter((u): u is string => !!u)),
    awaitingInstruction: awaiting.slice(0, LIST_CAP),
    urgentAndGroup: urgent.slice(0, LIST_CAP),
    turnedRed: red.slice(0, LIST_CAP),
  };
}

/** 一月一办结: the monthly bulletin of every unit. */
export function monthlyBulletin(rows: readonly BulletinRow[], period: BulletinPeriodRange, now: Date, names?: ReadonlyMap<string, string>): MonthlyBulletin {
  const { asOf, head } = base('monthly', period, rows, now);
  const units = unitFigures(rows, period.start, period.end, asOf, names);
  const { red, black } = redBlackLists(units);
  const overdue = overdueCases(rows, asOf, names);
  const orders = unansweredOverdueOrders(rows, asOf, now, names);
  return {
    ...head,
    kind: 'monthly',
    namedUnits: sortedUnique([...black.map((u) => u.unitId), ...overdue.map((c) => c.unitId), ...orders.map((o) => o.unitId)]),
    units,
    overdueCases: overdue.slice(0, LIST_CAP),
    redList: red,
    blackList: black,
    unansweredOrders: orders.slice(0, LIST_CAP),
  };
}

function volumes(rows: readonly BulletinRow[], previous: readonly BulletinRow[], field: 'category' | 'area' | 'channel' | 'kind'): Volume[] {
  const count = (list: readonly BulletinRow[]) => {
    const counts = new Map<string, number>();
    for (const row of list) {
      const code = row[field] ?? 'unknown';
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    return counts;
  };
  const now = count(rows);
  const before = count(previous);
  const label = (code: string) => {
    if (code === 'unknown') return '未分类';
    if (field === 'channel' && Channels.has(code)) return Channels.label(code);
    if (field === 'kind' && PetitionKinds.has(code)) return PetitionKinds.label(code);
    return code;
  };
  return sortedUnique([...now.keys(), ...before.keys()])
    .map((code) => {
      const c = now.get(code) ?? 0;
      const p = before.get(code) ?? 0;
      return { code, label: label(code), count: c, previous: p, change: p > 0 ? Math.round(((c - p) / p) * 10_000) / 10_000 : null };
    })
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

/**
 * 一季一分析: the quarterly analysis. `rows` are the petitions of the quarter and of the cases
 * still running in it, `previousRows` those received in the quarter before (for the trend),
 * `hotTopics` the quarter's ranking.
 */
export function quarterlyAnalysis(
  rows: readonly BulletinRow[],
  previousRows: readonly BulletinRow[],
  period: BulletinPeriodRange,
  previous: BulletinPeriodRange,
  months: readonly BulletinPeriodRange[],
  hotTopics: readonly HotTopic[],
  now: Date,
  names?: ReadonlyMap<string, string>,
): QuarterlyAnalysis {
  const { asOf, head } = base('quarterly', period, rows, now);
  const received = rows.filter((r) => inRange(r.receivedAt, period.start, period.end));
  const units = unitFigures(rows, period.start, period.end, asOf, names);
  const { red, black } = redBlackLists(units);
  const orders = unansweredOverdueOrders(rows, asOf, now, names);
  const previousTotals = totalsOf(previousRows, previous.start, previous.end, previous.end);
  const alerts = hotTopics.filter((t) => t.groupAlert);
  const analysis: Omit<QuarterlyAnalysis, 'inspection'> = {
    ...head,
    kind: 'quarterly',
    previousPeriod: previous.key,
    previousTotals,
    namedUnits: sortedUnique([...black.map((u) => u.unitId), ...units.filter((u) => u.overdue > 0).map((u) => u.unitId), ...orders.map((o) => o.unitId)]),
    months: months.map((m) => {
      const t = totalsOf(rows, m.start, m.end, m.end);
      return { month: m.key, received: t.received, replied: t.replied };
    }),
    volumes: {
      category: volumes(received, previousRows, 'category'),
      area: volumes(received, previousRows, 'area'),
      channel: volumes(received, previousRows, 'channel'),
      kind: volumes(received, previousRows, 'kind'),
    },
    units,
    redList: red,
    blackList: black,
    hotTopics: hotTopics.slice(0, 10),
    groupIssues: { alerts: alerts.slice(0, 20), escalatedGroup: received.filter((r) => r.escalations.includes('group')).length },
    unansweredOrders: orders.slice(0, LIST_CAP),
  };
  return { ...analysis, inspection: inspectionReport(analysis) };
}
