import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appraise, gradeOf, points, type AppraisalResult } from './appraisal';
import { DEFAULT_APPRAISAL_CONFIG, parseAppraisalConfig, type AppraisalConfig } from './appraisal-config';
import type { AppraisalRow } from './appraisal-row';

/** A case handled well: accepted, replied and visited in time, rated satisfied. Each test changes what it needs. */
function row(petitionId: string, unitId: string, unitName: string, changes: Partial<AppraisalRow> = {}): AppraisalRow {
  return {
    petitionId,
    caseNumber: `SW-2026-${petitionId}`,
    unitId,
    unitName,
    assignedAt: '2026-10-10T02:00:00.000Z',
    quarter: '2026-Q4',
    year: '2026',
    acceptBy: '2026-10-25T15:59:59.999Z',
    acceptanceAt: '2026-10-12T02:00:00.000Z',
    notAccepted: false,
    handleBy: '2026-12-11T15:59:59.999Z',
    replies: 1,
    firstReplyAt: '2026-11-20T02:00:00.000Z',
    lateReply: false,
    awaitingReply: false,
    missingReplyParts: [],
    reviewChanged: false,
    visited: true,
    finalRating: 'satisfied',
    resolved: true,
    repeatsAfterClosure: 0,
    returnedBy: [],
    extensions: 0,
    orders: [],
    ...changes,
  };
}

const A = ['ecology-environment-bureau', '生态环境局'] as const;
const B = ['town-fuxi', '福禄镇'] as const;
const C = ['education-bureau', '教育局'] as const;
const D = ['housing-bureau', '住房和城乡建设局'] as const;

/**
 * WORKSHEET — the fourth quarter of 2026, figures taken on 2027-01-05 (asOf), default config
 * county-default-2026.1. Points: on-time acceptance 10 × rate; on-time closure min(20, max(0, 20 − (95 − rate%)));
 * reply quality 10 × rate; return visit 5 × rate; satisfaction min(25, max(12.5, 25 − 0.5 × (98 − rate%)));
 * resolution 20 × rate; repeat petitions 10 − 1 per case petitioned again after its reply; −2 per overdue order.
 *
 * Unit A 生态环境局 — A1..A4 all handled well, A4 rated basically satisfied.
 *   acceptance 4/4 → 10 · closure 4/4 = 100 % → 20 · quality 4/4 → 10 · visit 4/4 → 5 · satisfaction 4/4 = 100 % → 25
 *   resolution 4/4 → 20 · repeats 0 → 10 · orders 0 → score 100 → 优秀, rank 1, commended, no findings.
 *
 * Unit B 福禄镇 — B1 well; B2 accepted 10-28 after accept-by 10-25; B3 replied 12-20 after handle-by 12-11, rated
 * dissatisfied; B4 accepted, no reply, handle-by 12-20 passed (awaiting), not visited, not rated, an order due 12-28
 * unanswered; B5 reply changed in review, 2 repeat petitions after its reply, promised 12-01 and no completion reported.
 *   acceptance: 5 decided, 4 in time → 4/5 → 8
 *   closure: due = B1 B2 B3 B5 (replied) + B4 (overdue, waiting) = 5; in time B1 B2 B5 = 3 → 60 % → 20 − 35 → floor 0
 *   quality: replied 4 (B1 B2 B3 B5), without refusal or missing part 3 → 7.5
 *   visit: 4/4 → 5 · satisfaction: rated 4, satisfied 3 → 75 % → 25 − 0.5 × 23 = 13.5
 *   resolution: known 4, resolved 3 → 15 · repeats: 1 case (B5) → 9
 *   sum 8 + 0 + 7.5 + 5 + 13.5 + 15 + 9 = 58; 1 overdue order → −2 → 56 → 不合格, rank 4
 *   findings: 办理不到位 B2 (late acceptance); 回复不到位 B5 (review changed); 落实不到位 B5 (promise broken,
 *   repeat after closure); 解决不到位 B3 (not resolved).
 *
 * Unit C 教育局 — C1 well; C2 reply missing its basis, rated basically satisfied; C3 extended twice, not visited,
 * and returned twice by D before C got it.
 *   acceptance 3/3 → 10 · closure 3/3 → 20 · quality 2/3 → 6.67 · visit 2/3 → 3.33 · satisfaction 3/3 → 25
 *   resolution 3/3 → 20 · repeats 0 → 10 · sum 95.0 → 优秀, rank 2, commended
 *   findings: 办理不到位 C3 (repeated extensions); 回复不到位 C2 (missing reply parts).
 *
 * Unit D 住房和城乡建设局 — D1 handled, not visited, rated basically satisfied, an order due 11-30 answered 12-02
 * (late); D2 assigned with accept-by 12-30, not decided by asOf; D returned C3 twice.
 *   acceptance: due = D1 (decided) + D2 (accept-by passed) = 2, in time 1 → 5
 *   closure: due = D1 only (D2 not accepted yet) → 1/1 → 20 · quality 1/1 → 10 · visit 0/1 → 0
 *   satisfaction 1/1 → 25 · resolution 1/1 → 20 · repeats 0 → 10 · sum 90; 1 late order → −2 → 88 → 良好, rank 3,
 *   not commended (only 优秀 is)
 *   findings: 办理不到位 C3 (repeated returns), D2 (late acceptance).
 *
 * Ranks: A 100 (1), C 95 (2), D 88 (3), B 56 (4).
 */
const QUARTER: AppraisalRow[] = [
  row('A1', ...A),
  row('A2', ...A),
  row('A3', ...A),
  row('A4', ...A, { finalRating: 'basically-satisfied' }),
  row('B1', ...B),
  row('B2', ...B, { acceptanceAt: '2026-10-28T02:00:00.000Z' }),
  row('B3', ...B, { firstReplyAt: '2026-12-20T02:00:00.000Z', lateReply: true, finalRating: 'dissatisfied', resolved: false }),
  row('B4', ...B, {
    handleBy: '2026-12-20T15:59:59.999Z',
    replies: 0,
    firstReplyAt: undefined,
    awaitingReply: true,
    visited: false,
    finalRating: undefined,
    resolved: undefined,
    orders: [{ orderId: 'DB-1', unitId: B[0], dueBy: '2026-12-28T15:59:59.999Z' }],
  }),
  row('B5', ...B, { reviewChanged: true, repeatsAfterClosure: 2, promisedBy: '2026-12-01T15:59:59.999Z' }),
  row('C1', ...C),
  row('C2', ...C, { missingReplyParts: ['basis'], finalRating: 'basically-satisfied' }),
  row('C3', ...C, { extensions: 2, visited: false, returnedBy: [D[0], D[0]] }),
  row('D1', ...D, {
    visited: false,
    finalRating: 'basically-satisfied',
    orders: [{ orderId: 'DB-2', unitId: D[0], dueBy: '2026-11-30T15:59:59.999Z', answeredAt: '2026-12-02T02:00:00.000Z' }],
  }),
  row('D2', ...D, {
    assignedAt: '2026-12-15T02:00:00.000Z',
    acceptBy: '2026-12-30T15:59:59.999Z',
    acceptanceAt: undefined,
    handleBy: '2027-02-28T15:59:59.999Z',
    replies: 0,
    firstReplyAt: undefined,
    visited: false,
    finalRating: undefined,
    resolved: undefined,
  }),
  // Another quarter's case: not in this appraisal.
  row('X1', ...B, { assignedAt: '2026-09-10T02:00:00.000Z', quarter: '2026-Q3', finalRating: 'dissatisfied', resolved: false }),
];

const PERIOD = { key: '2026-Q4', asOf: new Date('2027-01-05T00:00:00.000Z') };

function unit(result: AppraisalResult, unitId: string) {
  const found = result.units.find((u) => u.unitId === unitId);
  if (!found) throw new Error(`no ${unitId}`);
  return found;
}
const pointsOf = (result: AppraisalResult, unitId: string) => Object.fromEntries(unit(result, unitId).indicators.map((i) => [i.code, i.points]));
const figuresOf = (result: AppraisalResult, unitId: string) =>
  Object.fromEntries(unit(result, unitId).indicators.map((i) => [i.code, `${i.numerator}/${i.denominator}`]));
const findingsOf = (result: AppraisalResult, unitId: string) =>
  Object.fromEntries(unit(result, unitId).findings.map((f) => [f.code, f.cases.map((c) => `${c.petitionId}:${c.reasons.join('+')}`)]));

describe('the appraisal of a hand-worked quarter', () => {
  const result = appraise(QUARTER, DEFAULT_APPRAISAL_CONFIG, PERIOD);

  it('ranks the four units as the worksheet does, with the config version', () => {
    expect(result.configVersion).toBe('county-default-2026.1');
    expect(result.units.map((u) => [u.unitId, u.unitName, u.score, u.grade, u.rank, u.commended])).toEqual([
      [A[0], A[1], 100, 'excellent', 1, true],
      [C[0], C[1], 95, 'excellent', 2, true],
      [D[0], D[1], 88, 'good', 3, false],
      [B[0], B[1], 56, 'fail', 4, false],
    ]);
  });

  it('computes every indicator of 福禄镇 as the worksheet does', () => {
    expect(figuresOf(result, B[0])).toEqual({
      onTimeAcceptance: '4/5',
      onTimeClosure: '3/5',
      replyQuality: '3/4',
      returnVisit: '4/4',
      satisfaction: '3/4',
      resolution: '3/4',
      repeatPetitions: '1/4',
    });
    expect(pointsOf(result, B[0])).toEqual({
      onTimeAcceptance: 8,
      onTimeClosure: 0,
      replyQuality: 7.5,
      returnVisit: 5,
      satisfaction: 13.5,
      resolution: 15,
      repeatPetitions: 9,
    });
    expect(unit(result, B[0])).toMatchObject({ overdueOrders: 1, deduction: 2, cases: 5 });
  });

  it('computes the indicators of 教育局 and 住建局 as the worksheet does', () => {
    expect(pointsOf(result, C[0])).toEqual({
      onTimeAcceptance: 10,
      onTimeClosure: 20,
      replyQuality: 6.67,
      returnVisit: 3.33,
      satisfaction: 25,
      resolution: 20,
      repeatPetitions: 10,
    });
    expect(figuresOf(result, D[0])).toMatchObject({ onTimeAcceptance: '1/2', onTimeClosure: '1/1', returnVisit: '0/1' });
    expect(pointsOf(result, D[0])).toMatchObject({ onTimeAcceptance: 5, onTimeClosure: 20, returnVisit: 0 });
    expect(unit(result, D[0])).toMatchObject({ overdueOrders: 1, deduction: 2 });
    expect(pointsOf(result, A[0])).toEqual({
      onTimeAcceptance: 10,
      onTimeClosure: 20,
      replyQuality: 10,
      returnVisit: 5,
      satisfaction: 25,
      resolution: 20,
      repeatPetitions: 10,
    });
  });

  it('names the four findings with the cases behind each', () => {
    expect(findingsOf(result, A[0])).toEqual({});
    expect(findingsOf(result, B[0])).toEqual({
      handling: ['B2:late-acceptance'],
      reply: ['B5:review-changed'],
      implementation: ['B5:promise-broken+repeat-after-closure'],
      resolution: ['B3:not-resolved'],
    });
    expect(findingsOf(result, C[0])).toEqual({ handling: ['C3:repeated-extensions'], reply: ['C2:missing-reply-parts'] });
    expect(findingsOf(result, D[0])).toEqual({ handling: ['C3:repeated-returns', 'D2:late-acceptance'] });
  });

  it('gives the same result whatever the order of the rows', () => {
    expect(appraise([...QUARTER].reverse(), DEFAULT_APPRAISAL_CONFIG, PERIOD)).toEqual(result);
  });

  it('appraises a year from the rows of its four quarters', () => {
    const year = appraise(QUARTER, DEFAULT_APPRAISAL_CONFIG, { key: '2026', asOf: PERIOD.asOf });
    expect(unit(year, B[0]).cases).toBe(6);
    expect(figuresOf(year, B[0]).satisfaction).toBe('3/5');
  });
});

describe('scoring functions and grades', () => {
  const rule = (code: string) => DEFAULT_APPRAISAL_CONFIG.indicators.find((i) => i.code === code)!;

  it('gives full points when there is nothing to measure, and caps the target functions at the weight', () => {
    expect(points(rule('onTimeClosure'), 0, 0)).toBe(20);
    expect(points(rule('onTimeClosure'), 100, 100)).toBe(20);
    expect(points(rule('onTimeClosure'), 90, 100)).toBe(15);
    expect(points(rule('satisfaction'), 0, 10)).toBe(12.5);
    expect(points(rule('satisfaction'), 90, 100)).toBe(21);
    expect(points(rule('repeatPetitions'), 12, 20)).toBe(0);
  });

  it('grades at the boundaries: 90 优秀, 89.9 良好, 80 良好, 60 合格, 59.9 不合格', () => {
    expect([90, 89.9, 80, 79.9, 60, 59.9, 0].map((s) => gradeOf(s, DEFAULT_APPRAISAL_CONFIG))).toEqual([
      'excellent',
      'good',
      'good',
      'pass',
      'pass',
      'fail',
      'fail',
    ]);
  });

  it('shares a rank between equal scores', () => {
    const rows = [row('P1', 'unit-p', 'P'), row('Q1', 'unit-q', 'Q'), row('R1', 'unit-r', 'R', { finalRating: 'dissatisfied', resolved: false })];
    expect(appraise(rows, DEFAULT_APPRAISAL_CONFIG, PERIOD).units.map((u) => [u.unitId, u.rank])).toEqual([
      ['unit-p', 1],
      ['unit-q', 1],
      ['unit-r', 3],
    ]);
  });
});

describe('the appraisal configuration', () => {
  it('keeps the shipped JSON file and the built-in defaults equal', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '../../config/appraisal.default.json'), 'utf8')) as unknown;
    expect(parseAppraisalConfig(file)).toEqual(DEFAULT_APPRAISAL_CONFIG);
  });

  it('refuses a configuration with a missing indicator, an unknown scoring or unordered grades, naming each', () => {
    const bad = JSON.parse(JSON.stringify(DEFAULT_APPRAISAL_CONFIG)) as AppraisalConfig;
    bad.indicators = bad.indicators.filter((i) => i.code !== 'resolution');
    (bad.indicators[0].scoring as { kind: string }).kind = 'magic';
    bad.grades = [...bad.grades].reverse();
    expect(() => parseAppraisalConfig(bad)).toThrow(/resolution.*scoring\.kind.*ordered/s);
  });

  it('scores with another version when configured so, and says which', () => {
    const strict = { ...DEFAULT_APPRAISAL_CONFIG, version: 'strict-2027.1', deductions: { overdueOrder: 5 } };
    const result = appraise(QUARTER, parseAppraisalConfig(strict), PERIOD);
    expect(result.configVersion).toBe('strict-2027.1');
    expect(unit(result, B[0]).score).toBe(53);
  });
});
