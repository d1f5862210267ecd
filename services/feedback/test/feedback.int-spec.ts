import { randomBytes, scryptSync } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import type { Producer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { parseEvent, Topics, type DomainEvent } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { apiOperations, connectMongo, EventCollector, eventFor, openApiGaps, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const ECOLOGY = 'ecology-environment-bureau';
const HOUSING = 'housing-construction-bureau';
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A query code and its verifier in intake's published format (made here, independently of feedback's code). */
function queryCode(): { code: string; printed: string; verifier: string } {
  const code = Array.from(randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join('');
  const salt = randomBytes(16);
  const hash = scryptSync(code, salt, 32, { N: 2 ** 10, r: 8, p: 1 });
  return { code, printed: `${code.slice(0, 5)}-${code.slice(5)}`, verifier: ['scrypt', 10, 8, 1, salt.toString('base64url'), hash.toString('base64url')].join('$') };
}

const EXPECTED_OPERATIONS = ['GET /api/v1/ratings', 'GET /api/v1/reviews', 'GET /api/v1/reviews/{reviewId}', 'GET /api/v1/visits', 'GET /api/v1/visits/due', 'GET /api/v1/visits/ledger.xlsx', 'POST /api/v1/public/ratings', 'POST /api/v1/public/reviews', 'POST /api/v1/public/withdrawals', 'POST /api/v1/reviews', 'POST /api/v1/reviews/{reviewId}/decision', 'POST /api/v1/visits'];

describe('feedback: the petitioner rates the reply', () => {
  const namespace = testNamespace('feedback');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let server: Server;
  let events: EventCollector;
  let mongo: MongoClient;
  let producer: Producer;
  const token: Record<string, string> = {};

  const db = () => mongo.db(`${namespace}_feedback`);
  const publish = (event: DomainEvent) => publishEvent(producer, namespace, event);

  let sequence = 0;
  /** A petition registered at intake (as feedback learns of it). */
  async function registered() {
    const petitionId = uuidv7();
    sequence += 1;
    const caseNumber = `SW-2026-${String(800_000 + sequence).padStart(6, '0')}`;
    const credential = queryCode();
    await publish(eventFor('petition.registered', petitionId, { caseNumber, queryCodeVerifier: credential.verifier }));
    await waitUntil(() => db().collection('feedback_cases').findOne({ _id: petitionId as never }), (doc) => Boolean(doc?.queryCodeVerifier), {
      message: 'the registration',
    });
    return { petitionId, caseNumber, ...credential };
  }

  /** Handling replied (round n); wait until feedback knows. */
  async function replied(petitionId: string, caseNumber: string, round = 1, unitId = ECOLOGY) {
    await publish(eventFor('case.replied', petitionId, { caseNumber, unitId, round }));
    await waitUntil(() => db().collection('feedback_cases').findOne({ _id: petitionId as never }), (doc) => doc?.status === 'replied' && doc.round === round, {
      message: `reply round ${round}`,
    });
  }

  const rate = (caseNumber: string, code: string, satisfaction: string, comment?: string) =>
    request(server)
      .post('/api/v1/public/ratings')
      // A dissatisfied rating names its reasons (RATING.REASONS_REQUIRED is tested in visits.int-spec.ts).
      .send({ caseNumber, queryCode: code, satisfaction, ...(comment ? { comment } : {}), ...(satisfaction === 'dissatisfied' ? { reasons: ['问题仍未解决'] } : {}) });
  const ratingsOf = (petitionId: string) => db().collection('ratings').countDocuments({ petitionId });

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { FEEDBACK_PUBLIC_RATE_LIMIT: '100000' });
    server = service.server.listen(0);
    events = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.feedback)]).start();
    mongo = await connectMongo();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    for (const unit of [ECOLOGY, HOUSING]) token[unit] = await signDevToken({ roles: ['unit'], unitId: unit });
    token.supervisor = await signDevToken({ roles: ['supervisor'] });
    token['joint-office'] = await signDevToken({ roles: ['joint-office'] });
    token.registrar = await signDevToken({ roles: ['registrar'] });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await events?.stop();
    server?.close();
    await service?.close();
    await mongo?.db(`${namespace}_feedback`).dropDatabase();
    await mongo?.close();
  });

  it('answers 409 while there is no reply, then takes a dissatisfied rating of round 1 and publishes feedback.rated only', async () => {
    const petition = await registered();
    const early = await rate(petition.caseNumber, petition.printed, 'satisfied').expect(409);
    expect(early.body.code).toBe('RATING.NO_REPLY');

    await replied(petition.petitionId, petition.caseNumber);
    const response = await rate(petition.caseNumber, petition.printed.toLowerCase(), 'dissatisfied', '晚上还在施工，请回电13812345678').expect(201);
    expect(response.body).toMatchObject({ caseNumber: petition.caseNumber, round: 1, satisfaction: 'dissatisfied', acknowledgement: { 'zh-CN': expect.stringContaining('重新办理') } });

    const [rated] = await events.waitFor('feedback.rated', petition.petitionId);
    expect(parseEvent(rated).ok).toBe(true);
    expect(rated.payload).toEqual({
      caseNumber: petition.caseNumber,
      unitId: ECOLOGY,
      satisfaction: 'dissatisfied',
      comment: '晚上还在施工，请回电138****5678',
      round: 1,
      ratedAt: response.body.ratedAt,
      source: 'online',
      reasons: ['问题仍未解决'],
    });
    expect(events.events('petition.concluded', petition.petitionId)).toHaveLength(0);
  });

  it('answers 404 to a wrong query code and to an unknown case alike, and publishes nothing', async () => {
    const petition = await registered();
    await replied(petition.petitionId, petition.caseNumber);
    const wrong = await rate(petition.caseNumber, queryCode().printed, 'dissatisfied').expect(404);
    const malformed = await rate(petition.caseNumber, 'not-a-code', 'dissatisfied').expect(404);
    const unknown = await rate('SW-2026-999999', petition.printed, 'dissatisfied').expect(404);
    expect(wrong.body.code).toBe('RATING.NOT_FOUND');
    const comparable = (body: Record<string, unknown>) => ({ ...body, instance: undefined, correlationId: undefined });
    expect(comparable(unknown.body)).toEqual(comparable(wrong.body));
    expect(comparable(malformed.body)).toEqual(comparable(wrong.body));
    expect(await ratingsOf(petition.petitionId)).toBe(0);

    // The right code then rates; its event is the first and only one of this petition.
    await rate(petition.caseNumber, petition.printed, 'satisfied').expect(201);
    await events.waitFor('petition.concluded', petition.petitionId);
    expect(events.events('feedback.rated', petition.petitionId)).toHaveLength(1);
  });

  it('takes one rating per reply round, even when sent simultaneously; after a reopening the new reply can be rated', async () => {
    const petition = await registered();
    await replied(petition.petitionId, petition.caseNumber);
    const simultaneous = await Promise.all(Array.from({ length: 5 }, () => rate(petition.caseNumber, petition.printed, 'dissatisfied')));
    expect(simultaneous.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(simultaneous.find((r) => r.status === 409)!.body.code).toBe('RATING.ALREADY_RATED');
    expect((await rate(petition.caseNumber, petition.printed, 'satisfied').expect(409)).body.code).toBe('RATING.ALREADY_RATED');

    await publish(eventFor('case.reopened', petition.petitionId, { caseNumber: petition.caseNumber }));
    await waitUntil(() => db().collection('feedback_cases').findOne({ _id: petition.petitionId as never }), (doc) => doc?.status === 'reopened');
    expect((await rate(petition.caseNumber, petition.printed, 'satisfied').expect(409)).body.code).toBe('RATING.NO_REPLY');

    await replied(petition.petitionId, petition.caseNumber, 2);
    const second = await rate(petition.caseNumber, petition.printed, 'basically-satisfied').expect(201);
    expect(second.body.round).toBe(2);
    await events.waitFor('petition.concluded', petition.petitionId);
    expect(events.events('feedback.rated', petition.petitionId).map((e) => [e.payload.round, e.payload.satisfaction])).toEqual([
      [1, 'dissatisfied'],
      [2, 'basically-satisfied'],
    ]);
    expect(await ratingsOf(petition.petitionId)).toBe(2);
  });

  it('concludes the petition in the same write as a satisfied rating; a closed case takes no more ratings', async () => {
    const petition = await registered();
    await replied(petition.petitionId, petition.caseNumber);
    const response = await rate(petition.caseNumber, petition.printed, 'satisfied').expect(201);
    const [rated] = await events.waitFor('feedback.rated', petition.petitionId);
    const [concluded] = await events.waitFor('petition.concluded', petition.petitionId);
    expect(concluded.payload).toEqual({ caseNumber: petition.caseNumber, reason: 'satisfied', concludedAt: response.body.ratedAt });
    expect(concluded.correlationId).toBe(rated.correlationId);

    await publish(eventFor('case.closed', petition.petitionId, { caseNumber: petition.caseNumber, reason: 'satisfied' }));
    await waitUntil(() => db().collection('feedback_cases').findOne({ _id: petition.petitionId as never }), (doc) => doc?.status === 'closed');
    expect((await rate(petition.caseNumber, petition.printed, 'dissatisfied').expect(409)).body.code).toBe('RATING.CASE_CLOSED');
  });

  it('allows the rating when handling’s reply arrived before intake’s registration', async () => {
    const petitionId = uuidv7();
    const caseNumber = 'SW-2026-899999';
    const credential = queryCode();
    await publish(eventFor('case.replied', petitionId, { caseNumber, unitId: ECOLOGY, round: 1 }));
    await waitUntil(() => db().collection('feedback_cases').findOne({ _id: petitionId as never }), (doc) => doc?.status === 'replied');
    await rate(caseNumber, credential.printed, 'satisfied').expect(404); // no credential known yet
    await publish(eventFor('petition.registered', petitionId, { caseNumber, queryCodeVerifier: credential.verifier }));
    await waitUntil(() => db().collection('feedback_cases').findOne({ _id: petitionId as never }), (doc) => Boolean(doc?.queryCodeVerifier));
    expect(await db().collection('feedback_cases').findOne({ _id: petitionId as never })).toMatchObject({ status: 'replied', round: 1, unitId: ECOLOGY });
    await rate(caseNumber, credential.printed, 'satisfied').expect(201);
  });

  it('completes every petition’s record when registrations and first replies arrive together, in either order', async () => {
    const petitions = Array.from({ length: 12 }, (_, i) => ({ petitionId: uuidv7(), caseNumber: `SW-2026-${870_000 + i}`, ...queryCode() }));
    await Promise.all(
      petitions.flatMap((p, i) => {
        const registration = eventFor('petition.registered', p.petitionId, { caseNumber: p.caseNumber, queryCodeVerifier: p.verifier });
        const reply = eventFor('case.replied', p.petitionId, { caseNumber: p.caseNumber, unitId: ECOLOGY, round: 1 });
        return i % 2 ? [publish(registration), publish(reply)] : [publish(reply), publish(registration)];
      }),
    );
    const ids = petitions.map((p) => p.petitionId);
    const docs = await waitUntil(
      () => db().collection('feedback_cases').find({ _id: { $in: ids } as never }).toArray(),
      (found) => found.length === 12 && found.every((d) => d.queryCodeVerifier && d.status === 'replied'),
      { message: '12 complete records' },
    );
    for (const doc of docs) expect(doc).toMatchObject({ round: 1, unitId: ECOLOGY, processedEvents: expect.arrayContaining([expect.any(String), expect.any(String)]) });
    const [first] = petitions;
    await rate(first.caseNumber, first.printed, 'satisfied').expect(201);
  });

  it('lists ratings to supervisors, and to a unit only its own', async () => {
    const mine = await registered();
    await replied(mine.petitionId, mine.caseNumber, 1, ECOLOGY);
    await rate(mine.caseNumber, mine.printed, 'dissatisfied', '邮箱 wang@example.com').expect(201);
    const theirs = await registered();
    await replied(theirs.petitionId, theirs.caseNumber, 1, HOUSING);
    await rate(theirs.caseNumber, theirs.printed, 'satisfied').expect(201);

    const list = (who: string, query = '') =>
      request(server).get(`/api/v1/ratings${query}`).set('Authorization', `Bearer ${token[who]}`).expect(200);
    const ids = (body: { items: { petitionId: string }[] }) =>
      body.items.map((r) => r.petitionId).filter((id) => id === mine.petitionId || id === theirs.petitionId);

    expect(ids((await list('supervisor', '?limit=200')).body).sort()).toEqual([mine.petitionId, theirs.petitionId].sort());
    expect(ids((await list('supervisor', `?unitId=${HOUSING}`)).body)).toEqual([theirs.petitionId]);
    const own = await list(ECOLOGY, '?limit=200');
    expect(ids(own.body)).toEqual([mine.petitionId]);
    expect(own.body.items.find((r: { petitionId: string }) => r.petitionId === mine.petitionId)).toMatchObject({
      unitId: ECOLOGY,
      round: 1,
      satisfaction: 'dissatisfied',
      comment: '邮箱 ***@***',
    });
    expect((await list(ECOLOGY, `?unitId=${HOUSING}`)).body.items).toEqual([]);

    await request(server).get('/api/v1/ratings').expect(401);
    await request(server).get('/api/v1/ratings').set('Authorization', `Bearer ${token.registrar}`).expect(403);
    await request(server).get('/api/v1/ratings?unitId=Not%20A%20Unit').set('Authorization', `Bearer ${token.supervisor}`).expect(400);
  });

  it('keeps the return-visit ledger: the replying unit or the joint office records a visit, published as feedback.visited', async () => {
    const petition = await registered();
    const visit = { caseNumber: petition.caseNumber, method: 'phone', summary: '群众表示施工已停止，对处理结果满意。联系电话13812345678' };
    const post = (who: string, body: object) => request(server).post('/api/v1/visits').set('Authorization', `Bearer ${token[who]}`).send(body);
    expect((await post('joint-office', visit).expect(409)).body.code).toBe('VISIT.NO_REPLY');

    await replied(petition.petitionId, petition.caseNumber, 1, ECOLOGY);
    expect((await post(HOUSING, visit).expect(404)).body.code).toBe('VISIT.CASE_NOT_FOUND');
    expect((await post(ECOLOGY, { ...visit, caseNumber: 'SW-2026-999997' }).expect(404)).body.code).toBe('VISIT.CASE_NOT_FOUND');
    await post(ECOLOGY, { ...visit, visitedAt: new Date(Date.now() + 86_400_000).toISOString() }).expect(400);
    const recorded = await post(ECOLOGY, { ...visit, visitedAt: '2026-01-02T03:04:05.000Z' }).expect(201);
    expect(recorded.body).toMatchObject({ caseNumber: petition.caseNumber, unitId: ECOLOGY, method: 'phone', summary: '群众表示施工已停止，对处理结果满意。联系电话138****5678' });
    await post('joint-office', { ...visit, method: 'on-site' }).expect(201);

    const published = await events.waitFor('feedback.visited', petition.petitionId, 2);
    expect(published.map((e) => parseEvent(e).ok)).toEqual([true, true]);
    expect(published[0].payload).toEqual({
      caseNumber: petition.caseNumber,
      unitId: ECOLOGY,
      method: 'phone',
      summary: '群众表示施工已停止，对处理结果满意。联系电话138****5678',
      visitedAt: '2026-01-02T03:04:05.000Z',
      visitId: recorded.body.visitId,
      visitor: expect.any(String),
    });
    expect(published[1].payload).toMatchObject({ unitId: ECOLOGY, method: 'on-site' });

    const ledger = (who: string) => request(server).get(`/api/v1/visits?caseNumber=${petition.caseNumber}`).set('Authorization', `Bearer ${token[who]}`).expect(200);
    expect((await ledger(ECOLOGY)).body.items.map((v: { method: string }) => v.method)).toEqual(['on-site', 'phone']);
    expect((await ledger(HOUSING)).body.items).toEqual([]);
    expect((await ledger('supervisor')).body.items).toHaveLength(2);
  });

  it('refuses a rating that is not valid, and limits how often one client may try', async () => {
    const petition = await registered();
    const invalid = await request(server)
      .post('/api/v1/public/ratings')
      .send({ caseNumber: petition.caseNumber, queryCode: petition.printed, satisfaction: 'meh', round: 3 })
      .expect(400);
    expect((invalid.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['round', 'satisfaction']);

    const local = testNamespace('feedbackrl');
    const limited = await startServiceApp({ ...SERVICE, module: AppModule }, local, { FEEDBACK_PUBLIC_RATE_LIMIT: '2' });
    try {
      const guess = () => request(limited.server).post('/api/v1/public/ratings').send({ caseNumber: 'SW-2026-999998', queryCode: queryCode().printed, satisfaction: 'satisfied' });
      expect((await guess()).status).toBe(404);
      expect((await guess()).status).toBe(404);
      const refused = await guess();
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('REQUEST.RATE_LIMITED');
    } finally {
      await limited.close();
      await mongo.db(`${local}_feedback`).dropDatabase();
    }
  });

  it('documents every endpoint in OpenAPI: a summary, a typed success response, examples on the request bodies', async () => {
    const doc = (await request(server).get('/docs-json').expect(200)).body;
    expect(apiOperations(doc).map((o) => o.name).sort()).toEqual(EXPECTED_OPERATIONS);
    expect(openApiGaps(doc)).toEqual([]);
  });
});
