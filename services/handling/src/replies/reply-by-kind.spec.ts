import { OUTCOMES_BY_KIND, PetitionKinds, ReplyOutcomes, type PetitionKind, type ReplyOutcome } from '@sunshine/contracts';
import type { CaseState } from '../cases/case';
import { composeReplyText, missingReplyParts, promiseView, replyByKind, reportCompletion, type CitedStandardAnswer, type ReplyByKindInput } from './reply-by-kind';
import { templateFor } from '../reply-templates/reply-template';

const LEAD = { unitId: 'ecology-environment-bureau', subject: 'staff-eco-1' };
const NOW = new Date('2026-12-05T02:00:00.000Z');
const HANDLE_BY = new Date('2027-01-26T15:59:59.999Z');
const CTX = { reviewBody: '区人民政府信访复查复核机关', timeZone: 'Asia/Shanghai' };
const SA: CitedStandardAnswer = {
  id: 'sa-social-insurance-transfer',
  version: 2,
  title: '跨省流动就业如何转移养老保险关系',
  answer: '基本养老保险关系随本人转移，缴费年限累计计算。',
  legalBasis: { law: '《中华人民共和国社会保险法》', article: '第十九条' },
};

const accepted = (kind: PetitionKind, overrides: Partial<CaseState> = {}): CaseState => ({
  caseNumber: 'SW-2026-000123',
  leadUnitId: LEAD.unitId,
  status: 'accepted',
  round: 0,
  handleBy: HANDLE_BY,
  kind,
  category: { level1: '环境保护' },
  ...overrides,
});

const FULL: Omit<ReplyByKindInput, 'outcome'> = {
  facts: '经现场核查，该工地多次在22时后施工。',
  decision: '已责令施工单位停止夜间施工，并依法处以罚款。',
  basis: '《中华人民共和国噪声污染防治法》第四十三条',
};

/** A complete input for every outcome. */
const complete = (outcome: ReplyOutcome): ReplyByKindInput => ({
  outcome,
  ...FULL,
  ...(outcome === 'scheduled' ? { promisedBy: new Date('2027-01-15T15:59:59.999Z') } : {}),
  ...(outcome === 'explained' ? { nextCheckAt: new Date('2027-01-05T02:00:00.000Z') } : {}),
});

const errorOf = (fn: () => unknown): { code?: string; extensions?: Record<string, unknown> } | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error as { code?: string; extensions?: Record<string, unknown> };
  }
};

describe('a reply by kind', () => {
  it.each(PetitionKinds.codes.flatMap((kind) => OUTCOMES_BY_KIND[kind].map((outcome) => [kind, outcome] as const)))(
    'accepts a complete %s reply "%s", with the review right at the end and the parts in the event',
    (kind, outcome) => {
      const decision = replyByKind(accepted(kind), LEAD, complete(outcome), CTX, NOW);
      expect(decision.event.type).toBe('case.replied');
      const payload = decision.event.payload as unknown as Record<string, unknown>;
      expect(payload).toMatchObject({ outcome, kind, facts: FULL.facts, basis: FULL.basis, round: 1 });
      expect(String(payload.text).endsWith('提出复查请求（《信访工作条例》第三十五条）。')).toBe(true);
      expect(payload.text).toContain('30日内向区人民政府信访复查复核机关');
      expect(payload.text).toContain(FULL.decision);
      expect(payload.text).toContain(ReplyOutcomes.label(outcome, 'zh-CN'));
    },
  );

  it('refuses an outcome that does not belong to the kind', () => {
    expect(errorOf(() => replyByKind(accepted('suggestion'), LEAD, complete('supported'), CTX, NOW))).toMatchObject({
      code: 'CASE.OUTCOME_NOT_FOR_KIND',
      extensions: { allowedOutcomes: ['adopted', 'partly-adopted', 'noted'] },
    });
    expect(errorOf(() => replyByKind(accepted('report'), LEAD, complete('not-supported'), CTX, NOW))?.code).toBe('CASE.OUTCOME_NOT_FOR_KIND');
  });

  it('names every missing part: facts, decision and basis always', () => {
    const error = errorOf(() => replyByKind(accepted('complaint'), LEAD, { outcome: 'supported', facts: '  ' }, CTX, NOW));
    expect(error).toMatchObject({ code: 'REPLY.PART_MISSING', extensions: { missingParts: ['facts', 'decision', 'basis'] } });
  });

  it('needs a promised date for scheduled and a next check date for explained, both in the future', () => {
    expect(missingReplyParts({ handleBy: HANDLE_BY }, { outcome: 'scheduled', ...FULL })).toEqual(['promisedBy']);
    expect(missingReplyParts({ handleBy: HANDLE_BY }, { outcome: 'explained', ...FULL })).toEqual(['nextCheckAt']);
    const past = new Date('2026-12-01T00:00:00.000Z');
    expect(errorOf(() => replyByKind(accepted('request'), LEAD, { ...complete('scheduled'), promisedBy: past }, CTX, NOW))?.code).toBe('REPLY.DATE_IN_PAST');
    expect(errorOf(() => replyByKind(accepted('request'), LEAD, { ...complete('explained'), nextCheckAt: past }, CTX, NOW))?.code).toBe('REPLY.DATE_IN_PAST');
  });

  it('lets a promise run past the handling deadline only with an explanation', () => {
    const late = { ...complete('scheduled'), promisedBy: new Date('2027-03-01T15:59:59.999Z') };
    expect(missingReplyParts({ handleBy: HANDLE_BY }, late)).toEqual(['promiseExplanation']);
    expect(missingReplyParts({ handleBy: HANDLE_BY }, { ...late, text: '需待春季施工期结束后方能拆除。' })).toEqual([]);
  });

  it('answers a consultation from a standard answer (its basis if none is given) or from a basis citing law and article', () => {
    const cited = replyByKind(accepted('consultation'), LEAD, { outcome: 'answered', facts: '您咨询养老保险转移。', decision: '可以转移。' }, { ...CTX, standardAnswer: SA }, NOW);
    expect(cited.event.payload).toMatchObject({ standardAnswer: { id: SA.id, version: 2 }, basis: '《中华人民共和国社会保险法》第十九条' });
    expect((cited.event.payload as { text: string }).text).toContain(SA.answer);
    expect(missingReplyParts({ handleBy: HANDLE_BY }, { outcome: 'answered', ...FULL, basis: '按有关规定办理' })).toEqual(['legalBasis']);
    expect(missingReplyParts({ handleBy: HANDLE_BY }, { outcome: 'answered', ...FULL })).toEqual([]);
  });

  it('shows the assisting units’ opinions in the reply and the event', () => {
    const state = accepted('complaint', { assistOpinions: [{ unitId: 'town-jiayang', opinion: '我镇已配合现场核查。', submittedAt: NOW }] });
    const decision = replyByKind(state, LEAD, complete('supported'), CTX, NOW);
    expect(decision.event.payload).toMatchObject({ assistingOpinions: [{ unitId: 'town-jiayang', opinion: '我镇已配合现场核查。' }] });
    expect((decision.event.payload as { text: string }).text).toContain('town-jiayang：我镇已配合现场核查。');
  });

  it('stores a scheduled reply’s promise and clears it with the next reply of another outcome', () => {
    const decision = replyByKind(accepted('request'), LEAD, complete('scheduled'), CTX, NOW);
    expect(decision.set.promise).toEqual({ round: 1, promisedBy: new Date('2027-01-15T15:59:59.999Z') });
    const again = replyByKind(accepted('request', { status: 'reopened', round: 1 }), LEAD, complete('supported'), CTX, NOW);
    expect(again.set.promise).toBeNull();
  });

  it('is refused before acceptance and to an assisting unit, before any part is checked', () => {
    expect(errorOf(() => replyByKind(accepted('complaint', { status: 'assigned' }), LEAD, { outcome: 'supported' }, CTX, NOW))?.code).toBe('CASE.NOT_ACCEPTED_YET');
    expect(errorOf(() => replyByKind(accepted('complaint'), { unitId: 'town-jiayang', subject: 's' }, { outcome: 'supported' }, CTX, NOW))?.code).toBe('CASE.NOT_LEAD_UNIT');
  });

  it('composes the English text from the English template', () => {
    const text = composeReplyText(templateFor('complaint', '城乡建设'), 'en', { outcome: 'supported', facts: 'f', decision: 'd', basis: 'b' }, { timeZone: 'Asia/Shanghai' });
    expect(text).toContain('We have inspected the site');
    expect(text).toMatch(/within 30 days/);
  });
});

describe('a promise kept (落实)', () => {
  const promised = (overrides: Partial<CaseState> = {}) =>
    accepted('request', { status: 'replied', round: 1, promise: { round: 1, promisedBy: new Date('2027-01-15T15:59:59.999Z') }, ...overrides });

  it('is reported once by the lead unit, with the promised date in the event', () => {
    const decision = reportCompletion(promised(), LEAD, '已加装隔音屏障。', NOW);
    expect(decision.event).toEqual({
      type: 'case.completion-reported',
      payload: { caseNumber: 'SW-2026-000123', unitId: LEAD.unitId, note: '已加装隔音屏障。', reportedAt: NOW.toISOString(), promisedBy: '2027-01-15T15:59:59.999Z' },
    });
    const done = { ...promised(), promise: decision.set.promise };
    expect(errorOf(() => reportCompletion(done, LEAD, '再报一次', NOW))?.code).toBe('CASE.PROMISE_ALREADY_COMPLETED');
  });

  it('needs a scheduled reply and the lead unit', () => {
    expect(errorOf(() => reportCompletion(promised({ promise: null }), LEAD, 'x', NOW))?.code).toBe('CASE.NO_PROMISE');
    expect(errorOf(() => reportCompletion(promised(), { unitId: 'town-jiayang', subject: 's' }, 'x', NOW))?.code).toBe('CASE.NOT_LEAD_UNIT');
  });

  it('shows overdue when the date passed without a note, or the note came late', () => {
    const promise = { round: 1, promisedBy: new Date('2027-01-15T15:59:59.999Z') };
    expect(promiseView(promise, NOW)?.overdue).toBe(false);
    expect(promiseView(promise, new Date('2027-01-16T00:00:00.000Z'))?.overdue).toBe(true);
    expect(promiseView({ ...promise, completedAt: new Date('2027-01-10T00:00:00.000Z') }, new Date('2027-02-01T00:00:00.000Z'))?.overdue).toBe(false);
    expect(promiseView({ ...promise, completedAt: new Date('2027-01-20T00:00:00.000Z') }, new Date('2027-02-01T00:00:00.000Z'))?.overdue).toBe(true);
    expect(promiseView(null, NOW)).toBeUndefined();
  });
});
