import {
  ConclusionReasons,
  DEFAULT_REVIEW_BODY,
  RatingSources,
  ReopenReasons,
  NOT_ACCEPTED_AGAIN_BASIS,
  REVIEW_RIGHTS_NOTICE,
  ReplyOutcomes,
  ReviewDecisions,
  ReviewLevels,
  SatisfactionLevels,
  STATUTORY,
  VisitMethods,
  type ReviewLevel,
} from '@sunshine/contracts';
import type { Language } from '@sunshine/platform';
import type { ProgressStep } from '../registration/petition.schema';

/**
 * What each step of the progress view says to the petitioner, in zh-CN and English: a title, and
 * for a reply the detail of its written parts (facts, decision, basis, the right to a review).
 * Built from the public facts kept in the step (see progress.ts): never an internal note, a
 * leader's instruction, a unit's opinion or an accused unit.
 */

/** A copied reply of the original case, shown to a petition linked to it (MISSION 1.3). */
export const LINKED_REPLY_STEP = 'linked.original-replied';

export interface StepText {
  title: string;
  /** The written parts of a reply, one paragraph. */
  detail?: string;
}

export function formatDate(iso: string | number | boolean | undefined, language: Language, timeZone: string): string {
  if (typeof iso !== 'string') return '';
  const date = new Date(iso);
  return language === 'zh-CN'
    ? new Intl.DateTimeFormat('zh-CN', { timeZone, dateStyle: 'long' }).format(date)
    : new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium' }).format(date);
}

type Params = Record<string, string | number | boolean>;

function outcomeLabel(p: Params, language: Language): string {
  return ReplyOutcomes.has(p.outcome) ? ReplyOutcomes.label(p.outcome, language) : String(p.outcome ?? '');
}

/** The promise or next check of a reply (限期解决 / 解释说明并继续办理), when it has one. */
function replyDates(p: Params, language: Language, timeZone: string): string {
  const zh = language === 'zh-CN';
  const parts: string[] = [];
  if (typeof p.promisedBy === 'string') parts.push(zh ? `承诺于${formatDate(p.promisedBy, language, timeZone)}前解决` : `promised by ${formatDate(p.promisedBy, language, timeZone)}`);
  if (typeof p.nextCheckAt === 'string') parts.push(zh ? `将于${formatDate(p.nextCheckAt, language, timeZone)}再次核查办理情况` : `next check on ${formatDate(p.nextCheckAt, language, timeZone)}`);
  return parts.length === 0 ? '' : zh ? `，${parts.join('，')}` : `; ${parts.join('; ')}`;
}

/** Facts found, decision, basis and — for the petitioner's own reply — the review-rights notice. */
function replyDetail(p: Params, language: Language, withReviewRights: boolean): string | undefined {
  const zh = language === 'zh-CN';
  const parts: string[] = [];
  if (typeof p.facts === 'string') parts.push(zh ? `查明事实：${p.facts}` : `Facts found: ${p.facts}`);
  parts.push(zh ? `处理意见：${outcomeLabel(p, language)}` : `Decision: ${outcomeLabel(p, language)}`);
  if (typeof p.basis === 'string') parts.push(zh ? `依据：${p.basis}` : `Basis: ${p.basis}`);
  if (withReviewRights && typeof p.reviewRights === 'string') parts.push(zh ? p.reviewRights : REVIEW_RIGHTS_NOTICE('en'));
  if (parts.length === 1) return undefined;
  return zh ? parts.join('；') : parts.join('. ');
}

/** A reopening: by a review decision it is the reviewing body's order, else the unit handles it again. */
function reopenedText(p: Params, unit: string, zh: boolean, handleBy: string): StepText {
  if (p.reason === 'review-changed') {
    return {
      title: zh
        ? `根据复查（复核）意见，已责令${unit}重新办理，将于${handleBy}前重新答复`
        : `Following the review decision, ${unit} must handle the matter again and reply by ${handleBy}`,
    };
  }
  const why = zh && ReopenReasons.has(p.reason) && p.reason === 'dissatisfied' ? '根据您的不满意评价，' : '';
  return { title: zh ? `${why}已要求${unit}重新办理，将于${handleBy}前再次答复` : `${unit} was asked to handle it again and reply by ${handleBy}` };
}

/**
 * 重办次数已满: the case is not reopened again; the petitioner is told of the right to review
 * (复查, 信访工作条例 art. 35) within 30 days and where — the reviewing body the reply named.
 */
function rehandlingLimitText(p: Params, language: Language): StepText {
  const zh = language === 'zh-CN';
  const rights = zh && typeof p.reviewRights === 'string' ? p.reviewRights : REVIEW_RIGHTS_NOTICE(language, DEFAULT_REVIEW_BODY[language]);
  return {
    title: zh
      ? '您对重新办理后的答复仍不满意。该件已按规定重新办理，不再自动重办，已报督查部门跟踪督办。'
      : 'You are still not satisfied after the matter was handled again. It is not reopened again automatically; the supervision office follows it up.',
    detail: rights,
  };
}

/** A review or re-review decision: the decision and its text; for change, the unit's new date. */
function reviewDecidedText(p: Params, language: Language, newHandleBy: string): StepText {
  const zh = language === 'zh-CN';
  const level = ReviewLevels.label(p.level as ReviewLevel, language);
  const decision = ReviewDecisions.has(p.decision) ? ReviewDecisions.label(p.decision, language) : String(p.decision);
  const again = p.decision === 'change' && typeof p.newHandleBy === 'string' ? (zh ? `承办单位将重新办理，并于${newHandleBy}前答复。` : ` The unit handles it again and replies by ${newHandleBy}.`) : '';
  const next =
    p.level === 'review'
      ? zh
        ? `如对${level}意见不服，可自收到之日起${STATUTORY.reReviewRequestDays}日内申请复核。`
        : ` If you disagree you may ask for a re-review within ${STATUTORY.reReviewRequestDays} days.`
      : '';
  return { title: zh ? `${level}意见：${decision}。${p.text}${again}${next}` : `${level} decision: ${decision}. ${p.text}${again}${next}`.trim() };
}

/** The text of one step; `unitName` is the unit handling the case at that time. */
export function stepText(step: ProgressStep, unitName: string | undefined, language: Language, timeZone: string): StepText {
  const p: Params = step.params ?? {};
  const zh = language === 'zh-CN';
  const unit = unitName ?? (zh ? '承办单位' : 'the responsible unit');
  const date = (key: string) => formatDate(p[key], language, timeZone);
  const title = (text: string): StepText => ({ title: text });
  switch (step.code) {
    case 'petition.registered':
      return title(zh ? `信访件已登记，编号 ${p.caseNumber}` : `Registered as ${p.caseNumber}`);
    case 'petition.duplicate-linked': {
      const status = p.originalStatus ? (zh ? `（原件当前：${p.originalStatus}）` : ` (its status: ${p.originalStatus})`) : '';
      if (p.relation === 'repeat') {
        const review = p.possibleReview
          ? zh
            ? '如您对原件的答复意见不服，可以自收到书面答复之日起三十日内申请复查。'
            : `If you disagree with its written reply you may ask for a review within ${STATUTORY.reviewRequestDays} days of receiving it.`
          : '';
        return title(
          zh
            ? `经核查，您反映的问题与 ${p.originalCaseNumber} 属同一事项，已并入该件一并办理${status}，不再重复调查。${review}`
            : `This is the same matter as ${p.originalCaseNumber}; it is handled with that case${status} rather than investigated again. ${review}`.trim(),
        );
      }
      return title(
        zh
          ? `您反映的问题与其他群众反映的 ${p.originalCaseNumber} 为同一事项，将合并办理${status}。`
          : `Other citizens raised the same matter (${p.originalCaseNumber}); they are handled together${status}.`,
      );
    }
    case 'petition.link-undone':
      return title(
        zh
          ? '经复核，您反映的问题与此前关联的信访件并非同一事项，将作为独立事项重新办理'
          : 'On checking again, your petition is not the same matter as the case it was linked to; it is handled as a case of its own',
      );
    case 'petition.not-accepted-again':
      // 条例 art. 35: the event carries the basis in zh-CN; the English text is the contracts' own.
      return title(
        zh
          ? `经核查，您反映的问题与 ${p.originalCaseNumber} 属同一事实和理由，该事项已经复查、复核终结，依法不再受理。依据：${p.legalBasis}`
          : `This raises the same facts and grounds as ${p.originalCaseNumber}, whose review and re-review are exhausted; it is not accepted again. Basis: ${NOT_ACCEPTED_AGAIN_BASIS.en}`,
      );
    case 'petition.instruction-requested':
      return title(zh ? '已呈报区领导阅示' : 'Put to the district leaders for instruction');
    case 'petition.instructed':
      return title(zh ? '区领导已阅示' : 'A district leader has instructed');
    case 'petition.leader-instructed':
      return title(zh ? '区领导对您的信访事项作出了批示' : 'A district leader gave instructions on your case');
    case 'petition.assigned':
      return title(zh ? `已交由${unit}办理，将于${date('acceptBy')}前决定是否受理` : `Assigned to ${unit}, which decides on acceptance by ${date('acceptBy')}`);
    case 'petition.reassigned':
      return title(zh ? `已改由${unit}办理，将于${date('acceptBy')}前决定是否受理` : `Reassigned to ${unit}, which decides on acceptance by ${date('acceptBy')}`);
    case 'case.returned':
      return title(zh ? '正在重新确定承办单位' : 'The responsible unit is being determined again');
    case 'case.accepted':
      return title(zh ? `${unit}已受理，将于${date('handleBy')}前办结并答复` : `${unit} accepted it and will reply by ${date('handleBy')}`);
    case 'case.not-accepted':
      return title(zh ? `${unit}决定不予受理：${p.reason}（依据：${p.legalBasis}）` : `${unit} decided not to accept it: ${p.reason} (basis: ${p.legalBasis})`);
    case 'case.transferred':
      return title(
        zh
          ? `您的信访事项依法应由${p.toBody}处理，已转送该机关：${p.reason}（依据：${p.legalBasis}）`
          : `Your petition is for ${p.toBody} to handle and was transferred there: ${p.reason} (basis: ${p.legalBasis})`,
      );
    case 'case.extended':
      return title(
        zh
          ? `经批准，办理期限延长${p.days}日至${date('handleBy')}，原因：${p.reason}`
          : `With approval the deadline was extended by ${p.days} days to ${date('handleBy')}: ${p.reason}`,
      );
    case 'case.joint-convened':
      return title(zh ? '区信访联席办公室已召集相关单位联合研究处理您反映的问题' : 'The joint petition office convened the units concerned to handle your petition together');
    case 'case.replied': {
      const detail = replyDetail(p, language, true);
      const dates = replyDates(p, language, timeZone);
      return {
        title: zh ? `${unit}已作出答复（${outcomeLabel(p, language)}${dates}），请查看答复意见并进行评价` : `${unit} replied (${outcomeLabel(p, language)}${dates}); read the reply and rate it`,
        ...(detail ? { detail } : {}),
      };
    }
    case LINKED_REPLY_STEP: {
      const detail = replyDetail(p, language, false);
      const dates = replyDates(p, language, timeZone);
      return {
        title: zh
          ? `您反映的同一事项（${p.originalCaseNumber}）已由承办单位作出答复（${outcomeLabel(p, language)}${dates}），您也可以对该答复进行评价`
          : `The same matter (${p.originalCaseNumber}) was replied to (${outcomeLabel(p, language)}${dates}); you may rate that reply too`,
        ...(detail ? { detail } : {}),
      };
    }
    case 'case.completion-reported':
      return title(
        zh
          ? `${unit}承诺于${date('promisedBy')}前解决的事项已落实：${p.note}`
          : `${unit} completed the work promised by ${date('promisedBy')}: ${p.note}`,
      );
    case 'case.reopened':
      return reopenedText(p, unit, zh, date('handleBy'));
    case 'case.rehandling-limit-reached':
      return rehandlingLimitText(p, language);
    case 'case.closed':
      if (p.reason === 'withdrawn') return title(zh ? '因您撤回信访事项，该件已办结' : 'The case was closed as you withdrew the petition');
      return title(zh ? `${unit}已办结` : `${unit} closed the case`);
    case 'feedback.visited': {
      const method = VisitMethods.has(p.method) ? VisitMethods.label(p.method, language) : '';
      const when = typeof p.visitedAt === 'string' ? date('visitedAt') : '';
      if (!method || !when) return title(zh ? '已对您进行回访' : 'A return visit was made');
      return title(zh ? `已于${when}对您进行${method}` : `A return visit was made on ${when} (${method.toLowerCase()})`);
    }
    case 'feedback.rated': {
      const label = SatisfactionLevels.has(p.satisfaction) ? SatisfactionLevels.label(p.satisfaction, language) : String(p.satisfaction);
      if (p.source === 'visit') {
        return title(zh ? `回访时已记录您对答复的评价：${label}（${RatingSources.label('visit', language)}）` : `During the return visit your rating of the reply was recorded: ${label}`);
      }
      return title(zh ? `已收到您的评价：${label}` : `Your rating was received: ${label}`);
    }
    case 'feedback.review-requested': {
      const level = ReviewLevels.label(p.level as ReviewLevel, language);
      const body = typeof p.reviewBody === 'string' ? p.reviewBody : undefined;
      const onBehalf = p.requestedBy === 'registrar' ? (zh ? '（由工作人员代为提交）' : ' (submitted for you by our staff)') : '';
      return title(
        zh
          ? `${body ?? ''}已受理您的${level}申请${onBehalf}，将于${date('answerBy')}前作出${level}意见`
          : `Your ${level.toLowerCase()} request was accepted${body ? ` by ${body}` : ''}${onBehalf}; it will be decided by ${date('answerBy')}`,
      );
    }
    case 'feedback.review-decided':
      return reviewDecidedText(p, language, date('newHandleBy'));
    case 'petition.concluded': {
      const reason = ConclusionReasons.has(p.reason) ? ConclusionReasons.label(p.reason, language) : '';
      return title(zh ? `事项已办结${reason ? `（${reason}）` : ''}` : `The matter is concluded${reason ? ` (${reason})` : ''}`);
    }
    case 'supervision.order-issued':
      return title(zh ? '区督查部门已对该件进行督办' : 'The district supervision office is overseeing this case');
    case 'petition.withdrawn':
      return title(zh ? '您已撤回该信访件' : 'You withdrew the petition');
    default:
      return title(step.code);
  }
}
