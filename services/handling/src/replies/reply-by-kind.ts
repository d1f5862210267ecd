import {
  citesLawAndArticle,
  localDate,
  outcomeFitsKind,
  REVIEW_RIGHTS_NOTICE,
  ReplyOutcomes,
  requiredReplyParts,
  type PetitionKind,
  type ReplyOutcome,
  type ReplyPart,
} from '@sunshine/contracts';
import { base, check, reply, type Actor, type CaseDecision, type CaseState } from '../cases/case';
import { templateFor, type ReplyTemplate } from '../reply-templates/reply-template';
import { CaseNotLeadUnit } from '../cases/case.errors';
import { NoPromiseToComplete, OutcomeNotForKind, ReplyDateInPast, ReplyPartMissing } from './reply.errors';

/**
 * 答复 by kind (MISSION 2.2; 信访工作条例 art. 32–35): the outcome must belong to the petition's
 * kind, the reply must hold the facts found, the decision and its basis (and a promised date for
 * `scheduled`, a next check date for `explained`, a standard answer or a law-and-article basis for
 * `answered`), and the text the petitioner reads is composed from those parts by the category's
 * template, with the assisting units' opinions, ending with the right to ask for review.
 */

export interface ReplyByKindInput {
  outcome: ReplyOutcome;
  facts?: string;
  /** The text of the decision (处理意见). */
  decision?: string;
  basis?: string;
  /** Extra free text, placed before the closing. */
  text?: string;
  promisedBy?: Date;
  nextCheckAt?: Date;
}

/** A standard answer (标准答复库) at the version the reply cites. */
export interface CitedStandardAnswer {
  id: string;
  version: number;
  title: string;
  answer: string;
  legalBasis: { law: string; article: string };
}

export interface ReplyContext {
  /** The body a review request goes to (HANDLING_REVIEW_BODY). */
  reviewBody: string;
  timeZone: string;
  standardAnswer?: CitedStandardAnswer;
}

const present = (s?: string) => (s?.trim() ? s.trim() : undefined);

/** The basis a reply states: the unit's own, else the cited standard answer's law and article. */
function effectiveBasis(input: ReplyByKindInput, sa?: CitedStandardAnswer): string | undefined {
  return present(input.basis) ?? (sa ? `${sa.legalBasis.law}${sa.legalBasis.article}` : undefined);
}

/** The parts a reply lacks, in reading order; empty when it may be sent. */
export function missingReplyParts(state: Pick<CaseState, 'handleBy'>, input: ReplyByKindInput, sa?: CitedStandardAnswer): ReplyPart[] {
  const basis = effectiveBasis(input, sa);
  const missing = requiredReplyParts(input.outcome).filter((part) => {
    switch (part) {
      case 'facts':
        return !present(input.facts);
      case 'decision':
        return !present(input.decision);
      case 'basis':
        return !basis;
      case 'promisedBy':
        return !input.promisedBy;
      case 'nextCheckAt':
        return !input.nextCheckAt;
      case 'legalBasis':
        return !sa && !(basis && citesLawAndArticle(basis));
      default:
        return false;
    }
  });
  // A promise later than the handling deadline must say why (art. 32: the deadline binds the unit).
  if (input.outcome === 'scheduled' && input.promisedBy && input.promisedBy.getTime() > new Date(state.handleBy).getTime() && !present(input.text)) {
    missing.push('promiseExplanation');
  }
  return missing;
}

/** The written reply as the petitioner reads it, composed by the template. */
export function composeReplyText(
  template: ReplyTemplate,
  lang: 'zh-CN' | 'en',
  parts: { outcome: ReplyOutcome; facts: string; decision: string; basis: string; text?: string; promisedBy?: Date; nextCheckAt?: Date },
  ctx: { reviewBody?: string; timeZone: string; standardAnswer?: CitedStandardAnswer; assistingOpinions?: { unitId: string; opinion: string }[] },
): string {
  const t = template[lang];
  const zh = lang === 'zh-CN';
  const day = (d: Date) => localDate(d, ctx.timeZone);
  const lines = [
    t.opening,
    `${zh ? '一、' : '1. '}${t.headings.facts}${zh ? '：' : ': '}${parts.facts}`,
    `${zh ? '二、' : '2. '}${t.headings.decision}${zh ? '：' : ': '}${parts.decision}${zh ? `（办理结果：${ReplyOutcomes.label(parts.outcome, 'zh-CN')}）` : ` (outcome: ${ReplyOutcomes.label(parts.outcome, 'en')})`}`,
    `${zh ? '三、' : '3. '}${t.headings.basis}${zh ? '：' : ': '}${parts.basis}`,
  ];
  if (parts.promisedBy) lines.push(zh ? `我单位承诺于${day(parts.promisedBy)}前办结，办结后将告知您落实情况。` : `We promise to complete it by ${day(parts.promisedBy)} and will tell you when it is done.`);
  if (parts.nextCheckAt) lines.push(zh ? `该事项仍在办理中，我单位将于${day(parts.nextCheckAt)}再次核查进展。` : `The matter is still being worked on; we will check it again on ${day(parts.nextCheckAt)}.`);
  if (ctx.standardAnswer) {
    const sa = ctx.standardAnswer;
    lines.push(zh ? `标准答复（${sa.title}）：${sa.answer}` : `Standard answer (${sa.title}): ${sa.answer}`);
  }
  if (ctx.assistingOpinions?.length) {
    lines.push(zh ? '协办单位意见：' : 'Opinions of the assisting units:');
    for (const o of ctx.assistingOpinions) lines.push(`${o.unitId}${zh ? '：' : ': '}${o.opinion}`);
  }
  if (parts.text?.trim()) lines.push(parts.text.trim());
  lines.push(t.closing, REVIEW_RIGHTS_NOTICE(lang, zh ? ctx.reviewBody : undefined));
  return lines.join('\n');
}

/** 答复 by kind: refuse what the law would not accept as a written reply, else compose and reply. */
export function replyByKind(state: CaseState, actor: Actor, input: ReplyByKindInput, ctx: ReplyContext, now: Date): CaseDecision {
  check(state, actor, 'reply');
  const kind: PetitionKind = state.kind ?? 'request';
  if (!outcomeFitsKind(kind, input.outcome)) throw new OutcomeNotForKind(kind, input.outcome);
  const sa = input.outcome === 'answered' ? ctx.standardAnswer : undefined;
  const missing = missingReplyParts(state, input, sa);
  if (missing.length) throw new ReplyPartMissing(missing);
  const promisedBy = input.outcome === 'scheduled' ? input.promisedBy : undefined;
  const nextCheckAt = input.outcome === 'explained' ? input.nextCheckAt : undefined;
  if (promisedBy && promisedBy.getTime() <= now.getTime()) throw new ReplyDateInPast('promisedBy');
  if (nextCheckAt && nextCheckAt.getTime() <= now.getTime()) throw new ReplyDateInPast('nextCheckAt');
  const assistingOpinions = (state.assistOpinions ?? []).map((o) => ({ unitId: o.unitId, opinion: o.opinion }));
  const parts = {
    outcome: input.outcome,
    facts: present(input.facts)!,
    decision: present(input.decision)!,
    basis: effectiveBasis(input, sa)!,
    ...(present(input.text) ? { text: present(input.text) } : {}),
    ...(promisedBy ? { promisedBy } : {}),
    ...(nextCheckAt ? { nextCheckAt } : {}),
  };
  const template = templateFor(kind, state.category?.level1);
  const text = composeReplyText(template, 'zh-CN', parts, { reviewBody: ctx.reviewBody, timeZone: ctx.timeZone, ...(sa ? { standardAnswer: sa } : {}), assistingOpinions });
  return reply(
    state,
    actor,
    {
      outcome: input.outcome,
      text,
      kind,
      facts: parts.facts,
      decision: parts.decision,
      basis: parts.basis,
      reviewRights: REVIEW_RIGHTS_NOTICE('zh-CN', ctx.reviewBody),
      ...(promisedBy ? { promisedBy } : {}),
      ...(nextCheckAt ? { nextCheckAt } : {}),
      ...(sa ? { standardAnswer: { id: sa.id, version: sa.version } } : {}),
      ...(assistingOpinions.length ? { assistingOpinions } : {}),
    },
    now,
  );
}

/**
 * 落实: the lead unit reports a `scheduled` reply's promise carried out, once (replied, closed
 * after the rating, or reopened before a new reply replaces the promise). Late is still
 * reported: the view marks it overdue.
 */
export function reportCompletion(state: CaseState, actor: Actor, note: string, now: Date): CaseDecision {
  if (actor.unitId !== state.leadUnitId) throw new CaseNotLeadUnit();
  const promise = state.promise;
  if (!promise) throw new NoPromiseToComplete(false);
  if (promise.completedAt) throw new NoPromiseToComplete(true);
  const promisedBy = new Date(promise.promisedBy);
  return {
    set: { promise: { ...promise, promisedBy, completedAt: now, note, reportedBy: actor.subject } },
    event: { type: 'case.completion-reported', payload: { ...base(state), note, reportedAt: now.toISOString(), promisedBy: promisedBy.toISOString() } },
  };
}

/** The promise as the case view shows it: overdue when its date passed without a completion note (落实不到位). */
export function promiseView(promise: CaseState['promise'], now: Date): { promisedBy: Date; completedAt?: Date; overdue: boolean } | undefined {
  if (!promise) return undefined;
  const promisedBy = new Date(promise.promisedBy);
  const completedAt = promise.completedAt ? new Date(promise.completedAt) : undefined;
  const overdue = (completedAt ?? now).getTime() > promisedBy.getTime();
  return { promisedBy, ...(completedAt ? { completedAt } : {}), overdue };
}
