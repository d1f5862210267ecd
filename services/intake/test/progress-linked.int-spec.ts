import request from 'supertest';
import type { Producer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import type { DomainEvent } from '@sunshine/contracts';
import { createIdempotentProducer } from '@sunshine/messaging';
import { connectMongo, eventFor, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const ORIGINAL_TEXT = '我是嘉州花园的业主欧阳明月，小区东侧工地每晚十一点后还在浇筑混凝土，噪音很大。';
const REPLY_TEXT = '欧阳女士：您反映的问题已查实，已责令施工单位停止夜间施工。';

const petition = (text: string, name: string, phone: string) => ({
  subject: '嘉州花园小区旁工地夜间施工噪音扰民',
  text,
  petitioner: { name, phone, address: '嘉州花园3栋2单元101' },
});

interface Receipt {
  petitionId: string;
  caseNumber: string;
  queryCode: string;
}

describe('intake: a linked petition’s progress shows the original case’s replies', () => {
  const namespace = testNamespace('intake-linked');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let mongo: MongoClient;
  let producer: Producer;
  const send = (event: DomainEvent) => publishEvent(producer, namespace, event);

  const register = async (text: string, name: string, phone: string): Promise<Receipt> =>
    (await request(service.server).post('/api/v1/petitions').send(petition(text, name, phone)).expect(201)).body;
  const progress = async (receipt: Receipt, language = 'zh-CN') =>
    (
      await request(service.server)
        .post('/api/v1/public/progress')
        .set('Accept-Language', language)
        .send({ caseNumber: receipt.caseNumber, queryCode: receipt.queryCode })
        .expect(200)
    ).body;

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { INTAKE_PUBLIC_RATE_LIMIT: '100000' });
    mongo = await connectMongo();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
    await mongo?.db(`${namespace}_intake`).dropDatabase();
    await mongo?.close();
  });

  it('copies a reply given before the link and every later one, once each, without the original’s text or identity', async () => {
    const original = await register(ORIGINAL_TEXT, '欧阳明月', '13912345678');
    const joint = await register('嘉州花园东侧工地夜里施工太吵了，希望管一管。', '李建国', '13687654321');
    const firstReply = eventFor(
      'case.replied',
      original.petitionId,
      { caseNumber: original.caseNumber, outcome: 'scheduled', text: REPLY_TEXT, round: 1, promisedBy: '2030-02-15T15:59:59.999Z' },
      { occurredAt: '2030-01-05T02:00:00Z' },
    );
    const link = eventFor(
      'petition.duplicate-linked',
      joint.petitionId,
      { caseNumber: joint.caseNumber, originalPetitionId: original.petitionId, originalCaseNumber: original.caseNumber, relation: 'joint' },
      { occurredAt: '2030-01-06T02:00:00Z' },
    );
    await send(firstReply);
    await waitUntil(() => progress(original), (body) => body.reply?.round === 1, { message: 'the original’s own reply' });
    await send(link);
    await send(link); // redelivered

    const linked = await waitUntil(() => progress(joint), (body) => body.originalReply?.round === 1, { message: 'the copied first reply' });
    expect(linked.status).toBe('linked');
    expect(linked.reply).toBeUndefined();
    expect(linked.originalReply).toMatchObject({
      caseNumber: original.caseNumber,
      outcome: 'scheduled',
      outcomeLabel: '限期解决',
      facts: expect.stringContaining('现场核查'),
      basis: expect.stringContaining('第四十三条'),
      promisedBy: '2030-02-15T15:59:59.999Z',
    });
    expect(linked.steps.map((s: { title: string }) => s.title)).toEqual([
      expect.stringContaining('已登记'),
      expect.stringContaining('合并办理'),
      expect.stringContaining(`您反映的同一事项（${original.caseNumber}）已由承办单位作出答复（限期解决，承诺于2030年2月15日前解决）`),
    ]);
    const raw = JSON.stringify(linked);
    for (const secret of ['欧阳', '13912345678', '浇筑混凝土', REPLY_TEXT]) expect(raw).not.toContain(secret);

    // A later reply of the original reaches the linked petition as it happens; redeliveries copy nothing twice.
    const secondReply = eventFor(
      'case.replied',
      original.petitionId,
      { caseNumber: original.caseNumber, outcome: 'supported', text: REPLY_TEXT, round: 2 },
      { occurredAt: '2030-02-10T02:00:00Z' },
    );
    await send(secondReply);
    await send(secondReply);
    await send(firstReply);
    const updated = await waitUntil(() => progress(joint, 'en'), (body) => body.originalReply?.round === 2, { message: 'the copied second reply' });
    expect(updated.originalReply).toMatchObject({ outcome: 'supported', outcomeLabel: 'Supported' });
    expect(updated.steps.at(-1).title).toBe(`The same matter (${original.caseNumber}) was replied to (Supported); you may rate that reply too`);
    await send(link);
    const marker = eventFor('petition.leader-instructed', joint.petitionId, { caseNumber: joint.caseNumber }, { occurredAt: '2030-02-11T02:00:00Z' });
    await send(marker);
    const settled = await waitUntil(() => progress(joint), (body) => body.steps.length === 5, { message: 'the marker step after the redeliveries' });
    expect(settled.steps.filter((s: { title: string }) => s.title.includes('已由承办单位作出答复'))).toHaveLength(2);
    expect(settled.steps.at(-1).title).toBe('区领导对您的信访事项作出了批示');
  });

  it('shows a linked petitioner’s rating on their own page only, and drops the original’s reply when the link is undone', async () => {
    const original = await register(ORIGINAL_TEXT, '欧阳明月', '13912345678');
    const repeat = await register('还是那个工地，夜里还在施工。', '欧阳明月', '13912345678');
    await send(
      eventFor(
        'petition.duplicate-linked',
        repeat.petitionId,
        { caseNumber: repeat.caseNumber, originalPetitionId: original.petitionId, originalCaseNumber: original.caseNumber, relation: 'repeat' },
        { occurredAt: '2030-01-06T02:00:00Z' },
      ),
    );
    await send(eventFor('case.replied', original.petitionId, { caseNumber: original.caseNumber, round: 1 }, { occurredAt: '2030-01-07T02:00:00Z' }));
    await waitUntil(() => progress(repeat), (body) => body.originalReply?.round === 1, { message: 'the reply after the link' });

    await send(
      eventFor(
        'feedback.rated',
        original.petitionId,
        { caseNumber: original.caseNumber, satisfaction: 'basically-satisfied', round: 1, ratedViaPetitionId: repeat.petitionId },
        { occurredAt: '2030-01-08T02:00:00Z' },
      ),
    );
    const rated = await waitUntil(() => progress(repeat), (body) => body.steps.some((s: { title: string }) => s.title === '已收到您的评价：基本满意'), {
      message: 'the rating on the linked petitioner’s page',
    });
    expect(rated.status).toBe('linked');
    const own = await progress(original);
    expect(own.steps.some((s: { title: string }) => s.title.startsWith('已收到您的评价'))).toBe(false);

    await send(
      eventFor(
        'petition.link-undone',
        repeat.petitionId,
        { caseNumber: repeat.caseNumber, originalPetitionId: original.petitionId },
        { occurredAt: '2030-01-09T02:00:00Z' },
      ),
    );
    const undone = await waitUntil(() => progress(repeat), (body) => !body.originalReply, { message: 'the link undone' });
    expect(undone.steps.at(-1).title).toContain('将作为独立事项重新办理');
    await send(eventFor('case.replied', original.petitionId, { caseNumber: original.caseNumber, round: 2 }, { occurredAt: '2030-01-20T02:00:00Z' }));
    await waitUntil(() => progress(original), (body) => body.reply?.round === 2, { message: 'the original’s second reply' });
    const marker = eventFor('petition.leader-instructed', repeat.petitionId, { caseNumber: repeat.caseNumber }, { occurredAt: '2030-01-21T02:00:00Z' });
    await send(marker);
    const after = await waitUntil(() => progress(repeat), (body) => body.steps.at(-1)?.title === '区领导对您的信访事项作出了批示', { message: 'the marker' });
    expect(after.originalReply).toBeUndefined();
    expect(after.steps.filter((s: { title: string }) => s.title.includes('已由承办单位作出答复'))).toHaveLength(1);
  });
});
