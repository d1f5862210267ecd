import { randomBytes, scryptSync } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import type { Producer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { parseEvent, Topics, type DomainEvent } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, eventFor, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const ECOLOGY = 'ecology-environment-bureau';
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A query code and its verifier in intake's published format (made here, independently of feedback's code). */
function queryCode(): { printed: string; verifier: string } {
  const code = Array.from(randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join('');
  const salt = randomBytes(16);
  const hash = scryptSync(code, salt, 32, { N: 2 ** 10, r: 8, p: 1 });
  return { printed: `${code.slice(0, 5)}-${code.slice(5)}`, verifier: ['scrypt', 10, 8, 1, salt.toString('base64url'), hash.toString('base64url')].join('$') };
}

describe('feedback: linked petitioners (repeats, joint co-petitioners) rate the original case’s reply', () => {
  const namespace = testNamespace('feedback-linked');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let server: Server;
  let events: EventCollector;
  let mongo: MongoClient;
  let producer: Producer;

  const db = () => mongo.db(`${namespace}_feedback`);
  const publish = (event: DomainEvent) => publishEvent(producer, namespace, event);
  const caseOf = (petitionId: string) => db().collection('feedback_cases').findOne({ _id: petitionId as never });

  let sequence = 0;
  async function registered() {
    const petitionId = uuidv7();
    sequence += 1;
    const caseNumber = `SW-2026-${String(870_000 + sequence).padStart(6, '0')}`;
    const credential = queryCode();
    await publish(eventFor('petition.registered', petitionId, { caseNumber, queryCodeVerifier: credential.verifier }));
    await waitUntil(() => caseOf(petitionId), (doc) => Boolean(doc?.queryCodeVerifier), { message: 'the registration' });
    return { petitionId, caseNumber, ...credential };
  }

  async function linked(original: { petitionId: string; caseNumber: string }, relation: 'joint' | 'repeat') {
    const petition = await registered();
    await publish(
      eventFor('petition.duplicate-linked', petition.petitionId, {
        caseNumber: petition.caseNumber,
        originalPetitionId: original.petitionId,
        originalCaseNumber: original.caseNumber,
        relation,
      }),
    );
    await waitUntil(() => caseOf(petition.petitionId), (doc) => doc?.linkedTo?.petitionId === original.petitionId, { message: 'the link' });
    return petition;
  }

  async function replied(petitionId: string, caseNumber: string, round = 1) {
    await publish(eventFor('case.replied', petitionId, { caseNumber, unitId: ECOLOGY, round }));
    await waitUntil(() => caseOf(petitionId), (doc) => doc?.status === 'replied' && doc.round === round, { message: `reply round ${round}` });
  }

  const rate = (caseNumber: string, code: string, satisfaction: string) =>
    request(server)
      .post('/api/v1/public/ratings')
      .send({ caseNumber, queryCode: code, satisfaction, ...(satisfaction === 'dissatisfied' ? { reasons: ['问题仍未解决'] } : {}) });

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { FEEDBACK_PUBLIC_RATE_LIMIT: '100000' });
    server = service.server.listen(0);
    events = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.feedback)]).start();
    mongo = await connectMongo();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await events?.stop();
    server?.close();
    await service?.close();
    await mongo?.db(`${namespace}_feedback`).dropDatabase();
    await mongo?.close();
  });

  it('takes a joint co-petitioner’s rating as a rating of the original’s round, once, with its source kept, and never concludes the original', async () => {
    const original = await registered();
    const coPetitioner = await linked(original, 'joint');
    expect((await rate(coPetitioner.caseNumber, coPetitioner.printed, 'satisfied').expect(409)).body.code).toBe('RATING.NO_REPLY');

    await replied(original.petitionId, original.caseNumber);
    const response = await rate(coPetitioner.caseNumber, coPetitioner.printed, 'satisfied').expect(201);
    expect(response.body).toMatchObject({ caseNumber: coPetitioner.caseNumber, round: 1, satisfaction: 'satisfied', acknowledgement: { 'zh-CN': expect.stringContaining('已记录') } });
    expect((await rate(coPetitioner.caseNumber, coPetitioner.printed, 'dissatisfied').expect(409)).body.code).toBe('RATING.ALREADY_RATED');

    const [rated] = await events.waitFor('feedback.rated', original.petitionId);
    expect(parseEvent(rated).ok).toBe(true);
    expect(rated.payload).toEqual({
      caseNumber: original.caseNumber,
      unitId: ECOLOGY,
      satisfaction: 'satisfied',
      round: 1,
      ratedAt: response.body.ratedAt,
      ratedViaPetitionId: coPetitioner.petitionId,
      source: 'online',
    });
    const stored = await db().collection('ratings').find({ petitionId: original.petitionId }).toArray();
    expect(stored).toEqual([expect.objectContaining({ round: 1, ratedViaPetitionId: coPetitioner.petitionId, ratedViaCaseNumber: coPetitioner.caseNumber })]);

    // The original petitioner still rates their own reply, and only that concludes the matter.
    const own = await rate(original.caseNumber, original.printed, 'dissatisfied').expect(201);
    expect(own.body.acknowledgement['zh-CN']).toContain('重新办理');
    await waitUntil(() => Promise.resolve(events.events('feedback.rated', original.petitionId)), (list) => list.length === 2, { message: 'both ratings' });
    const ownRating = events.events('feedback.rated', original.petitionId).find((e) => !('ratedViaPetitionId' in e.payload));
    expect(ownRating?.payload).toMatchObject({ satisfaction: 'dissatisfied', round: 1 });
    expect(events.events('petition.concluded', original.petitionId)).toHaveLength(0);
    expect(events.events('petition.concluded', coPetitioner.petitionId)).toHaveLength(0);

    const ledger = await request(server)
      .get('/api/v1/ratings')
      .set('Authorization', `Bearer ${await signDevToken({ roles: ['unit'], unitId: ECOLOGY })}`)
      .expect(200);
    expect(ledger.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ caseNumber: original.caseNumber, ratedViaCaseNumber: coPetitioner.caseNumber })]));
  });

  it('lets each linked petitioner rate each reply round once, a closed original too, but no reopened one; a wrong code is the same 404', async () => {
    const original = await registered();
    const repeat = await linked(original, 'repeat');
    const joint = await linked(original, 'joint');
    await replied(original.petitionId, original.caseNumber);

    await rate(repeat.caseNumber, repeat.printed, 'dissatisfied').expect(201);
    await rate(joint.caseNumber, joint.printed, 'basically-satisfied').expect(201);
    expect((await rate(repeat.caseNumber, queryCode().printed, 'satisfied').expect(404)).body.code).toBe('RATING.NOT_FOUND');

    await publish(eventFor('case.reopened', original.petitionId, { caseNumber: original.caseNumber }));
    await waitUntil(() => caseOf(original.petitionId), (doc) => doc?.status === 'reopened');
    expect((await rate(repeat.caseNumber, repeat.printed, 'satisfied').expect(409)).body.code).toBe('RATING.NO_REPLY');

    await replied(original.petitionId, original.caseNumber, 2);
    await publish(eventFor('case.closed', original.petitionId, { caseNumber: original.caseNumber }));
    await waitUntil(() => caseOf(original.petitionId), (doc) => doc?.status === 'closed');
    const second = await rate(repeat.caseNumber, repeat.printed, 'satisfied').expect(201);
    expect(second.body.round).toBe(2);

    const ratings = await db().collection('ratings').find({ petitionId: original.petitionId }).toArray();
    expect(ratings.map((r) => `${r.ratedViaPetitionId}:${r.round}`).sort()).toEqual([`${joint.petitionId}:1`, `${repeat.petitionId}:1`, `${repeat.petitionId}:2`].sort());
    expect(events.events('petition.concluded', original.petitionId)).toHaveLength(0);
  });

  it('applies a redelivered link once, and keys the link to the linked petition even when it arrives before the registration', async () => {
    const original = await registered();
    const petitionId = uuidv7();
    const caseNumber = 'SW-2026-879999';
    const link = eventFor('petition.duplicate-linked', petitionId, {
      caseNumber,
      originalPetitionId: original.petitionId,
      originalCaseNumber: original.caseNumber,
      relation: 'joint',
    });
    await publish(link);
    await publish(link);
    const credential = queryCode();
    await publish(eventFor('petition.registered', petitionId, { caseNumber, queryCodeVerifier: credential.verifier }));
    const doc = await waitUntil(() => caseOf(petitionId), (d) => Boolean(d?.queryCodeVerifier && d.linkedTo), { message: 'link and registration' });
    expect(doc!.processedEvents.filter((id: string) => id === link.id)).toHaveLength(1);
    await replied(original.petitionId, original.caseNumber);
    await rate(caseNumber, credential.printed, 'satisfied').expect(201);
  });
});
