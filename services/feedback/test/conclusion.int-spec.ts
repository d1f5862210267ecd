import request from 'supertest';
import { parseEvent } from '@sunshine/contracts';
import { ManualClock } from '@sunshine/platform';
import { startServiceApp, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';
import { DAY, startReviewBench, type ReviewBench } from './support/review-bench';

const START = new Date('2026-12-01T02:00:00.000Z');
/** The end of the 30th day after START in Asia/Shanghai. */
const WINDOW_CLOSES = new Date('2026-12-31T15:59:59.999Z');

describe('feedback: a matter concludes when its review window closes unused (有果必结) — on real Kafka and FerretDB, with a moved clock', () => {
  let b: ReviewBench;
  /** A second instance of the service on the same database and topics, sweeping too. */
  let second: TestServiceApp;
  const secondClock = new ManualClock(START);

  beforeAll(async () => {
    b = await startReviewBench('feedback-conclusion', {}, START);
    second = await startServiceApp({ ...SERVICE, module: AppModule }, b.namespace, { FEEDBACK_CONCLUSION_SWEEP_MS: '150' }, { clock: secondClock });
  });

  afterAll(async () => {
    await second?.close();
    await b?.close();
  });

  const setTime = (at: Date) => {
    b.clock.set(at);
    secondClock.set(at);
  };

  it('an unrated reply is concluded as no-review-requested just after the 30th day, once, although two instances sweep', async () => {
    setTime(START);
    const petition = await b.repliedPetition();
    const stored = await b.chain(petition.petitionId);
    expect(stored?.conclusionDueAt).toEqual(WINDOW_CLOSES);

    // Another reply, at the window's last millisecond: its own window runs 30 more days.
    setTime(WINDOW_CLOSES);
    const other = await b.repliedPetition();
    expect((await b.chain(petition.petitionId))?.concluded).toBeFalsy();
    setTime(new Date(WINDOW_CLOSES.getTime() + 1));
    const [concluded] = await b.events.waitFor('petition.concluded', petition.petitionId);
    expect(parseEvent(concluded).ok).toBe(true);
    expect(concluded.payload).toMatchObject({ caseNumber: petition.caseNumber, reason: 'no-review-requested' });
    expect((await b.chain(petition.petitionId))?.concluded).toMatchObject({ reason: 'no-review-requested' });

    // Later sweeps of both instances (they conclude the other petition, replied at the window's end) add nothing.
    setTime(new Date(WINDOW_CLOSES.getTime() + 31 * DAY));
    await b.events.waitFor('petition.concluded', other.petitionId);
    await waitUntil(() => b.chain(petition.petitionId), (doc) => doc?.conclusionDueAt === null, { message: 'due date cleared' });
    expect(b.events.events('petition.concluded', petition.petitionId)).toHaveLength(1);
  });

  it('catches up after downtime: every matter that fell due meanwhile is concluded, however old', async () => {
    setTime(START);
    const petitions = [];
    for (let i = 0; i < 4; i += 1) {
      petitions.push(await b.repliedPetition());
      b.clock.advance(7 * DAY);
      secondClock.advance(7 * DAY);
    }
    setTime(new Date(START.getTime() + 400 * DAY));
    for (const petition of petitions) {
      const [event] = await b.events.waitFor('petition.concluded', petition.petitionId);
      expect(event.payload).toMatchObject({ reason: 'no-review-requested' });
    }
  });

  it('leaves alone a matter under review, and after an upheld review concludes it when the re-review window closes', async () => {
    setTime(START);
    const petition = await b.repliedPetition();
    setTime(new Date(START.getTime() + 20 * DAY));
    const { reviewId } = (await b.askReview(petition.caseNumber, petition.printed).expect(201)).body as { reviewId: string };
    expect((await b.chain(petition.petitionId))?.conclusionDueAt).toBeNull();

    // Past the review window: under review, not concluded (another petition's conclusion proves a sweep ran).
    setTime(START);
    const witness = await b.repliedPetition();
    setTime(new Date(START.getTime() + 45 * DAY));
    await b.events.waitFor('petition.concluded', witness.petitionId);
    expect(b.events.events('petition.concluded', petition.petitionId)).toHaveLength(0);

    await b.decide(reviewId, { decision: 'uphold', text: '经复查，维持原处理意见。' }).expect(200);
    // Decided on 15 Jan (Shanghai): the re-review window ends with 14 Feb.
    expect((await b.chain(petition.petitionId))?.conclusionDueAt).toEqual(new Date('2027-02-14T15:59:59.999Z'));
    setTime(new Date('2027-02-14T16:00:00.000Z'));
    const [concluded] = await b.events.waitFor('petition.concluded', petition.petitionId);
    expect(concluded.payload).toMatchObject({ reason: 'no-review-requested' });
  });

  it('a reply rated satisfied is not concluded again by the sweep, nor one the unit is handling again', async () => {
    setTime(START);
    const satisfied = await b.repliedPetition();
    await request(b.server).post('/api/v1/public/ratings').send({ caseNumber: satisfied.caseNumber, queryCode: satisfied.printed, satisfaction: 'basically-satisfied' }).expect(201);
    await b.events.waitFor('petition.concluded', satisfied.petitionId);
    const reopened = await b.repliedPetition();
    await b.reopened(reopened, 'dissatisfied');
    const witness = await b.repliedPetition();

    setTime(new Date(START.getTime() + 40 * DAY));
    await b.events.waitFor('petition.concluded', witness.petitionId);
    await waitUntil(() => b.chain(satisfied.petitionId), (doc) => doc?.concluded?.reason === 'satisfied', { message: 'satisfied recorded by the sweep' });
    expect(b.events.events('petition.concluded', satisfied.petitionId)).toHaveLength(1);
    expect(b.events.events('petition.concluded', reopened.petitionId)).toHaveLength(0);
  });
});
