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

describe('handling: re-handling after dissatisfied ratings is bounded', () => {
  const namespace = testNamespace('rehandling');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let server: Server;
  let events: EventCollector;
  let mongo: MongoClient;
  let producer: Producer;
  let unitToken = '';
  const cases = () => mongo.db(`${namespace}_handling`).collection('cases');
  const publish = (event: DomainEvent) => publishEvent(producer, namespace, event);
  const post = (path: string, body: object = {}) => request(server).post(path).set('Authorization', `Bearer ${unitToken}`).send(body);
  const reply = (petitionId: string) =>
    post(`/api/v1/cases/${petitionId}/reply`, { outcome: 'supported', facts: '经现场核查，反映情况属实。', decision: '已责令施工单位停止夜间施工。', basis: '《中华人民共和国噪声污染防治法》第四十三条' });
  const dissatisfied = (petitionId: string, caseNumber: string, round: number, reasons: string[]) =>
    eventFor('feedback.rated', petitionId, { caseNumber, unitId: ECOLOGY, satisfaction: 'dissatisfied', round, reasons, comment: undefined, source: 'online' });

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { HANDLING_MAX_DISSATISFIED_REOPENINGS: '1' });
    server = service.server.listen(0);
    events = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.handling), physicalTopic({ namespace }, `${Topics.feedback}.dlq`)]).start();
    mongo = await connectMongo();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    unitToken = await signDevToken({ roles: ['unit'], unitId: ECOLOGY, subject: 'staff-eco' });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await events?.stop();
    server?.close();
    await service?.close();
    await mongo?.db(`${namespace}_handling`).dropDatabase();
    await mongo?.close();
  });

  it('reopens on the first dissatisfied rating with its reasons, then publishes case.rehandling-limit-reached instead of reopening again, once', async () => {
    const petitionId = uuidv7();
    const caseNumber = 'SW-2026-650001';
    await publish(eventFor('petition.assigned', petitionId, { caseNumber, leadUnitId: ECOLOGY, leadUnitName: '区生态环境局', assistingUnitIds: [] }));
    await waitUntil(() => cases().findOne({ _id: petitionId as never }), Boolean, { message: 'the case' });
    await post(`/api/v1/cases/${petitionId}/accept`).expect(200);
    await reply(petitionId).expect(200);

    // First dissatisfied: 重办, the reasons in the note the unit reads.
    await publish(dissatisfied(petitionId, caseNumber, 1, ['夜间施工仍未停止', '未告知检测结果']));
    const [reopened] = await events.waitFor('case.reopened', petitionId);
    expect(reopened.payload).toMatchObject({ reason: 'dissatisfied', note: '夜间施工仍未停止\n未告知检测结果' });
    await reply(petitionId).expect(200);

    // Dissatisfied again after the one allowed reopening: no reopening, the limit event.
    const again = dissatisfied(petitionId, caseNumber, 2, ['仍有噪声']);
    await publish(again);
    const [limit] = await events.waitFor('case.rehandling-limit-reached', petitionId);
    expect(parseEvent(limit).ok).toBe(true);
    expect(limit.payload).toMatchObject({ caseNumber, unitId: ECOLOGY, reopenings: 1, round: 2 });
    const stored = await cases().findOne({ _id: petitionId as never });
    expect(stored).toMatchObject({ status: 'replied', round: 2 });
    expect((stored!.reopenings as unknown[]).length).toBe(1);

    // Redelivered: no second effect.
    await publish(again);
    await waitUntil(() => cases().findOne({ _id: petitionId as never }), (d) => Boolean(d?.processedEvents?.includes(again.id)));
    const marker = eventFor('feedback.rated', petitionId, { caseNumber, unitId: ECOLOGY, satisfaction: 'satisfied', round: 2, source: 'visit' });
    await publish(marker);
    await events.waitFor('case.closed', petitionId);
    expect(events.events('case.rehandling-limit-reached', petitionId)).toHaveLength(1);
    expect(events.events('case.reopened', petitionId)).toHaveLength(1);
  });
});
