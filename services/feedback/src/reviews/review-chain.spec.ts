import { decideReview, onConcludedElsewhere, onReopened, onReplied, parseReviewId, requestReview, reviewIdOf, type ChainState, type ReviewPolicy } from './review-chain';

const policy: ReviewPolicy = {
  reviewRequestDays: 30,
  reviewDecisionDays: 30,
  reReviewRequestDays: 30,
  reReviewDecisionDays: 30,
  changeHandleDays: 30,
  timeZone: 'Asia/Shanghai',
  reviewBody: '区人民政府信访复查机关',
  reReviewBody: '市人民政府信访复核机关',
};
const PETITION = '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01';
/** 10:00 in Shanghai on 1 Dec 2026. */
const REPLIED = new Date('2026-12-01T02:00:00.000Z');
/** The review window closes at the end of 31 Dec 2026 in Shanghai. */
const REVIEW_CLOSES = new Date('2026-12-31T15:59:59.999Z');
const DAY = 86_400_000;

const fresh = (): ChainState => ({ caseNumber: 'SW-2026-000123', round: 0 });
const apply = (state: ChainState, changes: Partial<ChainState>): ChainState => ({ ...state, ...changes });
const replied = (at = REPLIED, state = fresh(), round = 1) => apply(state, onReplied(state, { round, unitId: 'ecology-environment-bureau', repliedAt: at }, policy));
const ask = (state: ChainState, now: Date, requestedBy: 'petitioner' | 'registrar' = 'petitioner') =>
  requestReview(state, { petitionId: PETITION, reason: '答复认定事实有误', requestedBy }, now, policy);

describe('the review window (复查, 信访工作条例 art. 35)', () => {
  it('opens with the written reply for 30 calendar days, to the end of the 30th day in Asia/Shanghai, and is when the matter would conclude', () => {
    const state = replied();
    expect(state.window).toEqual({ level: 'review', closesAt: REVIEW_CLOSES });
    expect(state.conclusionDueAt).toEqual(REVIEW_CLOSES);
  });

  it('accepts a request on day 29 and at the last millisecond of day 30; refuses it a millisecond later naming the day it closed', () => {
    expect(ask(replied(), new Date(REPLIED.getTime() + 29 * DAY)).review.level).toBe('review');
    expect(ask(replied(), REVIEW_CLOSES).review.level).toBe('review');
    let refusal: unknown;
    try {
      ask(replied(), new Date(REVIEW_CLOSES.getTime() + 1));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'REVIEW.WINDOW_CLOSED', status: 409, extensions: { level: 'review', closedAt: REVIEW_CLOSES.toISOString(), closedOn: '2026-12-31' } });
    expect((refusal as { detail: { 'zh-CN': string; en: string } }).detail['zh-CN']).toContain('2026-12-31');
    expect((refusal as { detail: { 'zh-CN': string; en: string } }).detail.en).toContain('2026-12-31');
  });

  it('a request goes to the review body, is to be decided within 30 days, and stops the window and the pending conclusion', () => {
    const now = new Date('2026-12-10T02:00:00.000Z');
    const { changes, review } = ask(replied(), now, 'registrar');
    expect(review).toMatchObject({
      reviewId: `rv1-${PETITION}`,
      level: 'review',
      status: 'open',
      requestedBy: 'registrar',
      reviewBody: '区人民政府信访复查机关',
      decideBy: new Date('2027-01-09T15:59:59.999Z'),
    });
    expect(changes).toMatchObject({ window: null, conclusionDueAt: null, review });
  });

  it('refuses before any reply, while the unit handles it again, and a second open request', () => {
    expect(() => ask(fresh(), REPLIED)).toThrow(expect.objectContaining({ code: 'REVIEW.NO_REPLY' }));
    const reopened = apply(replied(), onReopened(replied()));
    expect(reopened.conclusionDueAt).toBeNull();
    expect(() => ask(reopened, REPLIED)).toThrow(expect.objectContaining({ code: 'REVIEW.NO_REPLY' }));
    const open = apply(replied(), ask(replied(), REPLIED).changes);
    expect(() => ask(open, REPLIED)).toThrow(expect.objectContaining({ code: 'REVIEW.ALREADY_OPEN' }));
  });

  it('refuses once the matter is concluded (satisfied, withdrawn)', () => {
    const satisfied = apply(replied(), onConcludedElsewhere(replied(), { reason: 'satisfied', at: REPLIED }));
    expect(satisfied.conclusionDueAt).toBeNull();
    expect(() => ask(satisfied, REPLIED)).toThrow(expect.objectContaining({ code: 'REVIEW.CASE_CONCLUDED' }));
  });

  it('a new reply after a dissatisfied reopening opens a new window from that reply', () => {
    const second = new Date('2027-01-20T02:00:00.000Z');
    const state = replied(second, apply(replied(), onReopened(replied())), 2);
    expect(state.window).toEqual({ level: 'review', closesAt: new Date('2027-02-19T15:59:59.999Z') });
  });
});

describe('the review decision and re-review (复查意见、复核, art. 35–36)', () => {
  const decided = new Date('2026-12-20T02:00:00.000Z');
  const underReview = () => {
    const state = replied();
    return apply(state, ask(state, new Date('2026-12-10T02:00:00.000Z')).changes);
  };
  const decide = (state: ChainState, level: 'review' | 're-review', input: Partial<Parameters<typeof decideReview>[2]> = {}, at = decided) =>
    decideReview(state, level, { decision: 'uphold', text: '维持原处理意见。', decidedBy: 'review-officer', ...input }, at, policy);

  it('uphold opens the re-review window for 30 days from the decision; the matter concludes at its end if nobody asks', () => {
    const { changes, review, conclusion } = decide(underReview(), 'review');
    expect(conclusion).toBeUndefined();
    expect(review).toMatchObject({ status: 'decided', decision: 'uphold', decidedBy: 'review-officer', decidedAt: decided });
    expect(changes.window).toEqual({ level: 're-review', closesAt: new Date('2027-01-19T15:59:59.999Z') });
    expect(changes.conclusionDueAt).toEqual(new Date('2027-01-19T15:59:59.999Z'));
  });

  it('revoke does the same; a decided review cannot be decided again', () => {
    const state = apply(underReview(), decide(underReview(), 'review', { decision: 'revoke' }).changes);
    expect(state.window?.level).toBe('re-review');
    expect(() => decide(state, 'review')).toThrow(expect.objectContaining({ code: 'REVIEW.ALREADY_DECIDED' }));
  });

  it('change needs directions, sets the unit’s new handle-by (default and given days), and waits for the new reply', () => {
    expect(() => decide(underReview(), 'review', { decision: 'change' })).toThrow(expect.objectContaining({ code: 'REVIEW.DIRECTIONS_REQUIRED' }));
    expect(() => decide(underReview(), 'review', { directions: '重新核实' })).toThrow(expect.objectContaining({ code: 'REVIEW.DIRECTIONS_ONLY_FOR_CHANGE' }));
    expect(() => decide(underReview(), 'review', { handleDays: 10 })).toThrow(expect.objectContaining({ code: 'REVIEW.DIRECTIONS_ONLY_FOR_CHANGE' }));
    const byDefault = decide(underReview(), 'review', { decision: 'change', directions: '重新核实监测数据' });
    expect(byDefault.review).toMatchObject({ decision: 'change', directions: '重新核实监测数据', newHandleBy: new Date('2027-01-19T15:59:59.999Z') });
    expect(byDefault.changes).toMatchObject({ window: null, conclusionDueAt: null });
    const given = decide(underReview(), 'review', { decision: 'change', directions: '重新核实监测数据', handleDays: 15 });
    expect(given.review.newHandleBy).toEqual(new Date('2027-01-04T15:59:59.999Z'));
  });

  it('after a change the unit’s new reply opens the re-review window from that reply', () => {
    let state = apply(underReview(), decide(underReview(), 'review', { decision: 'change', directions: '重新核实' }).changes);
    state = apply(state, onReopened(state));
    expect(() => ask(state, decided)).toThrow(expect.objectContaining({ code: 'REVIEW.NO_REPLY' }));
    const newReply = new Date('2027-01-05T02:00:00.000Z');
    state = replied(newReply, state, 2);
    expect(state.window).toEqual({ level: 're-review', closesAt: new Date('2027-02-04T15:59:59.999Z') });
    const { review } = ask(state, new Date('2027-01-06T02:00:00.000Z'));
    expect(review).toMatchObject({ reviewId: `rv2-${PETITION}`, level: 're-review', reviewBody: '市人民政府信访复核机关' });
  });

  it('any re-review decision concludes the matter as review-exhausted; a third level is refused', () => {
    let state = apply(underReview(), decide(underReview(), 'review').changes);
    const reReview = ask(state, new Date('2027-01-19T15:59:59.999Z'));
    expect(reReview.review.level).toBe('re-review');
    state = apply(state, reReview.changes);
    for (const decision of ['uphold', 'revoke', 'change'] as const) {
      const outcome = decide(state, 're-review', decision === 'change' ? { decision, directions: '按复核意见办理' } : { decision });
      expect(outcome.conclusion).toBe('review-exhausted');
      expect(outcome.changes).toMatchObject({ concluded: { reason: 'review-exhausted' }, conclusionDueAt: null, window: null });
    }
    const exhausted = apply(state, decide(state, 're-review').changes);
    expect(() => ask(exhausted, new Date('2027-01-20T02:00:00.000Z'))).toThrow(expect.objectContaining({ code: 'REVIEW.EXHAUSTED' }));
  });

  it('the re-review window closes 30 days after the decision too', () => {
    const state = apply(underReview(), decide(underReview(), 'review').changes);
    expect(() => ask(state, new Date('2027-01-19T16:00:00.000Z'))).toThrow(expect.objectContaining({ code: 'REVIEW.WINDOW_CLOSED', extensions: expect.objectContaining({ level: 're-review', closedOn: '2027-01-19' }) }));
  });
});

describe('review ids', () => {
  it('name the level and the petition, and nothing else parses', () => {
    expect(parseReviewId(reviewIdOf(PETITION, 'review'))).toEqual({ petitionId: PETITION, level: 'review' });
    expect(parseReviewId(reviewIdOf(PETITION, 're-review'))).toEqual({ petitionId: PETITION, level: 're-review' });
    expect(parseReviewId('rv3-x')).toBeNull();
    expect(parseReviewId('rv1-')).toBeNull();
  });
});
