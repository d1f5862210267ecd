import type { Lang } from '../../i18n/i18n';

type Label = Record<Lang, string>;

/** Why an item waits for a leader (routing's instruction policy). */
export const INSTRUCTION_REASONS: Record<string, Label> = {
  'leader-mailbox': { 'zh-CN': '写给领导信箱', en: 'Letter to a leader’s mailbox' },
  'policy-all': { 'zh-CN': '全部呈阅', en: 'All items go to leaders' },
  urgent: { 'zh-CN': '紧急事项', en: 'Urgent matter' },
  group: { 'zh-CN': '群体性事项', en: 'Group matter' },
  confidential: { 'zh-CN': '检举控告（保密）', en: 'Report (confidential)' },
  'multi-unit': { 'zh-CN': '涉及多个单位', en: 'Several units involved' },
  'low-confidence': { 'zh-CN': '分办把握不足', en: 'Routing uncertain' },
  rule: { 'zh-CN': '规则要求呈阅', en: 'A routing rule requires it' },
};

/** What made an item urgent or major (routing's urgency cues). */
export const SIGNALS: Record<string, Label> = {
  'self-harm': { 'zh-CN': '有极端/自伤倾向', en: 'Risk of self-harm' },
  gathering: { 'zh-CN': '可能聚集', en: 'Possible gathering' },
  'safety-hazard': { 'zh-CN': '安全隐患', en: 'Safety hazard' },
  'wage-arrears': { 'zh-CN': '拖欠工资', en: 'Wage arrears' },
  'holiday-near': { 'zh-CN': '临近节假日', en: 'Holiday near' },
};

export function signalLabel(signal: string, lang: Lang): string {
  const group = /^group:(\d+)-in-(\d+)-days$/.exec(signal);
  if (group) return lang === 'en' ? `${group[1]} petitioners in ${group[2]} days` : `${group[2]} 日内 ${group[1]} 人反映同一事项`;
  return SIGNALS[signal]?.[lang] ?? signal;
}

/** Handling's case statuses (narrower than the petition's). */
export const CASE_STATUSES: Record<string, Label> = {
  assigned: { 'zh-CN': '已交办，待受理', en: 'Assigned, awaiting acceptance' },
  accepted: { 'zh-CN': '办理中', en: 'Being handled' },
  'not-accepted': { 'zh-CN': '不予受理', en: 'Not accepted' },
  transferred: { 'zh-CN': '已转送', en: 'Transferred' },
  returned: { 'zh-CN': '已退回，待改派', en: 'Returned, being reassigned' },
  replied: { 'zh-CN': '已答复', en: 'Replied' },
  reopened: { 'zh-CN': '重新办理中', en: 'Being handled again' },
  closed: { 'zh-CN': '已办结', en: 'Closed' },
};

export const EXTENSION_STATUSES: Record<string, Label> = {
  pending: { 'zh-CN': '待审批', en: 'Pending' },
  approved: { 'zh-CN': '已同意', en: 'Approved' },
  refused: { 'zh-CN': '未同意', en: 'Refused' },
};

/** Quick phrases for the instruction text (批示意见). The first is the one-click default. */
export const QUICK_PHRASES: Label[] = [
  { 'zh-CN': '请按期办结并答复群众。', en: 'Please conclude on time and reply to the petitioner.' },
  { 'zh-CN': '请主办单位牵头、协办单位配合，依法依规妥善处理。', en: 'Lead unit to take charge with the assisting units’ support; handle it lawfully and properly.' },
  { 'zh-CN': '请立即核实处置，确保群众安全，及时报告进展。', en: 'Verify and act at once, keep people safe, and report progress promptly.' },
  { 'zh-CN': '此件我包案，请每周报告办理进展。', en: 'I take charge of this case personally; report progress weekly.' },
  { 'zh-CN': '请深入现场调查，当面答复信访人。', en: 'Investigate on site and answer the petitioner in person.' },
];

export const DEFAULT_PHRASE = QUICK_PHRASES[0];

/** How long something has waited, e.g. "2 天 3 小时" / "2 d 3 h". */
export function formatWaiting(fromIso: string, now: number, lang: Lang): string {
  const minutes = Math.max(0, Math.floor((now - new Date(fromIso).getTime()) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (lang === 'en') return days > 0 ? `${days} d ${hours} h` : hours > 0 ? `${hours} h ${mins} min` : `${mins} min`;
  return days > 0 ? `${days} 天 ${hours} 小时` : hours > 0 ? `${hours} 小时 ${mins} 分钟` : `${mins} 分钟`;
}

/** Whole days until a deadline (negative when passed). */
export function daysUntil(iso: string, now: number): number {
  return Math.ceil((new Date(iso).getTime() - now) / 86_400_000);
}

export const LIGHT_ORDER: Record<string, number> = { red: 0, yellow: 1, green: 2, none: 3 };
