import type { EventType } from '@sunshine/contracts';

export interface Title {
  'zh-CN': string;
  en: string;
}

/**
 * The title of each kind of timeline entry, in zh-CN and English: what supervisors read above the
 * one-line summary. Typed over every event type, so a new event in the contracts cannot reach the
 * timeline without a title.
 */
export const TIMELINE_TITLES: Readonly<Record<EventType, Title>> = {
  'petition.registered': { 'zh-CN': '登记', en: 'Registered' },
  'petition.withdrawn': { 'zh-CN': '撤回', en: 'Withdrawn' },
  'petition.duplicate-linked': { 'zh-CN': '判重并件', en: 'Linked to an earlier case' },
  'petition.link-undone': { 'zh-CN': '撤销并件', en: 'Duplicate link undone' },
  'petition.not-accepted-again': { 'zh-CN': '不再受理（复核后同一事实）', en: 'Not accepted again (same facts after re-review)' },
  'petition.triaged': { 'zh-CN': '分类', en: 'Triaged' },
  'petition.escalated': { 'zh-CN': '即时报告领导', en: 'Escalated to leaders' },
  'petition.instruction-requested': { 'zh-CN': '呈报领导阅示', en: 'Put to a leader for instruction' },
  'petition.instructed': { 'zh-CN': '领导批示', en: 'Leader instructed' },
  'petition.leader-instructed': { 'zh-CN': '领导再次批示', en: 'Leader instructed on the case' },
  'petition.assigned': { 'zh-CN': '交办', en: 'Assigned' },
  'petition.reassigned': { 'zh-CN': '改派', en: 'Reassigned' },
  'case.accepted': { 'zh-CN': '受理', en: 'Accepted' },
  'case.not-accepted': { 'zh-CN': '不予受理', en: 'Not accepted' },
  'case.transferred': { 'zh-CN': '转送其他机关', en: 'Transferred to another body' },
  'case.returned': { 'zh-CN': '退回', en: 'Returned as misrouted' },
  'case.extension-requested': { 'zh-CN': '申请延期', en: 'Extension requested' },
  'case.extension-refused': { 'zh-CN': '延期未获批准', en: 'Extension refused' },
  'case.extended': { 'zh-CN': '批准延期', en: 'Extension granted' },
  'case.assist-opinion-submitted': { 'zh-CN': '协办意见', en: 'Assisting opinion submitted' },
  'case.joint-convened': { 'zh-CN': '联席会商', en: 'Joint handling convened' },
  'case.coordination-requested': { 'zh-CN': '申请联席协调', en: 'Coordination requested' },
  'case.replied': { 'zh-CN': '答复', en: 'Replied' },
  'case.completion-reported': { 'zh-CN': '承诺事项落实', en: 'Promised work completed' },
  'case.reopened': { 'zh-CN': '重新办理', en: 'Reopened' },
  'case.rehandling-limit-reached': { 'zh-CN': '重办次数已满', en: 'Re-handling limit reached' },
  'case.closed': { 'zh-CN': '办结', en: 'Closed' },
  'case.order-answered': { 'zh-CN': '督办回复', en: 'Supervision order answered' },
  'feedback.visited': { 'zh-CN': '回访', en: 'Return visit' },
  'feedback.rated': { 'zh-CN': '满意度测评', en: 'Rated' },
  'feedback.review-requested': { 'zh-CN': '申请复查复核', en: 'Review requested' },
  'feedback.review-decided': { 'zh-CN': '复查复核意见', en: 'Review decided' },
  'petition.concluded': { 'zh-CN': '事项办结', en: 'Concluded' },
  'supervision.reminded': { 'zh-CN': '提醒', en: 'Reminder' },
  'supervision.order-issued': { 'zh-CN': '督办', en: 'Supervision order' },
  'supervision.bulletin-published': { 'zh-CN': '通报', en: 'Bulletin' },
  'appraisal.published': { 'zh-CN': '考核结果', en: 'Appraisal' },
};

/** The title of an entry's event type (the type itself for one the contracts no longer know). */
export function timelineTitle(type: string): Title {
  return (TIMELINE_TITLES as Record<string, Title>)[type] ?? { 'zh-CN': type, en: type };
}
