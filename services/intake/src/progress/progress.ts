import {
  ConclusionReasons,
  PetitionStatuses,
  ReplyOutcomes,
  ReviewDecisions,
  ReviewLevels,
  SatisfactionLevels,
  STATUTORY,
  statusAfterEvent,
  type DomainEvent,
  type PetitionStatus,
  type ReplyOutcome,
  type ReviewLevel,
} from '@sunshine/contracts';
import type { Language } from '@sunshine/platform';
import type { ProgressStep } from '../registration/petition.schema';

/**
 * The petitioner's progress view (办理进度): what they may know of their petition, in plain
 * zh-CN (or English). It never shows internal notes — leaders' instructions, staff names,
 * triage, escalations, reminders — nor anything about other petitioners.
 */

type Params = Record<string, string | number | boolean>;

/** The public facts of an event, or undefined for events the petitioner does not see. */
export function stepOf(event: DomainEvent): ProgressStep | undefined {
  const at = new Date(event.occurredAt);
  const step = (params: Params = {}): ProgressStep => ({ code: event.type, at, eventId: event.id, params });
  switch (event.type) {
    case 'petition.withdrawn':
      return step();
    case 'petition.duplicate-linked':
      return step({
        relation: event.payload.relation,
        originalCaseNumber: event.payload.originalCaseNumber,
        ...(event.payload.originalStatus ? { originalStatus: event.payload.originalStatus } : {}),
        possibleReview: event.payload.possibleReview,
      });
    case 'petition.instruction-requested':
    case 'petition.instructed':
      return step();
    case 'petition.assigned':
      return step({ unitName: event.payload.leadUnitName, acceptBy: event.payload.acceptBy });
    case 'petition.reassigned':
      return step({ unitName: event.payload.leadUnitName, acceptBy: event.payload.acceptBy });
    case 'case.accepted':
      return step({ handleBy: event.payload.handleBy });
    case 'case.not-accepted':
      return step({ reason: event.payload.reason, legalBasis: event.payload.legalBasis });
    case 'case.returned':
      return step();
    case 'case.extended':
      return step({ handleBy: event.payload.handleBy, reason: event.payload.reason, days: event.payload.days });
    case 'case.replied':
      return step({ outcome: event.payload.outcome, text: event.payload.text, round: event.payload.round });
    case 'case.reopened':
      return step({ handleBy: event.payload.handleBy });
    case 'case.closed':
      return step();
    case 'feedback.visited':
      return step();
    case 'feedback.rated':
      return step({ satisfaction: event.payload.satisfaction, round: event.payload.round });
    case 'feedback.review-requested':
      return step({ level: event.payload.level, answerBy: event.payload.answerBy });
    case 'feedback.review-decided':
      return step({ level: event.payload.level, decision: event.payload.decision, text: event.payload.text });
    case 'petition.concluded':
      return step({ reason: event.payload.reason });
    case 'supervision.order-issued':
      return step();
    default:
      return undefined;
  }
}

/** Event types that change the view (the consumer subscribes to these). */
export const PROGRESS_EVENT_TYPES: ReadonlySet<string> = new Set([
  'petition.withdrawn',
  'petition.duplicate-linked',
  'petition.instruction-requested',
  'petition.instructed',
  'petition.assigned',
  'petition.reassigned',
  'case.accepted',
  'case.not-accepted',
  'case.returned',
  'case.extended',
  'case.replied',
  'case.reopened',
  'case.closed',
  'feedback.visited',
  'feedback.rated',
  'feedback.review-requested',
  'feedback.review-decided',
  'petition.concluded',
  'supervision.order-issued',
]);

export interface ProgressView {
  caseNumber: string;
  status: PetitionStatus;
  statusLabel: string;
  /** The unit now handling it, when assigned. */
  unitName?: string;
  steps: { at: string; title: string }[];
  reply?: { unitName?: string; outcome: ReplyOutcome; outcomeLabel: string; text: string; repliedAt: string; round: number };
}

function formatDate(iso: string | number | boolean | undefined, language: Language, timeZone: string): string {
  if (typeof iso !== 'string') return '';
  const date = new Date(iso);
  return language === 'zh-CN'
    ? new Intl.DateTimeFormat('zh-CN', { timeZone, dateStyle: 'long' }).format(date)
    : new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium' }).format(date);
}

function title(step: ProgressStep, unitName: string | undefined, language: Language, timeZone: string): string {
  const p = step.params ?? {};
  const zh = language === 'zh-CN';
  const unit = unitName ?? (zh ? '承办单位' : 'the responsible unit');
  const date = (key: string) => formatDate(p[key], language, timeZone);
  switch (step.code) {
    case 'petition.registered':
      return zh ? `信访件已登记，编号 ${p.caseNumber}` : `Registered as ${p.caseNumber}`;
    case 'petition.duplicate-linked': {
      const status = p.originalStatus ? (zh ? `（原件当前：${p.originalStatus}）` : ` (its status: ${p.originalStatus})`) : '';
      if (p.relation === 'repeat') {
        const review = p.possibleReview
          ? zh
            ? '如您对原件的答复意见不服，可以自收到书面答复之日起三十日内申请复查。'
            : `If you disagree with its written reply you may ask for a review within ${STATUTORY.reviewRequestDays} days of receiving it.`
          : '';
        return zh
          ? `经核查，您反映的问题与 ${p.originalCaseNumber} 属同一事项，已并入该件一并办理${status}，不再重复调查。${review}`
          : `This is the same matter as ${p.originalCaseNumber}; it is handled with that case${status} rather than investigated again. ${review}`.trim();
      }
      return zh
        ? `您反映的问题与其他群众反映的 ${p.originalCaseNumber} 为同一事项，将合并办理${status}。`
        : `Other citizens raised the same matter (${p.originalCaseNumber}); they are handled together${status}.`;
    }
    case 'petition.instruction-requested':
      return zh ? '已呈报区领导阅示' : 'Put to the district leaders for instruction';
    case 'petition.instructed':
      return zh ? '区领导已阅示' : 'A district leader has instructed';
    case 'petition.assigned':
      return zh ? `已交由${unit}办理，将于${date('acceptBy')}前决定是否受理` : `Assigned to ${unit}, which decides on acceptance by ${date('acceptBy')}`;
    case 'petition.reassigned':
      return zh ? `已改由${unit}办理，将于${date('acceptBy')}前决定是否受理` : `Reassigned to ${unit}, which decides on acceptance by ${date('acceptBy')}`;
    case 'case.returned':
      return zh ? '正在重新确定承办单位' : 'The responsible unit is being determined again';
    case 'case.accepted':
      return zh ? `${unit}已受理，将于${date('handleBy')}前办结并答复` : `${unit} accepted it and will reply by ${date('handleBy')}`;
    case 'case.not-accepted':
      return zh ? `${unit}决定不予受理：${p.reason}（依据：${p.legalBasis}）` : `${unit} decided not to accept it: ${p.reason} (${p.legalBasis})`;
    case 'case.extended':
      return zh ? `办理期限延长至${date('handleBy')}，原因：${p.reason}` : `The deadline was extended to ${date('handleBy')}: ${p.reason}`;
    case 'case.replied':
      return zh ? `${unit}已作出答复，请查看答复意见并进行评价` : `${unit} replied; read the reply and rate it`;
    case 'case.reopened':
      return zh ? `已要求${unit}重新办理，将于${date('handleBy')}前再次答复` : `${unit} was asked to handle it again and reply by ${date('handleBy')}`;
    case 'case.closed':
      return zh ? `${unit}已办结` : `${unit} closed the case`;
    case 'feedback.visited':
      return zh ? '已对您进行回访' : 'A return visit was made';
    case 'feedback.rated': {
      const label = SatisfactionLevels.has(p.satisfaction) ? SatisfactionLevels.label(p.satisfaction, language) : String(p.satisfaction);
      return zh ? `已收到您的评价：${label}` : `Your rating was received: ${label}`;
    }
    case 'feedback.review-requested': {
      const level = ReviewLevels.label(p.level as ReviewLevel, language);
      return zh ? `已受理您的${level}申请，将于${date('answerBy')}前答复` : `Your ${level.toLowerCase()} request was accepted; answer by ${date('answerBy')}`;
    }
    case 'feedback.review-decided': {
      const level = ReviewLevels.label(p.level as ReviewLevel, language);
      const decision = ReviewDecisions.has(p.decision) ? ReviewDecisions.label(p.decision, language) : String(p.decision);
      return zh ? `${level}意见：${decision}。${p.text}` : `${level} decision: ${decision}. ${p.text}`;
    }
    case 'petition.concluded': {
      const reason = ConclusionReasons.has(p.reason) ? ConclusionReasons.label(p.reason, language) : '';
      return zh ? `事项已办结${reason ? `（${reason}）` : ''}` : `The matter is concluded${reason ? ` (${reason})` : ''}`;
    }
    case 'supervision.order-issued':
      return zh ? '区督查部门已对该件进行督办' : 'The district supervision office is overseeing this case';
    case 'petition.withdrawn':
      return zh ? '您已撤回该信访件' : 'You withdrew the petition';
    default:
      return step.code;
  }
}

/** Build the view from the stored steps, in time order whatever order they arrived in. */
export function renderProgress(caseNumber: string, steps: readonly ProgressStep[], language: Language, timeZone = 'Asia/Shanghai'): ProgressView {
  const ordered = [...steps].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  let status: PetitionStatus = 'registered';
  let unitName: string | undefined;
  let reply: ProgressView['reply'];
  const rendered: ProgressView['steps'] = [];
  for (const step of ordered) {
    const p = step.params ?? {};
    if ((step.code === 'petition.assigned' || step.code === 'petition.reassigned') && typeof p.unitName === 'string') unitName = p.unitName;
    status = statusAfterEvent(step.code) ?? status;
    if (step.code === 'case.replied' && ReplyOutcomes.has(p.outcome)) {
      reply = {
        ...(unitName ? { unitName } : {}),
        outcome: p.outcome,
        outcomeLabel: ReplyOutcomes.label(p.outcome, language),
        text: String(p.text),
        repliedAt: new Date(step.at).toISOString(),
        round: Number(p.round),
      };
    }
    rendered.push({ at: new Date(step.at).toISOString(), title: title(step, unitName, language, timeZone) });
  }
  return {
    caseNumber,
    status,
    statusLabel: PetitionStatuses.label(status, language),
    ...(unitName ? { unitName } : {}),
    steps: rendered,
    ...(reply ? { reply } : {}),
  };
}
