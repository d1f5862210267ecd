import type { EventType } from './catalogue';
import { vocabulary } from './vocabulary';

/**
 * Where a petition stands as the petitioner (intake's progress view) and supervision (the case
 * timeline) see it: one status derived from the events so far, never set directly. Handling's
 * and feedback's own work-item statuses are narrower and stay theirs.
 *
 * Reconciled from three copies that had drifted (intake's progress, supervision's case state,
 * routing's originalStatus labels):
 * - `rerouting` is worded for the petitioner (正在重新确定承办单位), not for staff (已退回，待改派):
 *   the petitioner needs to know the unit is being found again, not which unit refused the case.
 * - `review-decided` is its own status (intake showed `replied`): the answer came from the
 *   reviewing body (复查/复核机关), not a unit's reply to be rated again.
 * - `unknown` exists only for supervision, which may hear of a petition through another
 *   petition's duplicate link before its registration; the petitioner never sees it.
 */
export const PetitionStatuses = vocabulary({
  unknown: { 'zh-CN': '尚未收到登记信息', en: 'Not registered yet' },
  registered: { 'zh-CN': '已登记', en: 'Registered' },
  linked: { 'zh-CN': '已并入原件办理', en: 'Linked to an earlier case' },
  'awaiting-instruction': { 'zh-CN': '待领导阅示', en: "Awaiting a leader's instruction" },
  assigned: { 'zh-CN': '已交办，待受理', en: 'Assigned, awaiting acceptance' },
  rerouting: { 'zh-CN': '正在重新确定承办单位', en: 'Finding the responsible unit' },
  accepted: { 'zh-CN': '办理中', en: 'Being handled' },
  'not-accepted': { 'zh-CN': '不予受理', en: 'Not accepted' },
  'not-accepted-again': { 'zh-CN': '不再受理', en: 'Not accepted again' },
  transferred: { 'zh-CN': '转送其他机关', en: 'Transferred to another body' },
  replied: { 'zh-CN': '已答复', en: 'Replied' },
  reopened: { 'zh-CN': '重新办理中', en: 'Being handled again' },
  closed: { 'zh-CN': '已办结', en: 'Closed' },
  'under-review': { 'zh-CN': '复查复核中', en: 'Under review' },
  'review-decided': { 'zh-CN': '复查复核已答复', en: 'Review decided' },
  concluded: { 'zh-CN': '已办结息访', en: 'Concluded' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
});
export type PetitionStatus = (typeof PetitionStatuses.codes)[number];

/** The status each event type leads to; event types not listed leave the status as it was. */
export const STATUS_AFTER_EVENT: Readonly<Partial<Record<EventType, PetitionStatus>>> = {
  'petition.registered': 'registered',
  'petition.duplicate-linked': 'linked',
  'petition.not-accepted-again': 'not-accepted-again',
  'petition.instruction-requested': 'awaiting-instruction',
  'petition.assigned': 'assigned',
  'petition.reassigned': 'assigned',
  'case.returned': 'rerouting',
  'case.accepted': 'accepted',
  'case.not-accepted': 'not-accepted',
  'case.transferred': 'transferred',
  'case.replied': 'replied',
  'case.reopened': 'reopened',
  'case.closed': 'closed',
  'feedback.review-requested': 'under-review',
  'feedback.review-decided': 'review-decided',
  'petition.concluded': 'concluded',
  'petition.withdrawn': 'withdrawn',
};

/**
 * The unit's own closing of a case (`case.closed`) follows the petitioner's conclusion or withdrawal
 * (handling closes on the same rating that concluded the matter, a moment later): it must not turn
 * 已办结息访 back into 已办结.
 */
const KEPT_ON_CASE_CLOSED: ReadonlySet<PetitionStatus> = new Set(['concluded', 'withdrawn', 'not-accepted-again']);

/**
 * The status an event of this type leads to from `current`, or undefined when it leaves the
 * status as it was.
 */
export function statusAfterEvent(type: string, current?: PetitionStatus): PetitionStatus | undefined {
  if (type === 'case.closed' && current && KEPT_ON_CASE_CLOSED.has(current)) return undefined;
  return Object.prototype.hasOwnProperty.call(STATUS_AFTER_EVENT, type) ? STATUS_AFTER_EVENT[type as EventType] : undefined;
}

/**
 * Routing's own record statuses, as a petition status: routing stops following a case once it is
 * assigned, so `assigned` there covers the whole handling period and reads as 办理中 (`accepted`).
 */
const ROUTING_STATUS_AS_PETITION_STATUS = {
  'awaiting-instruction': 'awaiting-instruction',
  assigned: 'accepted',
  linked: 'linked',
  'not-accepted-again': 'not-accepted-again',
  replied: 'replied',
  closed: 'closed',
  concluded: 'concluded',
  withdrawn: 'withdrawn',
} as const satisfies Record<string, PetitionStatus>;
export type RoutingRecordStatus = keyof typeof ROUTING_STATUS_AS_PETITION_STATUS;

/**
 * The label of a routing record's status, e.g. for `originalStatus` of `petition.duplicate-linked`
 * (shown to the petitioner whose petition was linked to that case).
 */
export function routingStatusLabel(status: RoutingRecordStatus, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  return PetitionStatuses.label(ROUTING_STATUS_AS_PETITION_STATUS[status], lang);
}
