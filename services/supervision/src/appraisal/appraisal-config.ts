/**
 * The appraisal's configuration (考核细则): indicators, their weights and scoring functions, the
 * grades, the deduction per overdue supervision order and the thresholds of the findings. It is
 * versioned: every appraisal result names the version it was computed with, so a published
 * ranking can always be explained by the rules in force then. The defaults below are the file
 * `services/supervision/config/appraisal.default.json` (a unit test keeps them equal);
 * `SUPERVISION_APPRAISAL_CONFIG` names another file.
 */
import { AppraisalGrades, type AppraisalGrade } from '@sunshine/contracts';

/** The seven indicators (考核指标). Numerators and denominators: see the supervision canvas. */
export const INDICATOR_CODES = [
  'onTimeAcceptance',
  'onTimeClosure',
  'replyQuality',
  'returnVisit',
  'satisfaction',
  'resolution',
  'repeatPetitions',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

/**
 * How an indicator's points come from its figures:
 * - `proportional`: weight × rate (a unit with nothing to measure gets the full weight);
 * - `target`: weight − perPoint × (target − rate in %), at most the weight, at least `floor`;
 * - `per-case`: weight − perCase × max(0, cases − allowance), at least `floor`.
 */
export type Scoring =
  | { kind: 'proportional' }
  | { kind: 'target'; target: number; perPoint: number; floor: number }
  | { kind: 'per-case'; perCase: number; allowance: number; floor: number };

export interface IndicatorRule {
  code: IndicatorCode;
  weight: number;
  scoring: Scoring;
}

export interface AppraisalConfig {
  version: string;
  description?: string;
  indicators: IndicatorRule[];
  /** Points taken off per supervision order of the unit that went past its due date unanswered (or answered late). */
  deductions: { overdueOrder: number };
  /** Highest first; a score gets the first grade whose `min` it reaches. */
  grades: { grade: AppraisalGrade; min: number }[];
  /** 办理不到位 when a case was returned at least / extended at least this often. */
  findings: { returnsAtLeast: number; extensionsAtLeast: number };
  /** How many of the best units graded excellent are commended (表扬). */
  commendTop: number;
}

export const DEFAULT_APPRAISAL_CONFIG: AppraisalConfig = {
  version: 'county-default-2026.1',
  description:
    'Defaults from published county practice (县级网上信访考核细则): 100 points over seven indicators, minus 2 per overdue supervision order.',
  indicators: [
    { code: 'onTimeAcceptance', weight: 10, scoring: { kind: 'proportional' } },
    { code: 'onTimeClosure', weight: 20, scoring: { kind: 'target', target: 95, perPoint: 1, floor: 0 } },
    { code: 'replyQuality', weight: 10, scoring: { kind: 'proportional' } },
    { code: 'returnVisit', weight: 5, scoring: { kind: 'proportional' } },
    { code: 'satisfaction', weight: 25, scoring: { kind: 'target', target: 98, perPoint: 0.5, floor: 12.5 } },
    { code: 'resolution', weight: 20, scoring: { kind: 'proportional' } },
    { code: 'repeatPetitions', weight: 10, scoring: { kind: 'per-case', perCase: 1, allowance: 0, floor: 0 } },
  ],
  deductions: { overdueOrder: 2 },
  grades: [
    { grade: 'excellent', min: 90 },
    { grade: 'good', min: 80 },
    { grade: 'pass', min: 60 },
    { grade: 'fail', min: 0 },
  ],
  findings: { returnsAtLeast: 2, extensionsAtLeast: 2 },
  commendTop: 3,
};

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function checkScoring(scoring: unknown, where: string, problems: string[]): void {
  const s = scoring as Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') return void problems.push(`${where}.scoring is missing`);
  if (s.kind === 'proportional') return;
  if (s.kind === 'target') {
    for (const key of ['target', 'perPoint', 'floor']) if (!isNumber(s[key])) problems.push(`${where}.scoring.${key} must be a number`);
    return;
  }
  if (s.kind === 'per-case') {
    for (const key of ['perCase', 'allowance', 'floor']) if (!isNumber(s[key])) problems.push(`${where}.scoring.${key} must be a number`);
    return;
  }
  problems.push(`${where}.scoring.kind must be proportional, target or per-case`);
}

/**
 * Check a configuration read from JSON; throws naming every problem, so a bad file stops the
 * service at start instead of producing a wrong ranking.
 */
export function parseAppraisalConfig(raw: unknown): AppraisalConfig {
  const c = raw as Partial<AppraisalConfig> | undefined;
  const problems: string[] = [];
  if (!c || typeof c !== 'object') throw new Error('appraisal config: not a JSON object');
  if (typeof c.version !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(c.version)) problems.push('version must be a short id');
  const indicators = Array.isArray(c.indicators) ? c.indicators : [];
  for (const code of INDICATOR_CODES) {
    const count = indicators.filter((i) => i?.code === code).length;
    if (count !== 1) problems.push(`indicator ${code} must appear exactly once`);
  }
  indicators.forEach((rule, i) => {
    if (!INDICATOR_CODES.includes(rule?.code)) problems.push(`indicators[${i}].code is unknown`);
    if (!isNumber(rule?.weight) || rule.weight < 0) problems.push(`indicators[${i}].weight must be a number ≥ 0`);
    checkScoring(rule?.scoring, `indicators[${i}]`, problems);
  });
  if (!isNumber(c.deductions?.overdueOrder)) problems.push('deductions.overdueOrder must be a number');
  const grades = Array.isArray(c.grades) ? c.grades : [];
  if (!grades.length) problems.push('grades must not be empty');
  grades.forEach((g, i) => {
    if (!AppraisalGrades.has(g?.grade)) problems.push(`grades[${i}].grade is not an appraisal grade`);
    if (!isNumber(g?.min)) problems.push(`grades[${i}].min must be a number`);
    if (i > 0 && isNumber(g?.min) && isNumber(grades[i - 1]?.min) && g.min >= grades[i - 1].min) problems.push('grades must be ordered from the highest min down');
  });
  if (grades.length && grades[grades.length - 1]?.min !== 0) problems.push('the last grade must start at 0');
  if (!isNumber(c.findings?.returnsAtLeast) || !isNumber(c.findings?.extensionsAtLeast)) problems.push('findings.returnsAtLeast and findings.extensionsAtLeast must be numbers');
  if (!isNumber(c.commendTop) || c.commendTop < 0) problems.push('commendTop must be a number ≥ 0');
  if (problems.length) throw new Error(`appraisal config: ${problems.join('; ')}`);
  return c as AppraisalConfig;
}
