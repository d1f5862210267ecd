import type { Lang } from '../../i18n/i18n';

type Labels = Record<string, Record<Lang, string>>;

/** Where a petition stands in routing (what the operator tells a caller). */
export const ROUTING_STATUS: Labels = {
  'awaiting-instruction': { 'zh-CN': '待领导批示', en: 'Awaiting instruction' },
  assigned: { 'zh-CN': '已交办', en: 'Assigned' },
  linked: { 'zh-CN': '已判重并案', en: 'Linked as a duplicate' },
  'not-accepted-again': { 'zh-CN': '不再受理', en: 'Not accepted again' },
  replied: { 'zh-CN': '已答复', en: 'Replied' },
  closed: { 'zh-CN': '已办结', en: 'Closed' },
  concluded: { 'zh-CN': '已终结', en: 'Concluded' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};

/** 判重结论. */
export const DECISION: Labels = {
  new: { 'zh-CN': '新信访', en: 'New matter' },
  repeat: { 'zh-CN': '重复信访', en: 'Repeat (same person)' },
  joint: { 'zh-CN': '联名/同一事项', en: 'Joint (same matter)' },
};

/** Why a candidate is shown. */
export const HINT_REASON: Labels = {
  'similar-text': { 'zh-CN': '内容相似', en: 'Similar text' },
  'same-matter-group': { 'zh-CN': '同一事项的主件', en: 'Lead case of the matter' },
};

export function label(labels: Labels, code: string | undefined, lang: Lang): string {
  if (!code) return '—';
  return labels[code]?.[lang] ?? code;
}
