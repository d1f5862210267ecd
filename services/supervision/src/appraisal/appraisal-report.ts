/**
 * The appraisal as a document (考核报告) for the XLSX and PDF renderers: scores, grades and ranks
 * with a chart, every indicator's figures, the four findings with their cases, and how each
 * indicator is counted.
 */
import { AppraisalFindings, AppraisalGrades } from '@sunshine/contracts';
import type { ReportDocument } from '../documents/report-document';
import type { AppraisalResult, FindingReason } from './appraisal';
import type { IndicatorCode } from './appraisal-config';

/** The as-of instant as a reader in the district reads it (Asia/Shanghai), not a UTC instant. */
const LOCAL_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

export const INDICATOR_LABELS: Record<IndicatorCode, { 'zh-CN': string; en: string; counted: string }> = {
  onTimeAcceptance: { 'zh-CN': '按期受理', en: 'On-time acceptance', counted: '期限内作出受理决定的件数 ÷ 已作受理决定或受理期限已过的件数' },
  onTimeClosure: { 'zh-CN': '按期办结', en: 'On-time closure', counted: '每次答复均未超过当时办理期限的件数 ÷ 已答复或办理期限已过仍未答复的件数（不予受理件除外）' },
  replyQuality: { 'zh-CN': '答复质量', en: 'Reply quality', counted: '未被复查复核变更撤销、答复要素齐全的件数 ÷ 已答复件数' },
  returnVisit: { 'zh-CN': '回访率', en: 'Return-visit rate', counted: '已回访件数 ÷ 已答复件数' },
  satisfaction: { 'zh-CN': '满意率', en: 'Satisfaction rate', counted: '最后一次评价为满意或基本满意的件数 ÷ 已评价件数' },
  resolution: { 'zh-CN': '解决率', en: 'Resolution rate', counted: '已解决件数 ÷ 结果已知（已评价或已终结）的件数' },
  repeatPetitions: { 'zh-CN': '重复信访', en: 'Repeat petitions', counted: '答复后同一事项又来信访的件数（每件扣 1 分）' },
};

export const FINDING_REASON_LABELS: Record<FindingReason, { 'zh-CN': string; en: string }> = {
  'late-acceptance': { 'zh-CN': '超期受理', en: 'Late acceptance' },
  'repeated-returns': { 'zh-CN': '多次退回', en: 'Repeated returns' },
  'repeated-extensions': { 'zh-CN': '多次延期', en: 'Repeated extensions' },
  'review-changed': { 'zh-CN': '答复被复查复核变更或撤销', en: 'Reply changed or revoked in review' },
  'missing-reply-parts': { 'zh-CN': '答复要素缺失', en: 'Reply parts missing' },
  'promise-broken': { 'zh-CN': '承诺期限未落实', en: 'Promised date passed' },
  'repeat-after-closure': { 'zh-CN': '办结后重复信访', en: 'Petitioned again after closure' },
  'not-resolved': { 'zh-CN': '问题未解决', en: 'Not resolved' },
};

/** `2026-Q4` → 2026年第四季度; `2026` → 2026年度. */
export function periodLabel(period: string): string {
  const [year, quarter] = period.split('-Q');
  return quarter ? `${year}年第${'一二三四'[Number(quarter) - 1]}季度` : `${year}年度`;
}

export function appraisalReport(view: AppraisalResult & { provisional: boolean }): ReportDocument {
  const units = view.units;
  const codes = Object.keys(INDICATOR_LABELS) as IndicatorCode[];
  const indicatorTable = (value: (i: AppraisalResult['units'][number]['indicators'][number]) => number | string, numFmt?: string) => ({
    columns: [
      { key: 'unit', header: '单位', width: 20 },
      ...codes.map((code) => ({ key: code, header: INDICATOR_LABELS[code]['zh-CN'], width: 9, numFmt })),
    ],
    rows: units.map((u) => ({ unit: u.unitName, ...Object.fromEntries(u.indicators.map((i) => [i.code, value(i)])) })),
  });
  return {
    title: `${periodLabel(view.period)}网上信访工作考核报告`,
    subtitle: `Appraisal of online petition work — ${view.period}${view.provisional ? '（临时结果 provisional）' : ''}`,
    facts: [
      ['考核期间 Period', view.period],
      ['考核细则版本 Config version', view.configVersion],
      ['数据截至 Figures as of', LOCAL_TIME.format(new Date(view.asOf))],
      ['参评单位 Units', String(units.length)],
    ],
    sections: [
      {
        heading: '一、得分、等次与排名',
        sheetName: '得分排名',
        paragraphs: ['等次：优秀 ≥ 90，良好 80–89，合格 60–79，不合格 < 60。得分 = 七项指标得分之和 − 超期督办单扣分。'],
        chart: { kind: 'bar', title: '各单位考核得分', categories: units.map((u) => u.unitName), series: [{ name: '得分', values: units.map((u) => u.score) }], max: 100 },
        table: {
          columns: [
            { key: 'rank', header: '名次', width: 6 },
            { key: 'unit', header: '单位', width: 26 },
            { key: 'score', header: '得分', width: 8, numFmt: '0.0' },
            { key: 'grade', header: '等次', width: 8 },
            { key: 'commended', header: '表扬', width: 6 },
            { key: 'cases', header: '件数', width: 6 },
            { key: 'deduction', header: '督办扣分', width: 8 },
          ],
          rows: units.map((u) => ({
            rank: u.rank,
            unit: u.unitName,
            score: u.score,
            grade: AppraisalGrades.label(u.grade),
            commended: u.commended ? '表扬' : '',
            cases: u.cases,
            deduction: u.deduction,
          })),
        },
      },
      { heading: '二、各项指标得分', sheetName: '指标得分', table: indicatorTable((i) => i.points, '0.00') },
      {
        heading: '三、各项指标分子/分母',
        sheetName: '指标分子分母',
        paragraphs: ['口径见“指标口径”。分母为 0 的指标记满分。'],
        table: indicatorTable((i) => `${i.numerator}/${i.denominator}`),
      },
      {
        heading: '四、“四个不到位”',
        sheetName: '四个不到位',
        paragraphs: units.every((u) => !u.findings.length) ? ['本期无单位存在“四个不到位”问题。'] : [],
        table: {
          columns: [
            { key: 'unit', header: '单位', width: 22 },
            { key: 'finding', header: '问题', width: 12 },
            { key: 'caseNumber', header: '信访件编号', width: 18 },
            { key: 'reasons', header: '具体情形', width: 30 },
          ],
          rows: units.flatMap((u) =>
            u.findings.flatMap((f) =>
              f.cases.map((c) => ({
                unit: u.unitName,
                finding: AppraisalFindings.label(f.code),
                caseNumber: c.caseNumber ?? c.petitionId,
                reasons: c.reasons.map((r) => FINDING_REASON_LABELS[r]['zh-CN']).join('；'),
              })),
            ),
          ),
        },
      },
      {
        heading: '五、指标口径',
        sheetName: '指标口径',
        table: {
          columns: [
            { key: 'indicator', header: '指标', width: 14 },
            { key: 'counted', header: '计算口径', width: 60 },
          ],
          rows: (Object.keys(INDICATOR_LABELS) as IndicatorCode[]).map((code) => ({ indicator: INDICATOR_LABELS[code]['zh-CN'], counted: INDICATOR_LABELS[code].counted })),
        },
      },
    ],
  };
}
