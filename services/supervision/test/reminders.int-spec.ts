import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Producer as KafkaProducer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, eventFor, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { ReminderSchedulerService } from '../src/reminders/reminder-scheduler.service';
import { SERVICE } from '../src/service';

const ECO = 'ecology-environment-bureau';
const FUXI = 'town-fuxi';
// Time moves by hand: the scheduler is asked to scan "at" a moment (its Clock in production), and
// its own timer is set far apart so that only these scans run.
const ENV = { SUPERVISION_SCAN_MS: '3600000' };
// Handling period: 60 days from acceptance to Friday 2026-12-04, the end of the day in Shanghai.
const ACCEPTED_AT = '2026-10-05T16:00:00.000Z';
const HANDLE_BY = '2026-12-04T15:59:59.999Z';
const MONDAY_START = '2026-12-06T16:00:00.000Z'; // Monday 2026-12-07 00:00 in Shanghai

interface OrderDoc {
  _id: string;
  petitionId: string;
  unitId: string;
  reasonCode: string;
  automatic: boolean;
  issuedAt: Date;
  dueBy: Date;
  answeredAt?: Date;
}

describe('supervision: the reminder chain and supervision orders', () => {
  const namespace = testNamespace('reminders');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let second: TestServiceApp | undefined;
  let mongo: MongoClient;
  let producer: KafkaProducer;
  let out: EventCollector;
  let supervisor: string;
  let ecoStaff: string;
  let fuxiStaff: string;

  const db = () => mongo.db(`${namespace}_supervision`);
  const ordersOf = (petitionId: string) => db().collection<OrderDoc>('supervision_orders').find({ petitionId }).toArray();
  const scan = (at: string, app: TestServiceApp = service) => app.app.get(ReminderSchedulerService).scan(new Date(at));
  const publish = (event: DomainEvent) => publishEvent(producer, namespace, event);
  const authed = (req: request.Test, token: string) => req.set('Authorization', `Bearer ${token}`);

  /** An accepted case of a unit, handle-by `handleBy`; resolves once supervision watches its limit. */
  const acceptedCase = async (caseNumber: string, unitId: string, handleBy: string) => {
    const id = randomUUID();
    await publish(eventFor('petition.registered', id, { caseNumber, receivedAt: '2026-09-25T02:00:00.000Z' }, { occurredAt: '2026-09-25T02:00:00.000Z' }));
    await publish(
      eventFor('petition.assigned', id, { caseNumber, leadUnitId: unitId, acceptBy: '2026-10-10T02:00:00.000Z', handleBy, receivedAt: '2026-09-25T02:00:00.000Z' }, { occurredAt: '2026-09-26T02:00:00.000Z' }),
    );
    await publish(eventFor('case.accepted', id, { caseNumber, unitId, acceptedAt: ACCEPTED_AT, handleBy }, { occurredAt: ACCEPTED_AT }));
    await waitUntil(
      () => db().collection('case_lights').findOne({ _id: id as never }),
      (row) => Array.isArray(row?.limits) && row.limits.some((l: { kind: string; dueAt: string }) => l.kind === 'handle-by' && l.dueAt === handleBy),
      { timeoutMs: 30_000, message: `case ${caseNumber} watched` },
    );
    return id;
  };

  beforeAll(async () => {
    mongo = await connectMongo();
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, ENV);
    out = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.supervision)]).start();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    supervisor = await signDevToken({ roles: ['supervisor'] });
    ecoStaff = await signDevToken({ roles: ['unit'], unitId: ECO });
    fuxiStaff = await signDevToken({ roles: ['unit'], unitId: FUXI });
  }, 90_000);

  afterAll(async () => {
    await producer?.disconnect();
    await out?.stop();
    await second?.close();
    await service?.close();
    await db()?.dropDatabase();
    await mongo?.close();
  });

  it('a case turns yellow once (two scans and a restart later still one reminder), then red, and is ordered the next working day, not before', async () => {
    const X = await acceptedCase('SW-2026-000701', ECO, HANDLE_BY);

    // Green: nothing, and the next look is when the last 20 % (12 days) begins.
    expect(await scan('2026-11-10T00:00:00.000Z')).toMatchObject({ reminders: 0, orders: 0 });
    const green = await db().collection('case_lights').findOne({ _id: X as never });
    expect(green).toMatchObject({ light: 'green', nextCheckAt: new Date('2026-11-22T15:59:59.999Z') });

    // Yellow, scanned twice, then after a restart once more.
    await scan('2026-11-25T00:00:00.000Z');
    await scan('2026-11-25T00:00:01.000Z');
    await service.close();
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, ENV);
    await scan('2026-11-26T00:00:00.000Z');
    await out.waitFor('supervision.reminded', X);
    const yellow = await db().collection('case_lights').findOne({ _id: X as never });
    expect(yellow).toMatchObject({ light: 'yellow', lightSince: '2026-11-22T15:59:59.999Z', nextCheckAt: new Date('2026-12-04T16:00:00.000Z') });

    // The deadline instant is still in time; red on Saturday, but no order on the weekend.
    await scan(HANDLE_BY);
    await scan('2026-12-05T02:00:00.000Z');
    await scan('2026-12-06T15:59:59.999Z');
    expect(await ordersOf(X)).toEqual([]);
    await out.waitFor('supervision.reminded', X, 2);

    // Monday 00:00 in Shanghai: the automatic order, due at the end of the fifth working day.
    expect(await scan(MONDAY_START)).toMatchObject({ orders: 1 });
    const [order] = await ordersOf(X);
    expect(order).toMatchObject({ unitId: ECO, reasonCode: 'overdue', automatic: true, issuedAt: new Date(MONDAY_START), dueBy: new Date('2026-12-14T15:59:59.999Z') });
    await scan('2026-12-07T08:00:00.000Z');
    expect(await ordersOf(X)).toHaveLength(1);

    const issued = await out.waitFor('supervision.order-issued', X);
    expect(issued[0].payload).toMatchObject({ orderId: order._id, reasonCode: 'overdue', automatic: true, caseNumber: 'SW-2026-000701', unitId: ECO, dueBy: '2026-12-14T15:59:59.999Z' });
    const reminders = out.events('supervision.reminded', X).map((e) => e.payload);
    expect(reminders).toEqual([
      { caseNumber: 'SW-2026-000701', unitId: ECO, light: 'yellow', deadline: 'handle-by', dueAt: HANDLE_BY },
      { caseNumber: 'SW-2026-000701', unitId: ECO, light: 'red', deadline: 'handle-by', dueAt: HANDLE_BY },
    ]);

    // The unit's feed, and the case's timeline, show them; another unit sees none of it.
    const feed = await waitUntil(
      async () => (await authed(request(service.server).get('/api/v1/notifications'), ecoStaff).expect(200)).body,
      (body) => body.items.filter((n: { petitionId: string }) => n.petitionId === X).length === 3,
      { timeoutMs: 15_000, message: 'the unit’s feed' },
    );
    const mine = feed.items.filter((n: { petitionId: string }) => n.petitionId === X);
    expect(mine.map((n: { kind: string; light?: string }) => `${n.kind}:${n.light ?? order._id}`).sort()).toEqual([`order:${order._id}`, 'reminder:red', 'reminder:yellow'].sort());
    expect(mine.find((n: { light?: string }) => n.light === 'yellow')).toMatchObject({
      caseNumber: 'SW-2026-000701',
      deadline: 'handle-by',
      dueAt: HANDLE_BY,
      message: { 'zh-CN': 'SW-2026-000701：黄灯（临近期限），办理期限 2026-12-04' },
    });
    const other = await authed(request(service.server).get('/api/v1/notifications'), fuxiStaff).expect(200);
    expect(other.body.items.filter((n: { petitionId: string }) => n.petitionId === X)).toEqual([]);
    const timeline = await waitUntil(
      async () => (await authed(request(service.server).get(`/api/v1/timeline/${X}`), supervisor).expect(200)).body,
      (body) => body.events.filter((e: { type: string }) => e.type.startsWith('supervision.')).length === 3,
      { timeoutMs: 15_000, message: 'reminders and the order on the timeline' },
    );
    expect(timeline.events.filter((e: { type: string }) => e.type.startsWith('supervision.')).map((e: { summary: string }) => e.summary)).toEqual([
      expect.stringContaining('黄灯'),
      expect.stringContaining('红灯'),
      expect.stringContaining('超期未办'),
    ]);
  }, 120_000);

  it('two scheduler instances racing over the same cases move each light once and create one order', async () => {
    const Y = await acceptedCase('SW-2026-000702', FUXI, HANDLE_BY);
    second = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, ENV);
    // Found already past after "downtime": red and the order due in the same scan, on both instances at once.
    await Promise.all([scan('2026-12-08T01:00:00.000Z', service), scan('2026-12-08T01:00:00.000Z', second)]);
    const row = await db().collection('case_lights').findOne({ _id: Y as never });
    expect(row).toMatchObject({ light: 'red', lightSince: '2026-12-04T16:00:00.000Z' });
    expect(row?.limits[0]).toMatchObject({ kind: 'handle-by', light: 'red', reminded: ['red'] });
    const orders = await ordersOf(Y);
    expect(orders).toHaveLength(1);
    await Promise.all([scan('2026-12-08T02:00:00.000Z', service), scan('2026-12-08T02:00:00.000Z', second)]);
    expect(await ordersOf(Y)).toHaveLength(1);
    await out.waitFor('supervision.order-issued', Y);
    await out.waitFor('supervision.reminded', Y);
    // A barrier: an order by hand written after the race; once its event is out, so are the race's.
    await authed(request(service.server).post('/api/v1/supervision-orders'), supervisor).send({ petitionId: Y, reason: 'other' }).expect(201);
    await out.waitFor('supervision.order-issued', Y, 2);
    expect(out.events('supervision.reminded', Y).map((e) => e.payload.light)).toEqual(['red']);
    expect(out.events('supervision.order-issued', Y).map((e) => e.payload.reasonCode)).toEqual(['overdue', 'other']);
    await second.close();
    second = undefined;
  }, 120_000);

  it('a supervisor orders a case by hand; the unit’s answer shows as answered; bad requests change nothing', async () => {
    const Z = await acceptedCase('SW-2026-000703', ECO, '2027-02-01T15:59:59.999Z');
    const post = (body: object, token = supervisor) => authed(request(service.server).post('/api/v1/supervision-orders'), token).send(body);

    const refused = [
      await post({ petitionId: Z, reason: 'overdue' }).expect(400), // the scheduler's reason
      await post({ petitionId: Z, reason: 'evasion', dueBy: '2020-01-01T00:00:00.000Z' }).expect(422),
      await post({ petitionId: randomUUID(), reason: 'evasion' }).expect(404),
      await post({ petitionId: Z, reason: 'evasion' }, ecoStaff).expect(403),
    ];
    expect(refused[1].body).toMatchObject({ code: 'ORDER.DUE_IN_PAST' });
    expect(refused[1].headers['content-type']).toContain('application/problem+json');
    expect(refused[2].body).toMatchObject({ code: 'ORDER.CASE_NOT_FOUND' });
    expect(await ordersOf(Z)).toEqual([]);

    const created = await post({ petitionId: Z, reason: 'evasion', note: '请于期限内书面报告核查结果。', dueBy: '2099-12-31T15:59:59.999Z' }).expect(201);
    expect(created.body).toEqual({ orderId: expect.stringMatching(/^DB-M-/), dueBy: '2099-12-31T15:59:59.999Z' });
    const { orderId } = created.body as { orderId: string };
    const issued = await out.waitFor('supervision.order-issued', Z);
    expect(issued[0].payload).toMatchObject({ orderId, unitId: ECO, reasonCode: 'evasion', automatic: false, reason: '推诿敷衍：请于期限内书面报告核查结果。' });

    const listed = await authed(request(service.server).get(`/api/v1/supervision-orders?status=open&unitId=${ECO}`), supervisor).expect(200);
    expect(listed.body.items.find((o: { orderId: string }) => o.orderId === orderId)).toMatchObject({ status: 'open', overdue: false, reason: '推诿敷衍', reasonEn: 'Evasion or perfunctory handling' });
    const fuxiView = await authed(request(service.server).get('/api/v1/supervision-orders'), fuxiStaff).expect(200);
    expect(fuxiView.body.items.map((o: { unitId: string }) => o.unitId).filter((u: string) => u !== FUXI)).toEqual([]);

    // The lead unit answers in handling; supervision learns it from the event (twice: once).
    const answered = eventFor('case.order-answered', Z, { caseNumber: 'SW-2026-000703', unitId: ECO, orderId, answer: '已现场核查并书面答复。', answeredAt: '2026-12-03T02:00:00.000Z' });
    await publish(answered);
    await publish(answered);
    const view = await waitUntil(
      async () => (await authed(request(service.server).get('/api/v1/supervision-orders?status=answered'), ecoStaff).expect(200)).body,
      (body) => body.items.some((o: { orderId: string }) => o.orderId === orderId),
      { timeoutMs: 20_000, message: 'the order answered' },
    );
    expect(view.items.find((o: { orderId: string }) => o.orderId === orderId)).toMatchObject({
      status: 'answered',
      answeredAt: '2026-12-03T02:00:00.000Z',
      answeredLate: false,
      answer: '已现场核查并书面答复。',
    });
    // The lights are kept by their own consumer group: the answered order's limit goes a moment later.
    await waitUntil(
      async () => ((await db().collection('case_lights').findOne({ _id: Z as never }))?.limits as { kind: string }[]).map((l) => l.kind),
      (kinds) => kinds.length === 1 && kinds[0] === 'handle-by',
      { timeoutMs: 20_000, message: 'only the handling limit left on the case' },
    );
  }, 120_000);

  it('the third return of one item brings one automatic order (repeated-returns)', async () => {
    const R = randomUUID();
    const caseNumber = 'SW-2026-000704';
    await publish(eventFor('petition.registered', R, { caseNumber, receivedAt: '2026-11-20T02:00:00.000Z' }, { occurredAt: '2026-11-20T02:00:00.000Z' }));
    const units = [ECO, FUXI, ECO];
    for (const [i, unitId] of units.entries()) {
      const at = (h: number) => new Date(Date.parse('2026-11-21T02:00:00.000Z') + (i * 2 + h) * 3_600_000).toISOString();
      await publish(eventFor('petition.assigned', R, { caseNumber, leadUnitId: unitId, acceptBy: '2026-12-05T02:00:00.000Z', handleBy: '2027-02-03T02:00:00.000Z', receivedAt: '2026-11-20T02:00:00.000Z' }, { occurredAt: at(0) }));
      await publish(eventFor('case.returned', R, { caseNumber, unitId, returnedAt: at(1) }, { occurredAt: at(1) }));
    }
    await waitUntil(() => db().collection('case_lights').findOne({ _id: R as never }), (row) => row?.returns === 3, { timeoutMs: 30_000, message: 'three returns counted' });
    await scan('2026-11-22T02:00:00.000Z');
    await scan('2026-11-22T03:00:00.000Z');
    const orders = await ordersOf(R);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ reasonCode: 'repeated-returns', automatic: true, unitId: ECO });
  }, 120_000);

  it('a case still dissatisfied at the re-handling limit is ordered once (rehandling-limit), however often the event comes', async () => {
    const H = await acceptedCase('SW-2026-000705', FUXI, '2027-02-01T15:59:59.999Z');
    const reached = eventFor('case.rehandling-limit-reached', H, { caseNumber: 'SW-2026-000705', unitId: FUXI, reopenings: 1, round: 2, reachedAt: '2026-12-02T03:00:00.000Z' });
    await publish(reached);
    await publish(reached);
    await out.waitFor('supervision.order-issued', H);
    const orders = await ordersOf(H);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ unitId: FUXI, reasonCode: 'rehandling-limit', automatic: true, cause: 'rehandling-round-2' });
  }, 60_000);

  it('runs by itself every SUPERVISION_SCAN_MS on the injected clock: moved past the limit, the case goes red and is ordered', async () => {
    const T = await acceptedCase('SW-2026-000706', ECO, HANDLE_BY);
    const clockFile = join(mkdtempSync(join(tmpdir(), 'reminders-clock-')), 'offset');
    // Tuesday 2026-12-08 09:00 in Shanghai, as the service's Clock sees it from its start.
    writeFileSync(clockFile, String(Date.parse('2026-12-08T01:00:00.000Z') - Date.now()));
    second = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { SUPERVISION_SCAN_MS: '200', CLOCK_OFFSET_FILE: clockFile });
    await out.waitFor('supervision.order-issued', T, 1, 20_000);
    await out.waitFor('supervision.reminded', T);
    expect(out.events('supervision.reminded', T).map((e) => e.payload.light)).toEqual(['red']);
    expect(await ordersOf(T)).toEqual([expect.objectContaining({ reasonCode: 'overdue', unitId: ECO })]);
    await second.close();
    second = undefined;
  }, 60_000);
});
