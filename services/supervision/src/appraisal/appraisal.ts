/**
 * The appraisal of units for a quarter or a year (季度/年度考核, MISSION 4.1, 4.3): every figure
 * from the per-case rows of the period, scored by a versioned configuration. Pure: the same rows,
 * configuration and `asOf` always give the same result. Numerators and denominators of every
 * indicator are written down in the supervision canvas; `appraisal.spec.ts` works a quarter by hand.
 */
import type { AppraisalFinding, AppraisalGrade } from '@sunshine/contracts';
import type { AppraisalConfig, IndicatorCode, IndicatorRule } from './appraisal-config';
import type { AppraisalRow } from './appraisal-row';

/** Why a case stands behind a finding. */
export type FindingReason =
  | 'late-acceptance'
  | 'repeated-returns'
  | 'repeated-extensions'
  | 'review-changed'
  | 'missing-reply-parts'
  | 'promise-broken'
  | 'repeat-after-closure'
  | 'not-resolved';

export interface IndicatorResult {
  code: IndicatorCode;
  weight: number;
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator, or null when there is nothing to measure (full points). */
  rate: number | null;
  points: number;
}

export interface FindingCase {
  petitionId: string;
  caseNumber?: string;
  reasons: FindingReason[];
}

export interface FindingResult {
  code: AppraisalFinding;
  cases: FindingCase[];
}

export interface UnitAppraisalResult {
  unitId: string;
  unitName: string;
  cases: number;
  indicators: IndicatorResult[];
  overdueOrders: number;
  deduction: number;
  score: number;
  grade: AppraisalGrade;
  rank: number;
  commended: boolean;
  /** Only the findings that apply, each with its cases. */
  findings: FindingResult[];
}

export interface AppraisalResult {
  period: string;
  configVersion: string;
  asOf: string;
  units: UnitAppraisalResult[];
}

export interface AppraisalPeriod {
  /** `2026-Q4` or `2026`. */
  key: string;
  /** The instant the figures are taken at: deadlines after it have not passed yet. */
  asOf: Date;
}

const FINDING_OF: Record<FindingReason, AppraisalFinding> = {
  'late-acceptance': 'handling',
  'repeated-returns': 'handling',
  'repeated-extensions': 'handling',
  'review-changed': 'reply',
  'missing-reply-parts': 'reply',
  'promise-broken': 'implementation',
  'repeat-after-closure': 'implementation',
  'not-resolved': 'resolution',
};
const FINDING_ORDER: AppraisalFinding[] = ['handling', 'reply', 'implementation', 'resolution'];

const round = (value: number, digits: number) => Math.round(value * 10 ** digits + Number.EPSILON) / 10 ** digits;
const before = (a: string | undefined, t: number) => !!a && new Date(a).getTime() < t;
const after = (a: string | undefined, b: string | undefined) => !!a && !!b && new Date(a).getTime() > new Date(b).getTime();

/** Whether a row belongs to the period (`2026-Q4` by its quarter, `2026` by its year). */
export function inPeriod(row: AppraisalRow, key: string): boolean {
  return key.includes('-Q') ? row.quarter === key : row.year === key;
}

/** The points of an indicator from its figures, by its scoring function. */
export function points(rule: IndicatorRule, numerator: number, denominator: number): number {
  const { weight, scoring } = rule;
  if (scoring.kind === 'per-case') return Math.max(scoring.floor, weight - scoring.perCase * Math.max(0, numerator - scoring.allowance));
  if (denominator === 0) return weight;
  const rate = numerator / denominator;
  if (scoring.kind === 'proportional') return weight * rate;
  return Math.min(weight, Math.max(scoring.floor, weight - scoring.perPoint * (scoring.target - 100 * rate)));
}

export function gradeOf(score: number, config: AppraisalConfig): AppraisalGrade {
  return (config.grades.find((g) => score >= g.min) ?? config.grades[config.grades.length - 1]).grade;
}

/** The numerator and denominator of each indicator over a unit's cases. Definitions: supervision canvas. */
function figures(rows: AppraisalRow[], asOf: number): Record<IndicatorCode, [number, number]> {
  const handled = rows.filter((r) => !r.notAccepted);
  const replied = handled.filter((r) => r.replies > 0);
  const overdueWaiting = (r: AppraisalRow) => r.awaitingReply && before(r.handleBy, asOf);
  const acceptanceDue = rows.filter((r) => r.acceptanceAt || before(r.acceptBy, asOf));
  const closureDue = handled.filter((r) => r.replies > 0 || overdueWaiting(r));
  const rated = rows.filter((r) => r.finalRating);
  const outcomeKnown = rows.filter((r) => r.resolved !== undefined);
  return {
    onTimeAcceptance: [acceptanceDue.filter((r) => r.acceptanceAt && !after(r.acceptanceAt, r.acceptBy)).length, acceptanceDue.length],
    onTimeClosure: [closureDue.filter((r) => r.replies > 0 && !r.lateReply && !overdueWaiting(r)).length, closureDue.length],
    replyQuality: [replied.filter((r) => !r.reviewChanged && r.missingReplyParts.length === 0).length, replied.length],
    returnVisit: [replied.filter((r) => r.visited).length, replied.length],
    satisfaction: [rated.filter((r) => r.finalRating === 'satisfied' || r.finalRating === 'basically-satisfied').length, rated.length],
    resolution: [outcomeKnown.filter((r) => r.resolved).length, outcomeKnown.length],
    repeatPetitions: [replied.filter((r) => r.repeatsAfterClosure > 0).length, replied.length],
  };
}

/** The reasons each case stands behind a finding of `unitId`. */
function findingReasons(unitId: string, rows: AppraisalRow[], config: AppraisalConfig, asOf: number): Map<AppraisalRow, FindingReason[]> {
  const reasons = new Map<AppraisalRow, FindingReason[]>();
  const add = (row: AppraisalRow, reason: FindingReason) => reasons.set(row, [...(reasons.get(row) ?? []), reason]);
  for (const row of rows) {
    if (row.returnedBy.length >= config.findings.returnsAtLeast && row.returnedBy.includes(unitId)) add(row, 'repeated-returns');
    if (row.unitId !== unitId) continue;
    if (row.acceptanceAt ? after(row.acceptanceAt, row.acceptBy) : before(row.acceptBy, asOf)) add(row, 'late-acceptance');
    if (row.extensions >= config.findings.extensionsAtLeast) add(row, 'repeated-extensions');
    if (row.reviewChanged) add(row, 'review-changed');
    if (row.missingReplyParts.length) add(row, 'missing-reply-parts');
    const promiseBroken = row.promisedBy && (row.completionReportedAt ? after(row.completionReportedAt, row.promisedBy) : before(row.promisedBy, asOf));
    if (promiseBroken) add(row, 'promise-broken');
    if (row.repeatsAfterClosure > 0) add(row, 'repeat-after-closure');
    if (row.resolved === false) add(row, 'not-resolved');
  }
  return reasons;
}

function findingsOf(reasons: Map<AppraisalRow, FindingReason[]>): FindingResult[] {
  const byFinding = new Map<AppraisalFinding, FindingCase[]>();
  for (const [row, list] of reasons) {
    for (const code of new Set(list.map((reason) => FINDING_OF[reason]))) {
      const cases = byFinding.get(code) ?? [];
      cases.push({ petitionId: row.petitionId, caseNumber: row.caseNumber, reasons: list.filter((reason) => FINDING_OF[reason] === code) });
      byFinding.set(code, cases);
    }
  }
  return FINDING_ORDER.filter((code) => byFinding.has(code)).map((code) => ({
    code,
    cases: (byFinding.get(code) ?? []).sort((a, b) => (a.caseNumber ?? a.petitionId).localeCompare(b.caseNumber ?? b.petitionId)),
  }));
}

/** Appraise every unit with cases (or returns) in the period. */
export function appraise(allRows: readonly AppraisalRow[], config: AppraisalConfig, period: AppraisalPeriod): AppraisalResult {
  const asOf = period.asOf.getTime();
  const rows = allRows.filter((r) => r.unitId && inPeriod(r, period.key));
  const names = new Map<string, string>();
  const unitIds = new Set<string>();
  for (const row of rows) {
    unitIds.add(row.unitId as string);
    if (row.unitName) names.set(row.unitId as string, row.unitName);
    for (const unitId of row.returnedBy) unitIds.add(unitId);
  }
  const units: Omit<UnitAppraisalResult, 'rank' | 'commended'>[] = [...unitIds].map((unitId) => {
    const own = rows.filter((r) => r.unitId === unitId);
    const f = figures(own, asOf);
    const indicators = config.indicators.map((rule): IndicatorResult => {
      const [numerator, denominator] = f[rule.code];
      return {
        code: rule.code,
        weight: rule.weight,
        numerator,
        denominator,
        rate: denominator ? round(numerator / denominator, 4) : null,
        points: round(points(rule, numerator, denominator), 2),
      };
    });
    const overdueOrders = rows
      .flatMap((r) => r.orders.map((o) => ({ ...o, unitId: o.unitId ?? r.unitId })))
      .filter((o) => o.unitId === unitId && o.dueBy && (o.answeredAt ? after(o.answeredAt, o.dueBy) : before(o.dueBy, asOf))).length;
    const deduction = overdueOrders * config.deductions.overdueOrder;
    const score = Math.max(0, round(indicators.reduce((sum, i) => sum + i.points, 0) - deduction, 1));
    return {
      unitId,
      unitName: names.get(unitId) ?? unitId,
      cases: own.length,
      indicators,
      overdueOrders,
      deduction,
      score,
      grade: gradeOf(score, config),
      findings: findingsOf(findingReasons(unitId, rows, config, asOf)),
    };
  });
  units.sort((a, b) => b.score - a.score || a.unitId.localeCompare(b.unitId));
  const top = config.grades[0]?.grade;
  const ranked = units.map((unit): UnitAppraisalResult => {
    // Equal scores share a rank (1, 1, 3).
    const rank = units.findIndex((u) => u.score === unit.score) + 1;
    return { ...unit, rank, commended: unit.grade === top && rank <= config.commendTop };
  });
  return { period: period.key, configVersion: config.version, asOf: period.asOf.toISOString(), units: ranked };
}
