import { randomBytes, scryptSync } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import type { Producer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { ManualClock } from '@sunshine/platform';
import { connectMongo, EventCollector, eventFor, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../../src/app.module';
import { SERVICE } from '../../src/service';

export const DAY = 86_400_000;
export const ECOLOGY = 'ecology-environment-bureau';
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A query code and its verifier in intake's published format (made here, independently of feedback's code). */
function queryCode(): { code: string; printed: string; verifier: string } {
  const code = Array.from(randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join('');
  const salt = randomBytes(16);
  const hash = scryptSync(code, salt, 32, { N: 2 ** 10, r: 8, p: 1 });
  return { code, printed: `${code.slice(0, 5)}-${code.slice(5)}`, verifier: ['scrypt', 10, 8, 1, salt.toString('base64url'), hash.toString('base64url')].join('$') };
}

/**
 * The feedback service in-process on the real Kafka and FerretDB, its time a ManualClock the test
 * moves (review windows of 30 days are tested by moving it), with tokens for the review offices
 * and a registrar, and helpers that arrange petitions the way intake and handling announce them.
 */
export async function startReviewBench(name: string, env: Record<string, string> = {}, start = new Date('2026-12-01T02:00:00.000Z')) {
  const namespace = testNamespace(name);
  const kafka = testKafka(namespace);
  const clock = new ManualClock(start);
  const settings = { FEEDBACK_PUBLIC_RATE_LIMIT: '100000', FEEDBACK_CONCLUSION_SWEEP_MS: '200', ...env };
  const service: TestServiceApp = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, settings, { clock });
  const server: Server = service.server.listen(0);
  const events = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.feedback)]).start();
  const mongo: MongoClient = await connectMongo();
  const producer: Producer = createIdempotentProducer(kafka);
  await producer.connect();
  const token: Record<string, string> = {
    reviewOffice: await signDevToken({ roles: ['review-office'], subject: 'review-officer-1' }),
    reReviewOffice: await signDevToken({ roles: ['re-review-office'], subject: 're-review-officer-1' }),
    registrar: await signDevToken({ roles: ['registrar'], subject: 'registrar-1' }),
    admin: await signDevToken({ roles: ['admin'] }),
    unit: await signDevToken({ roles: ['unit'], unitId: ECOLOGY }),
  };
  const db = () => mongo.db(`${namespace}_feedback`);
  const chain = (petitionId: string) => db().collection('review_chains').findOne({ _id: petitionId as never });
  const publish = (event: DomainEvent) => publishEvent(producer, namespace, event);
  let sequence = 0;
  const base = 100_000 + Math.floor(Math.random() * 800_000);

  /** A petition registered at intake (as feedback learns of it). */
  async function registered() {
    const petitionId = uuidv7();
    sequence += 1;
    const caseNumber = `SW-2026-${String(base + sequence).padStart(6, '0')}`;
    const credential = queryCode();
    await publish(eventFor('petition.registered', petitionId, { caseNumber, queryCodeVerifier: credential.verifier }));
    await waitUntil(() => db().collection('feedback_cases').findOne({ _id: petitionId as never }), (doc) => Boolean(doc?.queryCodeVerifier), { message: 'the registration' });
    return { petitionId, caseNumber, ...credential };
  }

  /** Handling replied (round n) at the clock's time, or `at`; waits until the review chain knows. */
  async function replied(petition: { petitionId: string; caseNumber: string }, round = 1, at = clock.now()) {
    await publish(eventFor('case.replied', petition.petitionId, { caseNumber: petition.caseNumber, unitId: ECOLOGY, round, repliedAt: at.toISOString() }));
    await waitUntil(() => chain(petition.petitionId), (doc) => doc?.round === round && doc.reopened === false, { message: `reply round ${round}` });
    await waitUntil(() => db().collection('feedback_cases').findOne({ _id: petition.petitionId as never }), (doc) => doc?.round === round, { message: `reply round ${round} (cases)` });
  }

  /** Handling reopened the case (as it does on a review decided "change"). */
  async function reopened(petition: { petitionId: string; caseNumber: string }, reason: 'review-changed' | 'dissatisfied' = 'review-changed') {
    await publish(eventFor('case.reopened', petition.petitionId, { caseNumber: petition.caseNumber, unitId: ECOLOGY, reason, reopenedAt: clock.now().toISOString() }));
    await waitUntil(() => chain(petition.petitionId), (doc) => doc?.reopened === true, { message: 'the reopening' });
  }

  async function repliedPetition() {
    const petition = await registered();
    await replied(petition);
    return petition;
  }

  const askReview = (caseNumber: string, code: string, reason = '答复认定的施工时间与事实不符，申请复查。') =>
    request(server).post('/api/v1/public/reviews').send({ caseNumber, queryCode: code, reason });
  const withdraw = (caseNumber: string, code: string, reason = '问题已与施工单位协商解决，申请撤回。') =>
    request(server).post('/api/v1/public/withdrawals').send({ caseNumber, queryCode: code, reason });
  const get = (path: string, who: string) => request(server).get(path).set('Authorization', `Bearer ${token[who]}`);
  const post = (path: string, who: string, body: object = {}) => request(server).post(path).set('Authorization', `Bearer ${token[who]}`).send(body);
  const decide = (reviewId: string, body: object, who = 'reviewOffice') => post(`/api/v1/reviews/${reviewId}/decision`, who, body);

  async function close() {
    await producer.disconnect();
    await events.stop();
    server.close();
    await service.close();
    await db().dropDatabase();
    await mongo.close();
  }

  return { namespace, clock, service, server, events, mongo, db, chain, token, publish, registered, replied, reopened, repliedPetition, askReview, withdraw, get, post, decide, close };
}

export type ReviewBench = Awaited<ReturnType<typeof startReviewBench>>;
