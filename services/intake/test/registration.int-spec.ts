import request from 'supertest';
import type { MongoClient } from 'mongodb';
import { parseEvent, Topics, type DomainEvent } from '@sunshine/contracts';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { apiOperations, connectMongo, EventCollector, eventFor, openApiGaps, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const PHONE = '13912345678';
const ID_NUMBER = '11010519491231002X';
const NAME = '欧阳明月';

const petition = (overrides: Record<string, unknown> = {}) => ({
  subject: '嘉州花园小区旁工地夜间施工噪音扰民',
  text: `我是嘉州花园的业主${NAME}，小区东侧工地每晚十一点后还在浇筑混凝土，噪音很大。我的电话${PHONE}。`,
  petitioner: { name: NAME, phone: '139 1234 5678', idNumber: ID_NUMBER, address: '嘉州花园3栋2单元101' },
  ...overrides,
});

describe('intake: registering a web petition', () => {
  const namespace = testNamespace('intake');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let events: EventCollector;
  let mongo: MongoClient;

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { INTAKE_PUBLIC_RATE_LIMIT: '100000' });
    events = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.intake)]).start();
    mongo = await connectMongo();
  });

  afterAll(async () => {
    await events?.stop();
    await service?.close();
    await mongo?.db(`${namespace}_intake`).dropDatabase();
    await mongo?.close();
  });

  it('answers 201 with a case number and query code, and publishes petition.registered without personal data', async () => {
    const response = await request(service.server).post('/api/v1/petitions').send(petition()).expect(201);
    expect(response.body).toMatchObject({
      caseNumber: expect.stringMatching(/^SW-\d{4}-\d{6}$/),
      queryCode: expect.stringMatching(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/),
      acknowledgement: { 'zh-CN': expect.stringContaining('十五日内') },
    });
    const [event] = await events.waitFor('petition.registered', response.body.petitionId);
    expect(parseEvent(event).ok).toBe(true);
    expect(event.payload).toMatchObject({ caseNumber: response.body.caseNumber, channel: 'web', anonymous: false, confidential: false });
    const raw = JSON.stringify(event);
    expect(raw).not.toContain(PHONE);
    expect(raw).not.toContain('1234 5678');
    expect(raw).not.toContain(ID_NUMBER);
    expect(raw).not.toContain(NAME);
    expect(raw).not.toContain(response.body.queryCode.replace('-', ''));
    expect((event.payload as { petitionerKeys: Record<string, string> }).petitionerKeys.phone).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const stored = await mongo.db(`${namespace}_intake`).collection('petitions').findOne({ _id: response.body.petitionId as never });
    expect(JSON.stringify(stored)).not.toMatch(new RegExp(`${PHONE}|${ID_NUMBER}|${NAME}`));
  });

  it('recognises the same petitioner however the phone number is written', async () => {
    const a = await request(service.server).post('/api/v1/petitions').send(petition({ petitioner: { phone: '+86 139-1234-5678' } })).expect(201);
    const b = await request(service.server).post('/api/v1/petitions').send(petition({ petitioner: { phone: '8613912345678' } })).expect(201);
    const [ea] = await events.waitFor('petition.registered', a.body.petitionId);
    const [eb] = await events.waitFor('petition.registered', b.body.petitionId);
    expect(ea.payload.petitionerRef).toBeDefined();
    expect(ea.payload.petitionerRef).toBe(eb.payload.petitionerRef);
  });

  it('replays the same receipt for a repeated Idempotency-Key and refuses the key with another body', async () => {
    const key = `key-${namespace}`;
    const first = await request(service.server).post('/api/v1/petitions').set('Idempotency-Key', key).send(petition()).expect(201);
    const again = await request(service.server).post('/api/v1/petitions').set('Idempotency-Key', key).send(petition()).expect(201);
    expect(again.body).toEqual(first.body);
    const conflict = await request(service.server)
      .post('/api/v1/petitions')
      .set('Idempotency-Key', key)
      .send(petition({ subject: '另一件事' }))
      .expect(409);
    expect(conflict.headers['content-type']).toContain('application/problem+json');
    expect(conflict.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    await events.waitFor('petition.registered', first.body.petitionId);
    expect(events.events('petition.registered', first.body.petitionId)).toHaveLength(1);
  });

  it('gives 500 concurrent submissions with 50 repeated keys exactly 450 petitions with unique, gap-free numbers', async () => {
    const local = testNamespace('concurrent');
    const app = await startServiceApp({ ...SERVICE, module: AppModule }, local, { INTAKE_PUBLIC_RATE_LIMIT: '100000' });
    const collector = await new EventCollector(kafka, [physicalTopic({ namespace: local }, Topics.intake)]).start();
    try {
      const server = app.server.listen(0);
      const bodies = Array.from({ length: 500 }, (_, i) => {
        // Requests 450..499 repeat the keys (and bodies) of requests 0..49.
        const n = i < 450 ? i : i - 450;
        return { key: `bulk-${local}-${n}`, body: petition({ subject: `第${n}号反映：路灯不亮` }) };
      });
      const responses = await Promise.all(
        bodies.map(({ key, body }) => request(server).post('/api/v1/petitions').set('Idempotency-Key', key).send(body)),
      );
      server.close();
      expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
      const numbers = [...new Set(responses.map((r) => r.body.caseNumber as string))];
      expect(numbers).toHaveLength(450);
      const sequence = numbers.map((n) => Number(n.split('-')[2])).sort((x, y) => x - y);
      expect(sequence).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
      for (let i = 450; i < 500; i += 1) expect(responses[i].body).toEqual(responses[i - 450].body);
      expect(await mongo.db(`${local}_intake`).collection('petitions').countDocuments()).toBe(450);
      const registered = await waitUntil(
        () => collector.events('petition.registered'),
        (e) => e.length >= 450,
        { timeoutMs: 60_000, message: '450 events' },
      );
      expect(new Set(registered.map((e) => e.petitionId)).size).toBe(450);
    } finally {
      await collector.stop();
      await app.close();
      await mongo.db(`${local}_intake`).dropDatabase();
    }
  }, 180_000);

  it('shows the petitioner their progress only with the right query code, never a hint otherwise', async () => {
    const receipt = (await request(service.server).post('/api/v1/petitions').send(petition()).expect(201)).body;
    const ok = await request(service.server)
      .post('/api/v1/public/progress')
      .send({ caseNumber: receipt.caseNumber, queryCode: receipt.queryCode.toLowerCase() })
      .expect(200);
    expect(ok.body).toMatchObject({ caseNumber: receipt.caseNumber, status: 'registered', statusLabel: '已登记' });
    const wrong = await request(service.server)
      .post('/api/v1/public/progress')
      .send({ caseNumber: receipt.caseNumber, queryCode: 'ABCDE-FGHJK' })
      .expect(404);
    const unknown = await request(service.server)
      .post('/api/v1/public/progress')
      .send({ caseNumber: 'SW-2026-999999', queryCode: receipt.queryCode })
      .expect(404);
    expect(wrong.body.code).toBe('PROGRESS.NOT_FOUND');
    expect({ ...unknown.body, instance: undefined, correlationId: undefined }).toEqual({ ...wrong.body, instance: undefined, correlationId: undefined });
  });

  it('builds the progress view from other services’ events, in time order, without internal notes', async () => {
    const receipt = (await request(service.server).post('/api/v1/petitions').send(petition()).expect(201)).body;
    const producer = createIdempotentProducer(kafka);
    await producer.connect();
    const { petitionId, caseNumber } = receipt;
    const instructed = eventFor('petition.instructed', petitionId, { caseNumber }, { occurredAt: '2030-01-01T01:00:00Z' });
    const assigned = eventFor('petition.assigned', petitionId, { caseNumber }, { occurredAt: '2030-01-01T02:00:00Z' });
    const accepted = eventFor('case.accepted', petitionId, { caseNumber }, { occurredAt: '2030-01-02T02:00:00Z' });
    const replied = eventFor('case.replied', petitionId, { caseNumber }, { occurredAt: '2030-01-05T02:00:00Z' });
    // Handling's events arrive before routing's: the view must still read in time order.
    const send = (event: DomainEvent) => publishEvent(producer, namespace, event);
    await send(accepted);
    await send(replied);
    await send(replied); // redelivered
    await send(instructed);
    await send(assigned);
    await producer.disconnect();

    const view = await waitUntil(
      async () =>
        (await request(service.server).post('/api/v1/public/progress').send({ caseNumber: receipt.caseNumber, queryCode: receipt.queryCode })).body,
      (body) => body.steps?.length === 5,
      { message: 'five steps' },
    );
    expect(view.status).toBe('replied');
    expect(view.unitName).toBe('区生态环境局');
    expect(view.steps.map((s: { title: string }) => s.title)).toEqual([
      expect.stringContaining('已登记'),
      '区领导已阅示',
      expect.stringContaining('已交由区生态环境局办理'),
      expect.stringContaining('区生态环境局已受理'),
      expect.stringContaining('已作出答复'),
    ]);
    expect(view.reply).toMatchObject({ unitName: '区生态环境局', outcome: 'supported', outcomeLabel: '支持', round: 1 });
    expect(JSON.stringify(view)).not.toContain('请区住建局牵头'); // the leader's instruction is internal
    const english = await request(service.server)
      .post('/api/v1/public/progress')
      .set('Accept-Language', 'en-US,en;q=0.9')
      .send({ caseNumber: receipt.caseNumber, queryCode: receipt.queryCode })
      .expect(200);
    expect(english.body.statusLabel).toBe('Replied');
  });

  it('documents every endpoint in OpenAPI: a summary, a typed success response, examples on the request bodies', async () => {
    const { body } = await request(service.server).get('/docs-json').expect(200);
    expect(apiOperations(body).length).toBeGreaterThan(0);
    expect(openApiGaps(body)).toEqual([]);
  });
});
