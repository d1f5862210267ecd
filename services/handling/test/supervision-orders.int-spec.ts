import { v7 as uuidv7 } from 'uuid';
import request from 'supertest';
import type { Producer as KafkaProducer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, eventFor, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const ECOLOGY = 'ecology-environment-bureau';
const JIAYANG = 'town-jiayang';
const HOUSING = 'housing-construction-bureau';

/**
 * The unit's side of a supervision order: supervision's `supervision.order-issued` (here published
 * as supervision does) lands on the case, the lead unit answers it once, and `case.order-answered`
 * goes out for supervision (whose own integration test records it as answered).
 */
describe('handling: the lead unit answers a supervision order', () => {
  const namespace = testNamespace('hdlorders');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let mongo: MongoClient;
  let producer: KafkaProducer;
  let out: EventCollector;
  const token: Record<string, string> = {};

  const publish = (event: DomainEvent) => publishEvent(producer, namespace, event);
  const get = (path: string, who: string) => request(service.server).get(path).set('Authorization', `Bearer ${token[who]}`);
  const post = (path: string, who: string, body: object) => request(service.server).post(path).set('Authorization', `Bearer ${token[who]}`).send(body);

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace);
    mongo = await connectMongo();
    out = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.handling)]).start();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    for (const unit of [ECOLOGY, JIAYANG, HOUSING]) token[unit] = await signDevToken({ roles: ['unit'], unitId: unit, subject: `staff-${unit}` });
  }, 90_000);

  afterAll(async () => {
    await producer?.disconnect();
    await out?.stop();
    await service?.close();
    await mongo?.db(`${namespace}_handling`).dropDatabase();
    await mongo?.close();
  });

  it('shows the order with its due date, takes one answer from the lead unit and publishes case.order-answered; others are refused and change nothing', async () => {
    const petitionId = uuidv7();
    const caseNumber = 'SW-2026-000801';
    await publish(eventFor('petition.assigned', petitionId, { caseNumber, leadUnitId: ECOLOGY, leadUnitName: '区生态环境局', assistingUnitIds: [JIAYANG] }));
    await waitUntil(() => get(`/api/v1/cases/${petitionId}`, ECOLOGY), (r) => r.status === 200, { timeoutMs: 20_000, message: 'the case' });
    const orderId = 'DB-M-0193a1f2-1b6f-7abc-8def-0123456789ab';
    const issued = eventFor('supervision.order-issued', petitionId, {
      caseNumber,
      unitId: ECOLOGY,
      orderId,
      reason: '推诿敷衍：请于期限内书面报告核查结果。',
      dueBy: '2099-12-14T15:59:59.999Z',
      issuedBy: 'supervisor-1',
      reasonCode: 'evasion',
      automatic: false,
    });
    await publish(issued);
    await publish(issued); // redelivered: still one order
    const withOrder = await waitUntil(
      async () => (await get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200)).body,
      (body) => body.supervisionOrders.length > 0,
      { timeoutMs: 20_000, message: 'the order on the case' },
    );
    expect(withOrder.supervisionOrders).toEqual([
      { orderId, reason: '推诿敷衍：请于期限内书面报告核查结果。', dueBy: '2099-12-14T15:59:59.999Z', issuedBy: 'supervisor-1', issuedAt: issued.occurredAt, overdue: false },
    ]);

    const path = `/api/v1/cases/${petitionId}/supervision-orders/${orderId}/answer`;
    const answer = '已于12月7日组织现场核查，责令施工单位停止夜间施工，并已书面答复。';
    const refusals = [
      await post(path, JIAYANG, { answer }).expect(403), // assisting unit
      await post(path, HOUSING, { answer }).expect(404), // another unit: like an unknown case
      await post(`/api/v1/cases/${petitionId}/supervision-orders/DB-M-unknown/answer`, ECOLOGY, { answer }).expect(404),
      await post(path, ECOLOGY, { answer: '' }).expect(400),
      await post(path, ECOLOGY, { answer, extra: 1 }).expect(400),
    ];
    expect(refusals.map((r) => r.body.code)).toEqual(['CASE.NOT_LEAD_UNIT', 'CASE.NOT_FOUND', 'ORDER.NOT_FOUND', expect.any(String), expect.any(String)]);
    expect(refusals[0].headers['content-type']).toContain('application/problem+json');
    expect(refusals[0].body.title).toEqual(expect.any(String));
    const unchanged = await mongo.db(`${namespace}_handling`).collection('cases').findOne({ _id: petitionId as never });
    expect(unchanged?.orderAnswers ?? []).toEqual([]);

    const answered = await post(path, ECOLOGY, { answer }).expect(200);
    expect(answered.body.supervisionOrders[0]).toMatchObject({ orderId, answer, answeredAt: expect.any(String), overdue: false });
    const again = await post(path, ECOLOGY, { answer: '再次回复' }).expect(409);
    expect(again.body.code).toBe('ORDER.ALREADY_ANSWERED');

    const [event] = await out.waitFor('case.order-answered', petitionId);
    expect(event.payload).toEqual({ caseNumber, unitId: ECOLOGY, orderId, answer, answeredAt: answered.body.supervisionOrders[0].answeredAt });
    const view = (await get(`/api/v1/cases/${petitionId}`, JIAYANG).expect(200)).body;
    expect(view.supervisionOrders).toHaveLength(1);
    expect(view.supervisionOrders[0]).toMatchObject({ answer, overdue: false });
  }, 90_000);

  it('an unanswered order past its due date shows overdue on the case', async () => {
    const petitionId = uuidv7();
    const caseNumber = 'SW-2026-000802';
    await publish(eventFor('petition.assigned', petitionId, { caseNumber, leadUnitId: ECOLOGY, assistingUnitIds: [] }));
    await waitUntil(() => get(`/api/v1/cases/${petitionId}`, ECOLOGY), (r) => r.status === 200, { timeoutMs: 20_000, message: 'the case' });
    await publish(eventFor('supervision.order-issued', petitionId, { caseNumber, unitId: ECOLOGY, orderId: 'DB-A-0000000000000000000A', dueBy: '2020-01-01T00:00:00.000Z', reasonCode: 'overdue', automatic: true }));
    const body = await waitUntil(
      async () => (await get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200)).body,
      (b) => b.supervisionOrders.length > 0,
      { timeoutMs: 20_000, message: 'the order on the case' },
    );
    expect(body.supervisionOrders[0]).toMatchObject({ orderId: 'DB-A-0000000000000000000A', overdue: true });
  }, 90_000);
});
