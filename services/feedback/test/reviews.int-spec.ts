import { parseEvent } from '@sunshine/contracts';
import { DAY, ECOLOGY, startReviewBench, type ReviewBench } from './support/review-bench';

const START = new Date('2026-12-01T02:00:00.000Z');

describe('feedback: review and re-review (复查/复核, 信访工作条例 art. 35–36) on real Kafka and FerretDB, with a moved clock', () => {
  let b: ReviewBench;

  beforeAll(async () => {
    b = await startReviewBench('feedback-reviews', {}, START);
  });

  afterAll(async () => {
    await b?.close();
  });

  beforeEach(() => b.clock.set(START));

  it('a review asked on day 29 is accepted, goes to the review body with a decide-by date, and is seen by the review office only', async () => {
    const petition = await b.repliedPetition();
    b.clock.advance(29 * DAY);
    const response = await b.askReview(petition.caseNumber, petition.printed.toLowerCase(), '答复认定的施工时间与事实不符，请回电13812345678').expect(201);
    expect(response.body).toEqual({
      reviewId: `rv1-${petition.petitionId}`,
      caseNumber: petition.caseNumber,
      level: 'review',
      reviewBody: '区人民政府信访复查机关',
      requestedAt: new Date(START.getTime() + 29 * DAY).toISOString(),
      // Asked on 30 Dec (Shanghai): decided by the end of 29 Jan.
      decideBy: '2027-01-29T15:59:59.999Z',
    });
    const [requested] = await b.events.waitFor('feedback.review-requested', petition.petitionId);
    expect(parseEvent(requested).ok).toBe(true);
    expect(requested.payload).toEqual({
      caseNumber: petition.caseNumber,
      level: 'review',
      reason: '答复认定的施工时间与事实不符，请回电138****5678',
      requestedAt: response.body.requestedAt,
      answerBy: '2027-01-29T15:59:59.999Z',
      reviewId: response.body.reviewId,
      requestedBy: 'petitioner',
      reviewBody: '区人民政府信访复查机关',
    });

    // One open request per case.
    expect((await b.askReview(petition.caseNumber, petition.printed).expect(409)).body.code).toBe('REVIEW.ALREADY_OPEN');

    const open = await b.get('/api/v1/reviews?status=open', 'reviewOffice').expect(200);
    expect(open.body.items).toContainEqual(expect.objectContaining({ reviewId: response.body.reviewId, status: 'open', level: 'review', unitId: ECOLOGY, requestedBy: 'petitioner' }));
    expect((await b.get('/api/v1/reviews', 'reReviewOffice').expect(200)).body.items.map((r: { reviewId: string }) => r.reviewId)).not.toContain(response.body.reviewId);
    expect((await b.get('/api/v1/reviews?level=review', 'admin').expect(200)).body.items.map((r: { reviewId: string }) => r.reviewId)).toContain(response.body.reviewId);
    await b.get('/api/v1/reviews', 'unit').expect(403);
    await b.get('/api/v1/reviews', 'registrar').expect(403);
    const one = await b.get(`/api/v1/reviews/${response.body.reviewId}`, 'reviewOffice').expect(200);
    expect(one.body).toMatchObject({ reviewId: response.body.reviewId, petitionId: petition.petitionId, caseNumber: petition.caseNumber, round: 1, status: 'open' });
    expect((await b.get(`/api/v1/reviews/${response.body.reviewId}`, 'reReviewOffice').expect(404)).body.code).toBe('REVIEW.NOT_FOUND');

    // The re-review office does not decide reviews; units cannot decide at all.
    expect((await b.decide(response.body.reviewId, { decision: 'uphold', text: '维持' }, 'reReviewOffice').expect(403)).body.code).toBe('REVIEW.WRONG_BODY');
    await b.decide(response.body.reviewId, { decision: 'uphold', text: '维持' }, 'unit').expect(403);
  });

  it('a review asked on day 31 is refused with the date the window closed, in the body and in the zh-CN and English detail, and nothing is published', async () => {
    const petition = await b.repliedPetition();
    const inTime = await b.repliedPetition();
    // The last millisecond of day 30 is still in time.
    b.clock.set(new Date('2026-12-31T15:59:59.999Z'));
    await b.askReview(inTime.caseNumber, inTime.printed).expect(201);

    b.clock.set(new Date(START.getTime() + 31 * DAY));
    const refused = await b.askReview(petition.caseNumber, petition.printed).set('Accept-Language', 'zh-CN').expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'REVIEW.WINDOW_CLOSED', level: 'review', closedAt: '2026-12-31T15:59:59.999Z', closedOn: '2026-12-31' });
    expect(refused.body.detail).toContain('2026-12-31');
    expect(refused.body.i18n.en.detail).toContain('closed on 2026-12-31');
    // Still so once the sweep has concluded the matter.
    await b.events.waitFor('petition.concluded', petition.petitionId);
    expect((await b.askReview(petition.caseNumber, petition.printed).expect(409)).body).toMatchObject({ code: 'REVIEW.WINDOW_CLOSED', closedOn: '2026-12-31' });
    expect((await b.chain(petition.petitionId))?.review).toBeFalsy();
    expect(b.events.events('feedback.review-requested', petition.petitionId)).toHaveLength(0);
  });

  it('change sends the case back with directions and a new handle-by; after the new reply the re-review goes to the re-review body; its decision concludes the matter as review-exhausted; a third request is refused', async () => {
    const petition = await b.repliedPetition();
    b.clock.advance(10 * DAY);
    const { reviewId } = (await b.askReview(petition.caseNumber, petition.printed).expect(201)).body as { reviewId: string };

    // A change needs directions; the decision is made once.
    expect((await b.decide(reviewId, { decision: 'change', text: '变更' }).expect(400)).body.code).toBe('REVIEW.DIRECTIONS_REQUIRED');
    expect((await b.decide(reviewId, { decision: 'uphold', text: '维持', handleDays: 10 }).expect(400)).body.code).toBe('REVIEW.DIRECTIONS_ONLY_FOR_CHANGE');
    await b.decide(reviewId, { decision: 'overturn', text: '？' }).expect(400);
    b.clock.advance(5 * DAY);
    const decided = await b.decide(reviewId, { decision: 'change', text: '经复查，原答复对施工时间认定有误，予以变更。', directions: '重新核实夜间施工噪声监测数据，书面答复信访人。', handleDays: 20 }).expect(200);
    // Decided on 16 Dec (Shanghai): the unit answers by the end of 5 Jan.
    expect(decided.body).toMatchObject({ reviewId, status: 'decided', decision: 'change', newHandleBy: '2027-01-05T15:59:59.999Z', decidedBy: 'review-officer-1' });
    expect((await b.decide(reviewId, { decision: 'uphold', text: '维持' }).expect(409)).body.code).toBe('REVIEW.ALREADY_DECIDED');
    const [event] = await b.events.waitFor('feedback.review-decided', petition.petitionId);
    expect(parseEvent(event).ok).toBe(true);
    expect(event.payload).toMatchObject({
      caseNumber: petition.caseNumber,
      level: 'review',
      decision: 'change',
      reviewId,
      directions: '重新核实夜间施工噪声监测数据，书面答复信访人。',
      newHandleBy: '2027-01-05T15:59:59.999Z',
      decidedBy: 'review-officer-1',
    });
    expect(b.events.events('petition.concluded', petition.petitionId)).toHaveLength(0);

    // Handling reopens the case; until the unit replies again there is nothing to ask re-review of.
    await b.reopened(petition);
    expect((await b.askReview(petition.caseNumber, petition.printed).expect(409)).body.code).toBe('REVIEW.NO_REPLY');
    b.clock.advance(15 * DAY);
    await b.replied(petition, 2);

    // Re-review (复核), by a registrar on the petitioner's behalf this time, within 30 days of the new reply.
    b.clock.advance(29 * DAY);
    const reReview = await b.post('/api/v1/reviews', 'registrar', { caseNumber: petition.caseNumber, reason: '信访人来访称重新办理后仍未解决，申请复核。' }).expect(201);
    expect(reReview.body).toMatchObject({ reviewId: `rv2-${petition.petitionId}`, level: 're-review', reviewBody: '市人民政府信访复核机关' });
    const [, requested] = await b.events.waitFor('feedback.review-requested', petition.petitionId, 2);
    expect(requested.payload).toMatchObject({ level: 're-review', requestedBy: 'registrar' });
    expect((await b.get('/api/v1/reviews?status=open', 'reReviewOffice').expect(200)).body.items.map((r: { reviewId: string }) => r.reviewId)).toContain(reReview.body.reviewId);
    expect((await b.decide(reReview.body.reviewId, { decision: 'uphold', text: '维持' }, 'reviewOffice').expect(403)).body.code).toBe('REVIEW.WRONG_BODY');

    const final = await b.decide(reReview.body.reviewId, { decision: 'uphold', text: '经复核，维持复查意见。' }, 'reReviewOffice').expect(200);
    expect(final.body).toMatchObject({ status: 'decided', decision: 'uphold', concluded: 'review-exhausted' });
    const [concluded] = await b.events.waitFor('petition.concluded', petition.petitionId);
    expect(parseEvent(concluded).ok).toBe(true);
    expect(concluded.payload).toEqual({ caseNumber: petition.caseNumber, reason: 'review-exhausted', concludedAt: final.body.decidedAt });
    const [, reDecided] = await b.events.waitFor('feedback.review-decided', petition.petitionId, 2);
    // Published together, from the same write.
    expect(reDecided.payload).toMatchObject({ level: 're-review', decision: 'uphold' });

    const third = await b.askReview(petition.caseNumber, petition.printed).expect(409);
    expect(third.body.code).toBe('REVIEW.EXHAUSTED');
    expect(third.body.i18n.en.title).toBe('Review exhausted');
  });

  it('after an upheld review the re-review window runs 30 days from the decision and is refused after it', async () => {
    const petition = await b.repliedPetition();
    b.clock.advance(3 * DAY);
    const { reviewId } = (await b.askReview(petition.caseNumber, petition.printed).expect(201)).body as { reviewId: string };
    b.clock.advance(DAY);
    await b.decide(reviewId, { decision: 'uphold', text: '经复查，维持原处理意见。' }).expect(200);
    const [decided] = await b.events.waitFor('feedback.review-decided', petition.petitionId);
    expect(decided.payload).toMatchObject({ decision: 'uphold' });
    expect(decided.payload).not.toHaveProperty('newHandleBy');
    // Decided on 5 Dec (Shanghai): re-review until the end of 4 Jan.
    b.clock.set(new Date('2027-01-04T16:00:00.000Z'));
    const refused = await b.askReview(petition.caseNumber, petition.printed).expect(409);
    expect(refused.body).toMatchObject({ code: 'REVIEW.WINDOW_CLOSED', level: 're-review', closedOn: '2027-01-04' });
  });

  it('the public request answers an unknown case and a wrong code with the same 404 and checks its input; the registrar needs the role', async () => {
    const petition = await b.repliedPetition();
    const wrong = await b.askReview(petition.caseNumber, 'AAAAA-AAAAA').expect(404);
    const unknown = await b.askReview('SW-2026-999998', petition.printed).expect(404);
    expect(wrong.body.code).toBe('REVIEW.NOT_FOUND');
    expect({ ...wrong.body, instance: undefined, correlationId: undefined }).toEqual({ ...unknown.body, instance: undefined, correlationId: undefined });
    const invalid = await b.askReview(petition.caseNumber, petition.printed, '').expect(400);
    expect(invalid.body.code).toBe('REQUEST.VALIDATION_FAILED');
    await b.post('/api/v1/reviews', 'unit', { caseNumber: petition.caseNumber, reason: '申请复查' }).expect(403);
    expect((await b.post('/api/v1/reviews', 'registrar', { caseNumber: 'SW-2026-999997', reason: '申请复查' }).expect(404)).body.code).toBe('REVIEW.NOT_FOUND');
    const before = await b.registered();
    expect((await b.askReview(before.caseNumber, before.printed).expect(409)).body.code).toBe('REVIEW.NO_REPLY');
    expect(b.events.events('feedback.review-requested', petition.petitionId)).toHaveLength(0);
  });
});
