import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { fixtureOf, OUTCOMES_BY_KIND, PetitionKinds, ReplyOutcomes, SatisfactionLevels, type PetitionAssigned } from '@sunshine/contracts';
import { DomainError } from '@sunshine/platform';
import { accept, notAccept, returnCase, transfer } from '../acceptance/acceptance';
import { refuseAccusedSuggestion, sealCaseFile } from '../accusations/accused-units';
import type { WorkflowCase } from '../case-workflow/case-workflow';
import { decideExtension, requestExtension } from '../extension/extension';
import { convene, requestCoordination, submitAssistOpinion } from '../joint-handling/joint-handling';
import { instructionRecord, leaderSendBack } from '../leader-cases/leader-review';
import { replyByKind, reportCompletion, type ReplyByKindInput } from '../replies/reply-by-kind';
import { applyRatingBounded } from '../replies/rehandling-limit';
import { followReviewDecision, followWithdrawal } from '../reviews/review-outcome';
import { caseFileOf, CaseStatuses, reassign, type CaseState, type CaseStatus } from './case';

/**
 * The case state machine under random command sequences: every command of the workbench, by
 * random actors at random (forward-moving) times, applied through the pure domain functions the
 * application services call, the way the repositories store their decisions. Checked after
 * every step: the invariants below, that a refusal changes nothing and publishes nothing, and
 * that the statuses follow the transition table MODEL.
 */

type Stored = CaseState & WorkflowCase & Record<string, unknown>;
type Who = 'lead' | 'assisting' | 'other' | 'accused' | 'leader' | 'anonymous-leader' | 'joint-office' | 'proper';
type Role = 'unit' | 'leader' | 'joint-office';

const DAY = 86_400_000;
const T0 = new Date('2026-11-26T09:15:03.000Z');
const POLICY = { handleDays: 60, reopenDays: 30, timeZone: 'Asia/Shanghai' };
const ASSIST = { assistDays: 10 };
const UNITS = ['u-lead', 'u-assist', 'u-accused', 'u-other', 'u-new'] as const;
const LAW_BASIS = '《信访工作条例》第三十二条';
const STANDARD_ANSWER = { id: 'sa-1', version: 2, title: '社保缴费', answer: '可在线补缴。', legalBasis: { law: '《社会保险法》', article: '第六十条' } };

type Command =
  | { c: 'accept' | 'transfer' | 'completion' | 'coordination' | 'assist-opinion'; who: Who }
  | { c: 'not-accept'; who: Who; reasonCode: string }
  | { c: 'return'; who: Who; suggested?: string }
  | { c: 'reassign'; lead: string; assisting: string[]; accused: string[] }
  | { c: 'request-extension'; who: Who; days: number }
  | { c: 'decide-extension'; who: Who; pick: 'pending' | 'any' | 'unknown'; approve: boolean }
  | { c: 'convene'; who: Who; participants: string[] }
  | { c: 'reply'; who: Who; input: ReplyDraft; cites: boolean; fitting?: number }
  | { c: 'rating'; roundOffset: number; satisfaction: 'satisfied' | 'basically-satisfied' | 'dissatisfied'; linked: boolean }
  | { c: 'review-decided'; decision: 'change' | 'uphold' | 'revoke'; inDays: number }
  | { c: 'withdrawal' }
  | { c: 'send-back'; who: Who }
  | { c: 'instruction' | 'supervision-order' };
type ReplyDraft = Omit<ReplyByKindInput, 'promisedBy' | 'nextCheckAt'> & { promisedIn?: number; checkIn?: number };
type Name = Command['c'];

/** Who may call each command (the controllers' @Roles); events from other services have no caller. */
const ROLES: Partial<Record<Name, Role>> = {
  accept: 'unit', 'not-accept': 'unit', transfer: 'unit', return: 'unit', 'request-extension': 'unit', 'assist-opinion': 'unit',
  coordination: 'unit', reply: 'unit', completion: 'unit', 'decide-extension': 'leader', 'send-back': 'leader', convene: 'joint-office',
};
const UNIT_COMMANDS = (Object.keys(ROLES) as Name[]).filter((n) => ROLES[n] === 'unit');
const ALL = CaseStatuses;
const OPEN: readonly CaseStatus[] = ['assigned', 'accepted', 'reopened'];
const same = (s: CaseStatus) => [s];

/** The model: from which statuses a command may be accepted, and the statuses it may lead to. */
const MODEL: Record<Name, { from: readonly CaseStatus[]; to: (from: CaseStatus) => readonly CaseStatus[] }> = {
  accept: { from: ['assigned'], to: () => ['accepted'] },
  'not-accept': { from: ['assigned'], to: () => ['not-accepted'] },
  transfer: { from: ['assigned'], to: () => ['transferred'] },
  return: { from: ['assigned'], to: () => ['returned'] },
  // Routing reassigns only what the unit returned (or had not taken up yet).
  reassign: { from: ['assigned', 'returned'], to: () => ['assigned'] },
  'request-extension': { from: ['accepted', 'reopened'], to: same },
  'decide-extension': { from: ALL, to: same },
  'assist-opinion': { from: OPEN, to: same },
  convene: { from: OPEN, to: same },
  coordination: { from: OPEN, to: same },
  reply: { from: ['accepted', 'reopened'], to: () => ['replied'] },
  // A promise is reported kept after the reply, the rating, or a reopening (until the next reply).
  completion: { from: ['replied', 'closed', 'reopened'], to: same },
  // Dissatisfied reopens (or, past the re-handling limit, the reply stands); satisfied closes.
  rating: { from: ['replied'], to: () => ['reopened', 'closed', 'replied'] },
  'review-decided': { from: ['replied', 'closed'], to: () => ['reopened'] },
  withdrawal: { from: ['assigned', 'accepted', 'returned', 'replied', 'reopened'], to: () => ['closed'] },
  'send-back': { from: ['replied', 'closed'], to: () => ['reopened'] },
  instruction: { from: ALL, to: same },
  'supervision-order': { from: ALL, to: same },
};

/** The events an accepted command publishes (one each); events consumed from others publish none. */
const EVENTS: Record<Name, readonly string[]> = {
  accept: ['case.accepted'], 'not-accept': ['case.not-accepted'], transfer: ['case.transferred'], return: ['case.returned'], reassign: [],
  'request-extension': ['case.extension-requested'], 'decide-extension': ['case.extended', 'case.extension-refused'],
  'assist-opinion': ['case.assist-opinion-submitted'], convene: ['case.joint-convened'], coordination: ['case.coordination-requested'],
  reply: ['case.replied'], completion: ['case.completion-reported'], rating: ['case.reopened', 'case.closed', 'case.rehandling-limit-reached'], 'send-back': ['case.reopened'],
  'review-decided': ['case.reopened'], withdrawal: ['case.closed'],
  instruction: [], 'supervision-order': [],
};
/** Only these may move the handle-by date: acceptance, an approved extension, a reopening, routing's new assignment. */
const MOVES_HANDLE_BY: readonly string[] = ['case.accepted', 'case.extended', 'case.reopened', 'reassign'];
const MAX_DISSATISFIED_REOPENINGS = 1;

type Outcome = { kind: 'accepted'; next: Stored; event?: { type: string; payload: Record<string, unknown> } } | { kind: 'refused'; why: string };

/** Who the command is meant for: the lead unit, an assisting unit, a named leader or the joint office. */
function properFor(c: Name): Who {
  if (c === 'assist-opinion') return 'assisting';
  return ROLES[c] === 'leader' ? 'leader' : ROLES[c] === 'joint-office' ? 'joint-office' : 'lead';
}

function actorOf(state: Stored, who: Who, c: Name): { role: Role; subject: string; unitId?: string; leaderId?: string } {
  switch (who) {
    case 'proper': return actorOf(state, properFor(c), c);
    case 'lead': return { role: 'unit', unitId: state.leadUnitId, subject: `staff-${state.leadUnitId}` };
    case 'assisting': return { role: 'unit', unitId: state.assistingUnitIds[0] ?? 'u-other', subject: 'staff-assisting' };
    case 'other': return { role: 'unit', unitId: 'u-other', subject: 'staff-other' };
    case 'accused': return { role: 'unit', unitId: 'u-accused', subject: 'staff-accused' };
    case 'leader': return { role: 'leader', subject: 'leader-1', leaderId: 'district-head' };
    case 'anonymous-leader': return { role: 'leader', subject: 'leader-2' };
    case 'joint-office': return { role: 'joint-office', subject: 'jo-1' };
  }
}

/** Store a decision as the repositories do: `$set` the fields, `$push` the records, bump the version. */
function stored(state: Stored, set: object, push?: Record<string, unknown>): Stored {
  const next = { ...state, ...set, version: state.version + 1 } as Stored;
  for (const [key, value] of Object.entries(push ?? {})) next[key] = [...((state[key] as unknown[]) ?? []), value];
  return next;
}

/** A deep copy in this realm (structuredClone's objects would differ by prototype under Jest). */
function copy<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  return value;
}

const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY);

/** One command as the command runner and the consumers run it: role guard, unit scope, then the domain. */
function run(state: Stored, command: Command, now: Date, ids: { next: number }): Outcome {
  const caller = 'who' in command ? actorOf(state, command.who, command.c) : undefined;
  if (caller && caller.role !== ROLES[command.c]) return { kind: 'refused', why: '403 by role' };
  if (caller?.unitId && !state.unitIds.includes(caller.unitId)) return { kind: 'refused', why: '404 out of scope' };
  const actor = caller ? { subject: caller.subject, ...(caller.unitId ? { unitId: caller.unitId } : {}), ...(caller.leaderId ? { leaderId: caller.leaderId } : {}) } : { subject: 'system' };
  const decided = (d: { set: object; push?: object; event: { type: string; payload: object } }): Outcome => ({
    kind: 'accepted',
    next: stored(state, d.set, d.push as Record<string, unknown>),
    event: d.event as { type: string; payload: Record<string, unknown> },
  });
  switch (command.c) {
    case 'accept': return decided(accept(state, actor, now, POLICY));
    case 'not-accept': return decided(notAccept(state, actor, { reasonCode: command.reasonCode }, now));
    case 'transfer': return decided(transfer(state, actor, { toBody: '区人民法院', reason: '已进入诉讼程序', legalBasis: '《信访工作条例》第三十一条' }, now));
    case 'return': {
      const d = returnCase(state, actor, { reason: '不属本单位职责', ...(command.suggested ? { suggestedUnitId: command.suggested } : {}) }, now);
      refuseAccusedSuggestion(state.accusedUnitIds, command.suggested);
      return decided(d);
    }
    case 'reassign': {
      const payload = { ...fixtureOf('petition.assigned').payload, leadUnitId: command.lead, leadUnitName: command.lead, assistingUnitIds: command.assisting, accusedUnitIds: command.accused };
      const sealed = sealCaseFile(caseFileOf(payload as PetitionAssigned), command.accused, state.accusedUnitIds ?? []);
      if (sealed.kind === 'refused') return { kind: 'refused', why: 'dead-lettered: accused lead unit' };
      const outcome = reassign(state, sealed.file, 'returned by the unit', now);
      if (outcome.kind === 'contradiction') return { kind: 'refused', why: `dead-lettered: ${outcome.code}` };
      return { kind: 'accepted', next: stored(state, { ...outcome.set, assignedAt: now }, { assignments: outcome.assignment }) };
    }
    case 'request-extension': return decided(requestExtension(state, actor, { days: command.days, reason: '需现场勘验' }, `req-${(ids.next += 1)}`, now));
    case 'decide-extension': {
      const requests = state.extensionRequests ?? [];
      const chosen = command.pick === 'pending' ? requests.find((r) => r.status === 'pending') : command.pick === 'any' ? requests[0] : undefined;
      return decided(decideExtension(state, actor, { requestId: chosen?.requestId ?? 'req-unknown', approve: command.approve, comment: '同意' }, now));
    }
    case 'assist-opinion': return decided(submitAssistOpinion(state, actor, '建议联合执法检查', now, ASSIST));
    case 'convene': return decided(convene(state, actor, { participantUnitIds: command.participants, opinion: '由主办单位牵头整改' }, now));
    case 'coordination': return decided(requestCoordination(state, actor, '涉及多个部门', now));
    case 'reply': {
      // A fitting reply: an outcome of the case's kind with every part (the days stay as drawn).
      const kind = state.kind ?? 'request';
      const draft: ReplyDraft = command.fitting === undefined ? command.input : {
        ...command.input,
        outcome: OUTCOMES_BY_KIND[kind][command.fitting % OUTCOMES_BY_KIND[kind].length],
        facts: '查明：工地夜间施工属实。', decision: '已责令停工整改。', basis: LAW_BASIS,
        promisedIn: Math.abs(command.input.promisedIn ?? 10) + 1, checkIn: Math.abs(command.input.checkIn ?? 10) + 1,
      };
      const { promisedIn, checkIn, ...rest } = draft;
      const input: ReplyByKindInput = { ...rest, ...(promisedIn !== undefined ? { promisedBy: addDays(now, promisedIn) } : {}), ...(checkIn !== undefined ? { nextCheckAt: addDays(now, checkIn) } : {}) };
      const ctx = { reviewBody: '区人民政府信访复查复核机关', timeZone: 'Asia/Shanghai', ...(command.cites ? { standardAnswer: STANDARD_ANSWER } : {}) };
      return decided(replyByKind(state, actor, input, ctx, now));
    }
    case 'completion': return decided(reportCompletion(state, actor, '已完成整改', now));
    case 'rating': {
      // A linked co-petitioner's rating is ignored before the domain sees it (rating-outcome.service.ts).
      if (command.linked) return { kind: 'refused', why: 'rating of a linked petitioner' };
      const rating = { round: state.round + command.roundOffset, satisfaction: command.satisfaction, reasons: ['仍未解决'] };
      const effect = applyRatingBounded(state as Parameters<typeof applyRatingBounded>[0], rating, now, POLICY, MAX_DISSATISFIED_REOPENINGS);
      return effect.kind === 'decision' ? decided(effect.decision) : { kind: 'refused', why: `rating ${effect.kind}` };
    }
    case 'review-decided': {
      const effect = followReviewDecision(state, { decision: command.decision, directions: '责令重新办理', newHandleBy: addDays(now, command.inDays).toISOString(), decidedAt: now.toISOString() });
      return effect.kind === 'decision' ? decided(effect.decision) : { kind: 'refused', why: effect.reason };
    }
    case 'withdrawal': {
      const effect = followWithdrawal(state, now.toISOString());
      return effect.kind === 'decision' ? decided(effect.decision) : { kind: 'refused', why: effect.reason };
    }
    case 'send-back': return decided(leaderSendBack(state, '答复过于笼统，请重新办理', now, { reopenDays: POLICY.reopenDays }));
    case 'instruction': {
      const record = instructionRecord({ leaderId: 'district-head', instruction: '请抓紧办理', instructedAt: now.toISOString() });
      return { kind: 'accepted', next: stored(state, {}, { instructions: record }) };
    }
    case 'supervision-order': {
      const order = { orderId: `o-${(ids.next += 1)}`, unitId: state.leadUnitId, reason: '逾期未办结', dueBy: addDays(now, 5), issuedBy: 'sup-1', issuedAt: now };
      return { kind: 'accepted', next: stored(state, {}, { supervisionOrders: order }) };
    }
  }
}

/** A refusal is a domain error with a stable code (or a guard's or a consumer's no), never a crash. */
function attempt(state: Stored, command: Command, now: Date, ids: { next: number }): Outcome {
  try {
    return run(state, command, now, ids);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { kind: 'refused', why: error.code };
  }
}

/** What must hold of every state the machine reaches. */
function invariantBreaches(s: Stored): string[] {
  const breaches: string[] = [];
  const fail = (cond: boolean, what: string) => (cond ? undefined : breaches.push(what));
  const replies = (s.replies ?? []) as unknown as { round: number; outcome: string }[];
  const requests = s.extensionRequests ?? [];
  const accused = s.accusedUnitIds ?? [];
  fail(CaseStatuses.includes(s.status), `status ${s.status} is not a case status`);
  fail(s.round === replies.length && replies.every((r, i) => r.round === i + 1), `round ${s.round} but ${replies.length} replies`);
  fail(requests.filter((r) => r.status === 'approved').length <= 1, 'more than one extension granted');
  fail(requests.filter((r) => r.status === 'pending').length <= 1, 'more than one extension request pending');
  fail(requests.every((r) => Number.isInteger(r.days) && r.days >= 1 && r.days <= 30), 'an extension request outside 1–30 days');
  fail(!s.extension || (s.extension.days >= 1 && s.extension.days <= 30), 'an extension over 30 days');
  fail(Boolean(s.extension) === requests.some((r) => r.status === 'approved'), 'the granted extension and the approved request disagree');
  fail(s.extensionPending === undefined || s.extensionPending === requests.some((r) => r.status === 'pending'), 'extensionPending flag out of step');
  fail(s.unitIds.includes(s.leadUnitId) && s.assistingUnitIds.every((u) => s.unitIds.includes(u)), 'lead or assisting unit missing from unitIds');
  fail(!s.unitIds.some((u) => accused.includes(u)), `an accused unit can see the case (${s.unitIds.join(',')})`);
  fail(!s.promise || replies.some((r) => r.round === s.promise!.round && r.outcome === 'scheduled'), 'a promise without its scheduled reply');
  fail(s.status !== 'replied' || s.round >= 1, 'replied without a reply');
  fail(s.status !== 'closed' || Boolean(s.closure), 'closed without a closure');
  fail(s.status === 'closed' || !s.closure, `a ${s.status} case still carries a closure`);
  fail(s.status !== 'accepted' || Boolean(s.acceptedAt), 'accepted without acceptedAt');
  const coordination = s.coordination as { status?: string } | null | undefined;
  fail(s.coordinationPending === undefined || s.coordinationPending === (coordination?.status === 'pending'), 'coordinationPending flag out of step');
  return breaches;
}

/** What must hold of an accepted step: the model's transition, its one event and what it may change. */
function stepBreaches(before: Stored, command: Command, caller: ReturnType<typeof actorOf> | undefined, outcome: Extract<Outcome, { kind: 'accepted' }>, now: Date): string[] {
  const breaches: string[] = [];
  const fail = (cond: boolean, what: string) => (cond ? undefined : breaches.push(`${command.c} in ${before.status}: ${what}`));
  const { next, event } = outcome;
  const model = MODEL[command.c];
  fail(model.from.includes(before.status), 'accepted where the model forbids it');
  fail(model.to(before.status).includes(next.status), `led to ${next.status}`);
  fail(EVENTS[command.c].length === 0 ? !event : Boolean(event && EVENTS[command.c].includes(event.type)), `published ${event?.type ?? 'nothing'}`);
  if (event) {
    fail(event.payload.caseNumber === before.caseNumber, 'event names another case');
    if (command.c !== 'assist-opinion') fail(event.payload.unitId === before.leadUnitId, 'event names another unit');
    if ('handleBy' in event.payload && event.type !== 'case.returned') fail(event.payload.handleBy === new Date(next.handleBy).toISOString(), 'event handleBy differs from the stored one');
    if (event.type === 'case.replied') fail(event.payload.round === next.round, 'event round differs');
  }
  const moved = new Date(next.handleBy).getTime() !== new Date(before.handleBy).getTime();
  fail(!moved || MOVES_HANDLE_BY.includes(event?.type ?? command.c), 'moved handleBy');
  if (event?.type === 'case.extended') {
    const by = new Date(next.handleBy).getTime() - new Date(before.handleBy).getTime();
    fail(by > 0 && by <= 31 * DAY, `extended by ${by / DAY} days`);
  }
  fail(next.round === before.round + (command.c === 'reply' ? 1 : 0), 'round changed without a reply');
  // The windows: extension before the deadline, return within its window, coordination after it, send-back within review.
  const t = now.getTime();
  const by = (d?: Date | null) => (d ? new Date(d).getTime() : Infinity);
  if (event?.type === 'case.extension-requested' || event?.type === 'case.extended') fail(t <= by(before.handleBy), 'extended after the deadline');
  if (event?.type === 'case.returned') fail(t <= by(before.returnBy), 'returned after the return window');
  if (event?.type === 'case.coordination-requested') fail(!before.returnBy || t > by(before.returnBy), 'coordination asked while it could still return');
  if (command.c === 'send-back' && before.status === 'closed') fail(t - by(before.repliedAt) <= 31 * DAY, 'sent back after the review window');
  if (event?.type === 'case.replied' && event.payload.promisedBy) fail(Date.parse(event.payload.promisedBy as string) > t, 'a promise in the past');
  if (command.c === 'reply') fail(caller?.unitId === before.leadUnitId, 'a reply not from the lead unit');
  if (caller?.role === 'unit') {
    const finals: CaseStatus[] = command.c === 'completion' ? ['not-accepted', 'transferred'] : ['not-accepted', 'transferred', 'closed'];
    fail(!finals.includes(before.status), 'a unit command accepted on a finished case');
  }
  return breaches;
}

// ---- generators --------------------------------------------------------------------------------

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
/** Mostly the person the command is meant for, sometimes anyone else. */
const who = fc.oneof(w(3, fc.constant<Who>('proper')), w(1, fc.constantFrom<Who>('lead', 'assisting', 'other', 'accused', 'leader', 'anonymous-leader', 'joint-office')));
const unit = fc.constantFrom(...UNITS);
const text = fc.constantFrom<string | undefined>('查明：工地夜间施工属实。', '已责令停工整改。', undefined, '', '   ');
const basis = fc.constantFrom<string | undefined>(LAW_BASIS, '依据相关规定', undefined, '');
const draft: fc.Arbitrary<ReplyDraft> = fc.record(
  { outcome: fc.constantFrom(...ReplyOutcomes.codes), facts: text, decision: text, basis, text: fc.constantFrom<string | undefined>(undefined, '因需协调多部门，完成日期晚于办理期限。'),
    promisedIn: fc.option(fc.integer({ min: -5, max: 120 }), { nil: undefined }), checkIn: fc.option(fc.integer({ min: -5, max: 60 }), { nil: undefined }) },
  { requiredKeys: ['outcome'] },
);
/** Weighted so that most sequences get past acceptance and through replies, ratings and reopenings. */
const command: fc.Arbitrary<Command> = fc.oneof(
  w(6, fc.record({ c: fc.constant('accept' as const), who })),
  w(1, fc.record({ c: fc.constant('transfer' as const), who })),
  w(2, fc.record({ c: fc.constantFrom('completion' as const, 'coordination' as const, 'assist-opinion' as const), who })),
  w(1, fc.record({ c: fc.constant('not-accept' as const), who, reasonCode: fc.constantFrom('in-litigation', 'outside-remit', 'other', 'no-such-ground') })),
  w(1, fc.record({ c: fc.constant('return' as const), who, suggested: fc.option(unit, { nil: undefined }) })),
  w(1, fc.record({ c: fc.constant('reassign' as const), lead: unit, assisting: fc.subarray([...UNITS]), accused: fc.subarray(['u-accused', 'u-assist', 'u-new']) })),
  w(3, fc.record({ c: fc.constant('request-extension' as const), who, days: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: -2, max: 40 })) })),
  w(3, fc.record({ c: fc.constant('decide-extension' as const), who, pick: fc.constantFrom('pending' as const, 'pending' as const, 'any' as const, 'unknown' as const), approve: fc.boolean() })),
  w(1, fc.record({ c: fc.constant('convene' as const), who, participants: fc.subarray([...UNITS], { minLength: 1 }) })),
  w(6, fc.record({ c: fc.constant('reply' as const), who, cites: fc.boolean(), input: draft, fitting: fc.option(fc.nat(3), { nil: undefined, freq: 4 }) })),
  w(4, fc.record({ c: fc.constant('rating' as const), roundOffset: fc.constantFrom(-1, 0, 0, 0, 0, 1), satisfaction: fc.constantFrom(...SatisfactionLevels.codes), linked: fc.boolean() })),
  w(1, fc.record({ c: fc.constant('review-decided' as const), decision: fc.constantFrom('change' as const, 'uphold' as const, 'revoke' as const), inDays: fc.integer({ min: 1, max: 60 }) })),
  w(1, fc.record({ c: fc.constant('withdrawal' as const) })),
  w(2, fc.record({ c: fc.constant('send-back' as const), who })),
  w(1, fc.record({ c: fc.constantFrom('instruction' as const, 'supervision-order' as const) })),
) as fc.Arbitrary<Command>;
/** Time moves forward: mostly hours or days, sometimes past a deadline or a window. */
const advance = fc.oneof(w(5, fc.integer({ min: 0, max: 12 * 3_600_000 })), w(4, fc.integer({ min: 0, max: 6 * DAY })), w(1, fc.integer({ min: 20 * DAY, max: 70 * DAY })));
const steps = fc.array(fc.record({ command, advance }), { minLength: 1, maxLength: 30, size: 'max' });
const initial = fc.record({ kind: fc.constantFrom(...PetitionKinds.codes), assisting: fc.subarray(['u-assist', 'u-accused']), accused: fc.subarray(['u-accused']), upper: fc.boolean() });

function firstCase(init: { kind: string; assisting: string[]; accused: string[]; upper: boolean }): Stored {
  const assigned = fixtureOf('petition.assigned');
  const payload = {
    ...assigned.payload,
    leadUnitId: 'u-lead',
    kind: init.kind,
    assistingUnitIds: init.assisting,
    accusedUnitIds: init.accused,
    returnBy: '2026-12-03T15:59:59.999Z',
    ...(init.upper ? { channel: 'upper-level', handleBy: '2026-12-20T09:15:02.000Z', dueBy: '2026-12-20T09:15:02.000Z' } : {}),
  } as PetitionAssigned;
  const sealed = sealCaseFile(caseFileOf(payload), payload.accusedUnitIds);
  if (sealed.kind !== 'sealed') throw new Error('the first assignment is always usable');
  return { _id: assigned.petitionId!, ...sealed.file, status: 'assigned', round: 0, version: 1, assignedAt: T0, acceptedAt: null, replies: [], reopenings: [], assignments: [], supervisionOrders: [], extension: null } as unknown as Stored;
}

describe('the case state machine under random commands', () => {
  it('reaches only legal states, refuses without changing anything, and follows the transition table', () => {
    fc.assert(
      fc.property(initial, steps, (init, sequence) => {
        let state = firstCase(init);
        let now = T0;
        const ids = { next: 0 };
        expect(invariantBreaches(state)).toEqual([]);
        for (const { command: cmd, advance: ms } of sequence) {
          now = new Date(now.getTime() + ms);
          const snapshot = copy(state);
          const caller = 'who' in cmd ? actorOf(state, cmd.who, cmd.c) : undefined;
          const outcome = attempt(state, cmd, now, ids);
          // Nothing a command does may touch the state it was given.
          expect(isDeepStrictEqual(state, snapshot)).toBe(true);
          if (outcome.kind === 'refused') {
            // The model's necessary successes: what no rule may refuse.
            if (cmd.c === 'accept' && caller?.unitId === state.leadUnitId && state.status === 'assigned') throw new Error(`accept by the lead unit refused: ${outcome.why}`);
            if (cmd.c === 'instruction' || cmd.c === 'supervision-order') throw new Error(`${cmd.c} refused`);
            continue;
          }
          expect(stepBreaches(state, cmd, caller, outcome, now)).toEqual([]);
          state = outcome.next;
          expect(invariantBreaches(state)).toEqual([]);
        }
      }),
      { numRuns: Number(process.env.CASE_PROPERTY_RUNS ?? 500) },
    );
  });

  it('refuses every unit command on a case that was not accepted or was transferred, and all but a completion once closed', () => {
    // Drive a case to each finished status, then try every unit command by the lead unit.
    const finished: Record<string, Stored> = {};
    const base = firstCase({ kind: 'request', assisting: ['u-assist'], accused: [], upper: false });
    const ids = { next: 0 };
    const lead = { who: 'lead' as const };
    finished['not-accepted'] = (run(base, { c: 'not-accept', reasonCode: 'in-litigation', ...lead }, T0, ids) as { next: Stored }).next;
    finished.transferred = (run(base, { c: 'transfer', ...lead }, T0, ids) as { next: Stored }).next;
    let s = (run(base, { c: 'accept', ...lead }, T0, ids) as { next: Stored }).next;
    const scheduled = { outcome: 'scheduled' as const, facts: '属实', decision: '限期整改', basis: LAW_BASIS, promisedIn: 20 };
    s = (run(s, { c: 'reply', input: scheduled, cites: false, ...lead }, addDays(T0, 1), ids) as { next: Stored }).next;
    finished.closed = (run(s, { c: 'rating', roundOffset: 0, satisfaction: 'satisfied', linked: false }, addDays(T0, 2), ids) as { next: Stored }).next;
    for (const [status, state] of Object.entries(finished)) {
      expect(state.status).toBe(status);
      for (const c of UNIT_COMMANDS) {
        const cmd = { c, who: 'lead', reasonCode: 'other', days: 5, input: scheduled, cites: false } as unknown as Command;
        const accepted = attempt(state, cmd, addDays(T0, 3), ids).kind === 'accepted';
        expect({ status, c, accepted }).toEqual({ status, c, accepted: status === 'closed' && c === 'completion' });
      }
    }
  });
});
