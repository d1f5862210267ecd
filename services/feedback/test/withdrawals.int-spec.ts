import request from 'supertest';
import { parseEvent } from '@sunshine/contracts';
import { DAY, startReviewBench, type ReviewBench } from './support/review-bench';

describe('feedback: the petitioner withdraws the petition (撤回) on real Kafka and FerretDB', () => {
  let b: ReviewBench;

  beforeAll(async () => {
    b = await startReviewBench('feedback-withdrawals');
  });

  afterAll(async () => {
    await b?.close();
  });

  it('publishes petition.withdrawn and petition.concluded (withdrawn) from one write; a second withdrawal is 409 and so is a review afterwards', async () => {
    const petition = await b.repliedPetition();
    const response = await b.withdraw(petition.caseNumber, petition.printed, '问题已协商解决，联系电话13812345678').expect(201);
    expect(response.body).toMatchObject({ caseNumber: petition.caseNumber, withdrawnAt: b.clock.now().toISOString(), acknowledgement: { 'zh-CN': expect.stringContaining('撤回') } });

    const [withdrawn] = await b.events.waitFor('petition.withdrawn', petition.petitionId);
    const [concluded] = await b.events.waitFor('petition.concluded', petition.petitionId);
    expect(parseEvent(withdrawn).ok).toBe(true);
    expect(withdrawn.producer).toBe('feedback');
    expect(withdrawn.payload).toEqual({ caseNumber: petition.caseNumber, withdrawnAt: response.body.withdrawnAt, reason: '问题已协商解决，联系电话138****5678' });
    expect(concluded.payload).toEqual({ caseNumber: petition.caseNumber, reason: 'withdrawn', concludedAt: response.body.withdrawnAt });

    expect((await b.withdraw(petition.caseNumber, petition.printed).expect(409)).body.code).toBe('WITHDRAWAL.ALREADY_WITHDRAWN');
    expect((await b.askReview(petition.caseNumber, petition.printed).expect(409)).body.code).toBe('REVIEW.CASE_CONCLUDED');
    // Nothing concludes it again when its review window closes.
    b.clock.advance(31 * DAY);
    const later = await b.repliedPetition();
    b.clock.advance(31 * DAY);
    await b.events.waitFor('petition.concluded', later.petitionId);
    expect(b.events.events('petition.concluded', petition.petitionId)).toHaveLength(1);
    expect(b.events.events('petition.withdrawn', petition.petitionId)).toHaveLength(1);
  });

  it('works before any reply, and ends an open review with it (its decision is then refused)', async () => {
    const early = await b.registered();
    await b.withdraw(early.caseNumber, early.printed).expect(201);
    await b.events.waitFor('petition.withdrawn', early.petitionId);

    const reviewed = await b.repliedPetition();
    const { reviewId } = (await b.askReview(reviewed.caseNumber, reviewed.printed).expect(201)).body as { reviewId: string };
    await b.withdraw(reviewed.caseNumber, reviewed.printed).expect(201);
    expect((await b.get(`/api/v1/reviews/${reviewId}`, 'reviewOffice').expect(200)).body).toMatchObject({ status: 'withdrawn', concluded: 'withdrawn' });
    expect((await b.decide(reviewId, { decision: 'uphold', text: '维持' }).expect(409)).body.code).toBe('REVIEW.CASE_CONCLUDED');
    expect(b.events.events('feedback.review-decided', reviewed.petitionId)).toHaveLength(0);
  });

  it('a matter concluded by a satisfied rating cannot be withdrawn (409), even before handling has closed the case', async () => {
    const petition = await b.repliedPetition();
    await request(b.server).post('/api/v1/public/ratings').send({ caseNumber: petition.caseNumber, queryCode: petition.printed, satisfaction: 'satisfied' }).expect(201);
    await b.events.waitFor('petition.concluded', petition.petitionId);
    expect((await b.withdraw(petition.caseNumber, petition.printed).expect(409)).body.code).toBe('WITHDRAWAL.CONCLUDED');
    expect(b.events.events('petition.withdrawn', petition.petitionId)).toHaveLength(0);
  });

  it('answers a wrong code and an unknown case with the same 404, checks its input, and withdraws once under simultaneous requests', async () => {
    const petition = await b.repliedPetition();
    const wrong = await b.withdraw(petition.caseNumber, 'AAAAA-AAAAA').expect(404);
    const unknown = await b.withdraw('SW-2026-999996', petition.printed).expect(404);
    expect(wrong.body.code).toBe('WITHDRAWAL.NOT_FOUND');
    expect({ ...wrong.body, instance: undefined, correlationId: undefined }).toEqual({ ...unknown.body, instance: undefined, correlationId: undefined });
    await request(b.server).post('/api/v1/public/withdrawals').send({ caseNumber: petition.caseNumber, queryCode: petition.printed }).expect(400);
    await request(b.server).post('/api/v1/public/withdrawals').send({ caseNumber: petition.caseNumber, queryCode: petition.printed, reason: '撤回', extra: 1 }).expect(400);

    const answers = await Promise.all([b.withdraw(petition.caseNumber, petition.printed), b.withdraw(petition.caseNumber, petition.printed), b.withdraw(petition.caseNumber, petition.printed)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    await b.events.waitFor('petition.concluded', petition.petitionId);
    // A later withdrawal's events prove the relay has passed this petition's.
    const other = await b.repliedPetition();
    await b.withdraw(other.caseNumber, other.printed).expect(201);
    await b.events.waitFor('petition.concluded', other.petitionId);
    expect(b.events.events('petition.withdrawn', petition.petitionId)).toHaveLength(1);
  });
});
