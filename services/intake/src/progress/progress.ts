import {
  PetitionStatuses,
  ReplyOutcomes,
  statusAfterEvent,
  type DomainEvent,
  type PetitionStatus,
  type ReplyOutcome,
} from '@sunshine/contracts';
import type { Language } from '@sunshine/platform';
import type { ProgressStep } from '../registration/petition.schema';
import { LINKED_REPLY_STEP, stepText } from './progress-steps';

/**
 * The petitioner's progress view (办理进度): what they may know of their petition, in plain
 * zh-CN (or English). It never shows internal notes — leaders' instructions, staff names,
 * triage (also whether it was sealed as 检举控告), escalations, reminders, extension requests and
 * refusals, assisting units' opinions, requests for coordination, accused units — nor anything
 * about other petitioners. The texts are in progress-steps.ts.
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
    case 'petition.link-undone':
      return step();
    case 'petition.not-accepted-again':
      return step({ originalCaseNumber: event.payload.originalCaseNumber, legalBasis: event.payload.legalBasis });
    case 'petition.instruction-requested':
    case 'petition.instructed':
    case 'petition.leader-instructed':
      // Shown without the instruction: a leader's words are internal.
      return step();
    case 'petition.assigned':
      return step({ unitName: event.payload.leadUnitName, acceptBy: event.payload.acceptBy });
    case 'petition.reassigned':
      return step({ unitName: event.payload.leadUnitName, acceptBy: event.payload.acceptBy });
    case 'case.accepted':
      return step({ handleBy: event.payload.handleBy });
    case 'case.not-accepted':
      return step({ reason: event.payload.reason, legalBasis: event.payload.legalBasis });
    case 'case.transferred':
      return step({ toBody: event.payload.toBody, reason: event.payload.reason, legalBasis: event.payload.legalBasis });
    case 'case.joint-convened':
      // That the joint office convened the units, never who they are nor their opinions.
      return step();
    case 'case.completion-reported':
      return step({ note: event.payload.note, promisedBy: event.payload.promisedBy });
    case 'case.returned':
      return step();
    case 'case.extended':
      return step({ handleBy: event.payload.handleBy, reason: event.payload.reason, days: event.payload.days });
    case 'case.replied':
      return step({ ...replyParts(event.payload), text: event.payload.text, round: event.payload.round });
    case 'case.reopened':
      // The reason only: a reopening's note is the unit's working text.
      return step({ handleBy: event.payload.handleBy, reason: event.payload.reason });
    case 'case.rehandling-limit-reached':
      return step({ round: event.payload.round });
    case 'case.closed':
      return step({ reason: event.payload.reason });
    case 'feedback.visited':
      // When and how, never who visited nor the notes of what was said.
      return step({ visitedAt: event.payload.visitedAt, method: event.payload.method });
    case 'feedback.rated':
      return step({ satisfaction: event.payload.satisfaction, round: event.payload.round, ...(event.payload.source ? { source: event.payload.source } : {}) });
    case 'feedback.review-requested':
      return step({ level: event.payload.level, answerBy: event.payload.answerBy, ...(event.payload.requestedBy ? { requestedBy: event.payload.requestedBy } : {}), ...(event.payload.reviewBody ? { reviewBody: event.payload.reviewBody } : {}) });
    case 'feedback.review-decided':
      return step({
        level: event.payload.level,
        decision: event.payload.decision,
        text: event.payload.text,
        ...(event.payload.newHandleBy ? { newHandleBy: event.payload.newHandleBy } : {}),
      });
    case 'petition.concluded':
      return step({ reason: event.payload.reason });
    case 'supervision.order-issued':
      return step();
    default:
      return undefined;
  }
}

/** The written parts of a reply a petitioner reads (also the copy shown to linked petitions). */
function replyParts(p: DomainEvent<'case.replied'>['payload']): Record<string, string | number> {
  const parts: Record<string, string | number | undefined> = {
    outcome: p.outcome,
    round: p.round,
    facts: p.facts,
    basis: p.basis,
    reviewRights: p.reviewRights,
    promisedBy: p.promisedBy,
    nextCheckAt: p.nextCheckAt,
  };
  return Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
}

/**
 * The original case's reply as a petition linked to it shows it (MISSION 1.3, 主动告知处理结果):
 * the decision, facts and basis only — never the reply's free text, which speaks to the original
 * petitioner, nor anything of their petition.
 */
export function linkedReplyStep(reply: ProgressStep, originalCaseNumber: string, linkedAt?: Date): ProgressStep {
  const p = reply.params ?? {};
  const keep = ['outcome', 'round', 'facts', 'basis', 'promisedBy', 'nextCheckAt'];
  const params = Object.fromEntries(Object.entries(p).filter(([key]) => keep.includes(key)));
  // A reply given before the link is news to this petitioner from the link on.
  const at = linkedAt && linkedAt.getTime() > new Date(reply.at).getTime() ? linkedAt : reply.at;
  return { code: LINKED_REPLY_STEP, at, ...(reply.eventId ? { eventId: reply.eventId } : {}), params: { ...params, originalCaseNumber } };
}

/** Event types that change the view (the consumer subscribes to these). */
export const PROGRESS_EVENT_TYPES: ReadonlySet<string> = new Set([
  'petition.withdrawn',
  'petition.duplicate-linked',
  'petition.link-undone',
  'petition.not-accepted-again',
  'petition.instruction-requested',
  'petition.instructed',
  'petition.leader-instructed',
  'petition.assigned',
  'petition.reassigned',
  'case.accepted',
  'case.not-accepted',
  'case.transferred',
  'case.returned',
  'case.extended',
  'case.joint-convened',
  'case.replied',
  'case.completion-reported',
  'case.reopened',
  'case.rehandling-limit-reached',
  'case.closed',
  'feedback.visited',
  'feedback.rated',
  'feedback.review-requested',
  'feedback.review-decided',
  'petition.concluded',
  'supervision.order-issued',
]);

interface ReplyView {
  outcome: ReplyOutcome;
  outcomeLabel: string;
  facts?: string;
  basis?: string;
  promisedBy?: string;
  nextCheckAt?: string;
  repliedAt: string;
  round: number;
}

export interface ProgressView {
  caseNumber: string;
  status: PetitionStatus;
  statusLabel: string;
  /** The unit now handling it, when assigned. */
  unitName?: string;
  steps: { at: string; title: string; detail?: string }[];
  reply?: ReplyView & { unitName?: string; text: string; reviewRights?: string };
  /** For a petition linked to an earlier case: that case's latest reply (decision, facts, basis). */
  originalReply?: ReplyView & { caseNumber: string };
}

function replyView(step: ProgressStep, language: Language): ReplyView | undefined {
  const p = step.params ?? {};
  if (!ReplyOutcomes.has(p.outcome)) return undefined;
  const text = (key: string) => (typeof p[key] === 'string' ? { [key]: p[key] as string } : {});
  return {
    outcome: p.outcome,
    outcomeLabel: ReplyOutcomes.label(p.outcome, language),
    ...text('facts'),
    ...text('basis'),
    ...text('promisedBy'),
    ...text('nextCheckAt'),
    repliedAt: new Date(step.at).toISOString(),
    round: Number(p.round),
  };
}

/** Build the view from the stored steps, in time order whatever order they arrived in. */
export function renderProgress(caseNumber: string, steps: readonly ProgressStep[], language: Language, timeZone = 'Asia/Shanghai'): ProgressView {
  const ordered = [...steps].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  let status: PetitionStatus = 'registered';
  let unitName: string | undefined;
  let reply: ProgressView['reply'];
  let originalReply: ProgressView['originalReply'];
  /** The review-rights sentence of the latest reply: where to ask for review, as the unit wrote it. */
  let reviewRights: string | undefined;
  const rendered: ProgressView['steps'] = [];
  for (const original of ordered) {
    const p = original.params ?? {};
    if (original.code === 'case.replied' && typeof p.reviewRights === 'string') reviewRights = p.reviewRights;
    const step = original.code === 'case.rehandling-limit-reached' && reviewRights ? { ...original, params: { ...p, reviewRights } } : original;
    if ((step.code === 'petition.assigned' || step.code === 'petition.reassigned') && typeof p.unitName === 'string') unitName = p.unitName;
    status = statusAfterEvent(step.code, status) ?? status;
    const view = step.code === 'case.replied' || step.code === LINKED_REPLY_STEP ? replyView(step, language) : undefined;
    if (view && step.code === 'case.replied') {
      reply = {
        ...(unitName ? { unitName } : {}),
        ...view,
        text: String(p.text),
        ...(typeof p.reviewRights === 'string' ? { reviewRights: p.reviewRights } : {}),
      };
    }
    if (view && step.code === LINKED_REPLY_STEP) originalReply = { caseNumber: String(p.originalCaseNumber), ...view };
    // An undone link: the earlier case's reply is no answer to this petition any more.
    if (step.code === 'petition.link-undone') originalReply = undefined;
    const text = stepText(step, unitName, language, timeZone);
    rendered.push({ at: new Date(step.at).toISOString(), title: text.title, ...(text.detail ? { detail: text.detail } : {}) });
  }
  return {
    caseNumber,
    status,
    statusLabel: PetitionStatuses.label(status, language),
    ...(unitName ? { unitName } : {}),
    steps: rendered,
    ...(reply ? { reply } : {}),
    ...(originalReply ? { originalReply } : {}),
  };
}
