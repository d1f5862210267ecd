import type { Lang } from '../../i18n/i18n';

type Label = Record<Lang, string>;

/** The seven indicators of the county appraisal (services/supervision appraisal-report.ts), in the table's order. */
export const INDICATORS: { code: string; label: Label; counted: Label }[] = [
  {
    code: 'onTimeAcceptance',
    label: { 'zh-CN': '按期受理', en: 'On-time acceptance' },
    counted: { 'zh-CN': '期限内作出受理决定的件数 ÷ 已作受理决定或受理期限已过的件数', en: 'Decided within the acceptance deadline ÷ decided or past that deadline' },
  },
  {
    code: 'onTimeClosure',
    label: { 'zh-CN': '按期办结', en: 'On-time closure' },
    counted: { 'zh-CN': '每次答复均未超期的件数 ÷ 已答复或办理期限已过仍未答复的件数', en: 'Every reply in time ÷ replied or past the handling deadline' },
  },
  {
    code: 'replyQuality',
    label: { 'zh-CN': '答复质量', en: 'Reply quality' },
    counted: { 'zh-CN': '未被复查复核变更撤销、答复要素齐全的件数 ÷ 已答复件数', en: 'Replies kept in review and complete ÷ replied' },
  },
  {
    code: 'returnVisit',
    label: { 'zh-CN': '回访率', en: 'Return visits' },
    counted: { 'zh-CN': '已回访件数 ÷ 已答复件数', en: 'Visited ÷ replied' },
  },
  {
    code: 'satisfaction',
    label: { 'zh-CN': '满意率', en: 'Satisfaction' },
    counted: { 'zh-CN': '最后一次评价为满意或基本满意的件数 ÷ 已评价件数', en: 'Last rating satisfied or basically satisfied ÷ rated' },
  },
  {
    code: 'resolution',
    label: { 'zh-CN': '解决率', en: 'Resolution' },
    counted: { 'zh-CN': '已解决件数 ÷ 结果已知的件数', en: 'Resolved ÷ outcome known' },
  },
  {
    code: 'repeatPetitions',
    label: { 'zh-CN': '重复信访', en: 'Repeat petitions' },
    counted: { 'zh-CN': '答复后同一事项又来信访的件数（每件扣 1 分）', en: 'Petitioned again on the same matter after the reply (−1 each)' },
  },
];

export const INDICATOR_LABELS: Record<string, Label> = Object.fromEntries(INDICATORS.map((i) => [i.code, i.label]));

/** Why a case stands behind a finding (services/supervision appraisal-report.ts FINDING_REASON_LABELS). */
export const FINDING_REASONS: Record<string, Label> = {
  'late-acceptance': { 'zh-CN': '超期受理', en: 'Late acceptance' },
  'repeated-returns': { 'zh-CN': '多次退回', en: 'Repeated returns' },
  'repeated-extensions': { 'zh-CN': '多次延期', en: 'Repeated extensions' },
  'review-changed': { 'zh-CN': '答复被复查复核变更或撤销', en: 'Reply changed or revoked in review' },
  'missing-reply-parts': { 'zh-CN': '答复要素缺失', en: 'Reply parts missing' },
  'promise-broken': { 'zh-CN': '承诺期限未落实', en: 'Promised date passed' },
  'repeat-after-closure': { 'zh-CN': '办结后重复信访', en: 'Petitioned again after closure' },
  'not-resolved': { 'zh-CN': '问题未解决', en: 'Not resolved' },
};

/** The grades in order, with a colour for charts and tags and a shape so colour is never the only signal. */
export const GRADE_ORDER = ['excellent', 'good', 'pass', 'fail'] as const;
// Tag text colours are dark enough on their light backgrounds for WCAG AA (≥ 4.5:1).
export const GRADE_STYLE: Record<string, { text: string; background: string; border: string; chart: string; symbol: string }> = {
  excellent: { text: '#135200', background: '#f6ffed', border: '#95de64', chart: '#389e0d', symbol: '★' },
  good: { text: '#1d39c4', background: '#f0f5ff', border: '#85a5ff', chart: '#1d4ed8', symbol: '●' },
  pass: { text: '#874d00', background: '#fffbe6', border: '#ffd666', chart: '#d48806', symbol: '▲' },
  fail: { text: '#a8071a', background: '#fff1f0', border: '#ffa39e', chart: '#cf1322', symbol: '■' },
  fair: { text: '#874d00', background: '#fffbe6', border: '#ffd666', chart: '#d48806', symbol: '▲' },
  poor: { text: '#a8071a', background: '#fff1f0', border: '#ffa39e', chart: '#cf1322', symbol: '■' },
};

/** How a signed-history entry fails verification. */
export const HISTORY_FAULTS: Record<string, Label> = {
  'report-altered': { 'zh-CN': '报告内容与存档哈希不符（报告被改动）', en: 'The report no longer matches its hash (report altered)' },
  'entry-altered': { 'zh-CN': '存档条目与其哈希不符（条目被改动）', en: 'The entry no longer matches its hash (entry altered)' },
  'chain-broken': { 'zh-CN': '与上一条目的链接断开', en: 'The link to the previous entry is broken' },
  'signature-invalid': { 'zh-CN': '签名无效', en: 'The signature is invalid' },
  'entry-missing': { 'zh-CN': '存档条目缺失', en: 'An entry is missing' },
};

export const HISTORY_KINDS: Record<string, Label> = {
  appraisal: { 'zh-CN': '考核评价', en: 'Appraisal' },
  bulletin: { 'zh-CN': '通报', en: 'Bulletin' },
};
