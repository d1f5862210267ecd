/**
 * Shared vocabularies of the petition domain. Every value is a stable English code (used in
 * events, URLs and the database) with a zh-CN label for people (and an English one for the
 * English UI). Adding a value is a compatible change; renaming or removing one is not.
 */

export interface Label {
  'zh-CN': string;
  en: string;
}

/** A vocabulary from its codes and their labels: `codes`, `labels`, `has(value)`, `label(code, lang)`. */
export function vocabulary<const T extends Record<string, Label>>(labels: T) {
  const codes = Object.keys(labels) as (keyof T & string)[];
  return {
    codes,
    labels,
    has(value: unknown): value is keyof T & string {
      return typeof value === 'string' && Object.prototype.hasOwnProperty.call(labels, value);
    },
    label(value: keyof T & string, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
      return labels[value][lang];
    },
  };
}

/** Where a petition came in (渠道). MISSION 1.1, plus Open311 civic apps. */
export const Channels = vocabulary({
  web: { 'zh-CN': '网上留言', en: 'Web message board' },
  hotline: { 'zh-CN': '电话热线', en: 'Phone hotline' },
  'secretary-mailbox': { 'zh-CN': '书记信箱', en: "Party secretary's mailbox" },
  'head-mailbox': { 'zh-CN': '区长信箱', en: "District head's mailbox" },
  'upper-level': { 'zh-CN': '上级转交', en: 'Transferred from an upper-level office' },
  open311: { 'zh-CN': '城市服务应用（Open311）', en: 'Civic app (Open311)' },
});
export type Channel = (typeof Channels.codes)[number];

/** What the petitioner wants (信访事项类型); each kind is handled differently (MISSION 2.2). */
export const PetitionKinds = vocabulary({
  suggestion: { 'zh-CN': '建议', en: 'Suggestion' },
  consultation: { 'zh-CN': '咨询', en: 'Consultation' },
  request: { 'zh-CN': '求决', en: 'Request for a solution' },
  complaint: { 'zh-CN': '投诉', en: 'Complaint' },
  report: { 'zh-CN': '检举控告', en: 'Report / accusation' },
});
export type PetitionKind = (typeof PetitionKinds.codes)[number];

/** How a unit answered (办理结果). */
export const ReplyOutcomes = vocabulary({
  supported: { 'zh-CN': '支持', en: 'Supported' },
  explained: { 'zh-CN': '解释说明', en: 'Explained' },
  'not-supported': { 'zh-CN': '不支持', en: 'Not supported' },
  adopted: { 'zh-CN': '采纳', en: 'Adopted' },
  answered: { 'zh-CN': '已解答', en: 'Answered' },
  'partly-adopted': { 'zh-CN': '部分采纳', en: 'Partly adopted' },
  noted: { 'zh-CN': '留作参考', en: 'Noted for reference' },
  /** A promised completion date that is tracked (落实): passing it without a completion note is 落实不到位. */
  scheduled: { 'zh-CN': '限期解决', en: 'Scheduled for a promised date' },
  'transferred-to-discipline': { 'zh-CN': '移交纪检监察机关', en: 'Transferred to the discipline and supervision body' },
});
export type ReplyOutcome = (typeof ReplyOutcomes.codes)[number];

/** The petitioner's verdict on a reply (满意度测评). */
export const SatisfactionLevels = vocabulary({
  satisfied: { 'zh-CN': '满意', en: 'Satisfied' },
  'basically-satisfied': { 'zh-CN': '基本满意', en: 'Basically satisfied' },
  dissatisfied: { 'zh-CN': '不满意', en: 'Dissatisfied' },
});
export type SatisfactionLevel = (typeof SatisfactionLevels.codes)[number];

/** Handling warning light (警示灯), from the statutory deadlines. MISSION 4.1. */
export const WarningLights = vocabulary({
  green: { 'zh-CN': '绿灯（正常）', en: 'Green (on time)' },
  yellow: { 'zh-CN': '黄灯（临近期限）', en: 'Yellow (deadline near)' },
  red: { 'zh-CN': '红灯（已超期）', en: 'Red (overdue)' },
});
export type WarningLight = (typeof WarningLights.codes)[number];

/** How a new petition relates to an earlier one (判重). */
export const DuplicateRelations = vocabulary({
  repeat: { 'zh-CN': '重复信访', en: 'Repeat (same person, same matter)' },
  joint: { 'zh-CN': '联名/同一事项', en: 'Joint (different people, same matter)' },
});
export type DuplicateRelation = (typeof DuplicateRelations.codes)[number];

export const EscalationReasons = vocabulary({
  urgent: { 'zh-CN': '紧急', en: 'Urgent' },
  major: { 'zh-CN': '重大', en: 'Major' },
  group: { 'zh-CN': '群体性', en: 'Group' },
});
export type EscalationReason = (typeof EscalationReasons.codes)[number];

export const Urgencies = vocabulary({
  normal: { 'zh-CN': '一般', en: 'Normal' },
  urgent: { 'zh-CN': '紧急', en: 'Urgent' },
});
export type Urgency = (typeof Urgencies.codes)[number];

/** A leader's decision on an item put to them (批示). */
export const InstructionDecisions = vocabulary({
  approve: { 'zh-CN': '同意交办', en: 'Approve assignment' },
  'send-back': { 'zh-CN': '发回重新办理', en: 'Send back for re-handling' },
});
export type InstructionDecision = (typeof InstructionDecisions.codes)[number];

export const ReopenReasons = vocabulary({
  'leader-sent-back': { 'zh-CN': '领导发回重办', en: 'Sent back by a leader' },
  dissatisfied: { 'zh-CN': '群众不满意', en: 'Petitioner dissatisfied' },
  supervision: { 'zh-CN': '督办要求重办', en: 'Ordered by supervision' },
  /** A review or re-review decided "change": the unit handles the case again with the body's directions. */
  'review-changed': { 'zh-CN': '复查/复核决定变更', en: 'Changed by a review decision' },
});
export type ReopenReason = (typeof ReopenReasons.codes)[number];

/** 复查 / 复核 (信访工作条例 art. 35). */
export const ReviewLevels = vocabulary({
  review: { 'zh-CN': '复查', en: 'Review' },
  're-review': { 'zh-CN': '复核', en: 'Re-review' },
});
export type ReviewLevel = (typeof ReviewLevels.codes)[number];

/**
 * The reviewing body's decision. New code uses `uphold`, `change` and `revoke`; `upheld` and
 * `revised` stay for events published before they existed.
 */
export const ReviewDecisions = vocabulary({
  upheld: { 'zh-CN': '维持原处理意见', en: 'Original handling upheld' },
  revised: { 'zh-CN': '撤销或变更原处理意见', en: 'Original handling revised' },
  uphold: { 'zh-CN': '维持', en: 'Uphold' },
  /** Sends the case back to the unit with directions and a new deadline. */
  change: { 'zh-CN': '变更，责令重新办理', en: 'Change: handle again as directed' },
  revoke: { 'zh-CN': '撤销原处理意见', en: 'Revoke the original handling opinion' },
});
export type ReviewDecision = (typeof ReviewDecisions.codes)[number];

export const ConclusionReasons = vocabulary({
  satisfied: { 'zh-CN': '群众满意', en: 'Petitioner satisfied' },
  'review-exhausted': { 'zh-CN': '复查复核程序终结', en: 'Review and re-review exhausted' },
  'no-review-requested': { 'zh-CN': '期满未申请复查', en: 'No review requested in time' },
  withdrawn: { 'zh-CN': '信访人撤回', en: 'Withdrawn by the petitioner' },
});
export type ConclusionReason = (typeof ConclusionReasons.codes)[number];

export const VisitMethods = vocabulary({
  phone: { 'zh-CN': '电话回访', en: 'Phone' },
  'on-site': { 'zh-CN': '上门回访', en: 'On site' },
  online: { 'zh-CN': '网上回访', en: 'Online' },
});
export type VisitMethod = (typeof VisitMethods.codes)[number];

/** Where a rating came from (the source of each rating is kept, MISSION 3.3 满意度测评). */
export const RatingSources = vocabulary({
  online: { 'zh-CN': '网上评价', en: 'Online' },
  /** Recorded by the unit or the joint office on the petitioner's behalf during a return visit. */
  visit: { 'zh-CN': '回访代评', en: 'Through a return visit' },
});
export type RatingSource = (typeof RatingSources.codes)[number];

export const BulletinPeriods = vocabulary({
  daily: { 'zh-CN': '日清理', en: 'Daily' },
  monthly: { 'zh-CN': '月通报', en: 'Monthly' },
  quarterly: { 'zh-CN': '季度分析', en: 'Quarterly' },
});
export type BulletinPeriod = (typeof BulletinPeriods.codes)[number];

/** The four "not in place" findings of the quarterly appraisal (四个不到位). MISSION 4.3. */
export const AppraisalFindings = vocabulary({
  handling: { 'zh-CN': '办理不到位', en: 'Handling not in place' },
  reply: { 'zh-CN': '回复不到位', en: 'Reply not in place' },
  implementation: { 'zh-CN': '落实不到位', en: 'Implementation not in place' },
  resolution: { 'zh-CN': '解决不到位', en: 'Resolution not in place' },
});
export type AppraisalFinding = (typeof AppraisalFindings.codes)[number];

/**
 * Grades of the appraisal. The county scale is 优秀 ≥ 90, 良好 80–89, 合格 60–79, 不合格 < 60
 * (`pass`, `fail`); `fair` and `poor` stay for events published before it and are not used by new code.
 */
export const AppraisalGrades = vocabulary({
  excellent: { 'zh-CN': '优秀', en: 'Excellent' },
  good: { 'zh-CN': '良好', en: 'Good' },
  fair: { 'zh-CN': '一般', en: 'Fair' },
  poor: { 'zh-CN': '较差', en: 'Poor' },
  pass: { 'zh-CN': '合格', en: 'Pass' },
  fail: { 'zh-CN': '不合格', en: 'Fail' },
});
export type AppraisalGrade = (typeof AppraisalGrades.codes)[number];

/**
 * Why a supervision order (督办单) was issued. The first six are a supervisor's (by hand); the
 * last three are issued automatically by supervision's scheduler.
 */
export const SupervisionOrderReasons = vocabulary({
  'unjustified-delay': { 'zh-CN': '无正当理由超期', en: 'Delayed without justification' },
  'no-result-reported': { 'zh-CN': '未报告办理结果', en: 'No result reported' },
  'wrong-procedure': { 'zh-CN': '程序不当', en: 'Wrong procedure' },
  evasion: { 'zh-CN': '推诿敷衍', en: 'Evasion or perfunctory handling' },
  'opinion-not-carried-out': { 'zh-CN': '处理意见未落实', en: 'Handling opinion not carried out' },
  other: { 'zh-CN': '其他', en: 'Other' },
  overdue: { 'zh-CN': '超期未办', en: 'Time limit passed (automatic)' },
  'rehandling-limit': { 'zh-CN': '重办后仍不满意', en: 'Still dissatisfied after re-handling (automatic)' },
  'repeated-returns': { 'zh-CN': '多次退回', en: 'Returned repeatedly (automatic)' },
});
export type SupervisionOrderReason = (typeof SupervisionOrderReasons.codes)[number];

/** The service that produced an event. */
export const Producers = ['intake', 'routing', 'handling', 'feedback', 'supervision'] as const;
export type Producer = (typeof Producers)[number];
