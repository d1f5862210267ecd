/**
 * What a written reply (书面答复意见) must contain, by the kind of petition and the outcome
 * chosen (MISSION 2.2; 信访工作条例 art. 32–35). Handling refuses a reply that misses a part;
 * intake and supervision may use the labels to show a reply's parts.
 */
import { STATUTORY } from './statutory-limits';
import { vocabulary, type PetitionKind, type ReplyOutcome } from './vocabulary';

/** The outcomes each kind may be answered with (办理结果 belongs to the kind). */
export const OUTCOMES_BY_KIND: Readonly<Record<PetitionKind, readonly ReplyOutcome[]>> = Object.freeze({
  /** 建议: adopted, partly adopted or noted, always with thanks. */
  suggestion: ['adopted', 'partly-adopted', 'noted'],
  /** 咨询: answered, citing the legal or policy basis (a standard answer where one exists). */
  consultation: ['answered'],
  /** 求决: resolved now, scheduled for a promised date, explained and still worked on, or not supported. */
  request: ['supported', 'scheduled', 'explained', 'not-supported'],
  /** 投诉: as a request. */
  complaint: ['supported', 'scheduled', 'explained', 'not-supported'],
  /** 检举控告: transferred to the discipline and supervision body (条例 art. 45; ADR 0004). */
  report: ['transferred-to-discipline'],
});

export function outcomeFitsKind(kind: PetitionKind, outcome: ReplyOutcome): boolean {
  return OUTCOMES_BY_KIND[kind].includes(outcome);
}

/** The parts a reply can be refused for missing, with the name a person reads. */
export const ReplyParts = vocabulary({
  facts: { 'zh-CN': '查明的事实', en: 'the facts found' },
  decision: { 'zh-CN': '处理意见', en: 'the decision' },
  basis: { 'zh-CN': '处理依据', en: 'the basis of the decision' },
  promisedBy: { 'zh-CN': '承诺完成日期', en: 'the promised completion date' },
  nextCheckAt: { 'zh-CN': '下次核查日期', en: 'the next check date' },
  promiseExplanation: {
    'zh-CN': '承诺完成日期晚于办理期限的原因说明',
    en: 'why the promised date is later than the handling deadline',
  },
  legalBasis: {
    'zh-CN': '标准答复或法律政策依据（法规名称及条款）',
    en: 'a standard answer or a legal or policy basis citing the law and article',
  },
});
export type ReplyPart = (typeof ReplyParts.codes)[number];

/** Every reply states the facts found, the decision and its basis (条例 art. 32). */
const ALWAYS: readonly ReplyPart[] = ['facts', 'decision', 'basis'];

/** The parts an outcome needs beyond the ones every reply needs. */
const EXTRA_BY_OUTCOME: Partial<Record<ReplyOutcome, readonly ReplyPart[]>> = {
  scheduled: ['promisedBy'],
  explained: ['nextCheckAt'],
  answered: ['legalBasis'],
};

/** The parts a reply of this outcome must contain, in the order a person reads them. */
export function requiredReplyParts(outcome: ReplyOutcome): ReplyPart[] {
  return [...ALWAYS, ...(EXTRA_BY_OUTCOME[outcome] ?? [])];
}

/**
 * Whether a basis cites a law or policy and an article (e.g. 《社会保险法》第十九条, 条例 art. 31,
 * 第3条): what a consultation answered without a standard answer must do.
 */
export function citesLawAndArticle(basis: string): boolean {
  const names = /《[^》]+》|条例|法|办法|规定|意见|通知|Law|Act|Regulation|Measures/i;
  const article = /第\s*[一二三四五六七八九十百零〇0-9]+\s*条|art(?:icle)?\.?\s*\d+/i;
  return names.test(basis) && article.test(basis);
}

/** The default reviewing body a reply names (复查机关); a district configures its own. */
export const DEFAULT_REVIEW_BODY = {
  'zh-CN': '区人民政府信访复查复核机关',
  en: "the District People's Government's petition review office",
} as const;

/**
 * The sentence every written reply ends with: the petitioner's right to ask for review (复查)
 * within 30 days of receiving it, and where (信访工作条例 art. 35).
 */
export function REVIEW_RIGHTS_NOTICE(lang: 'zh-CN' | 'en', reviewBody?: string): string {
  const days = STATUTORY.reviewRequestDays;
  const body = reviewBody ?? DEFAULT_REVIEW_BODY[lang];
  return lang === 'zh-CN'
    ? `如对本答复意见不服，可自收到本答复意见之日起${days}日内向${body}提出复查请求（《信访工作条例》第三十五条）。`
    : `If you disagree with this reply, you may ask ${body} to review it (复查) within ${days} days of receiving it (Regulations on Petition Work, art. 35).`;
}
