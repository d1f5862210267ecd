import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Producer as KafkaProducer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import type { DomainEvent } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer } from '@sunshine/messaging';
import { connectMongo, eventFor, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const DAY = 86_400_000;
const NOW = Date.now();
const day = (n: number) => new Date(NOW + n * DAY).toISOString();
const ECO = 'ecology-environment-bureau';
const URBAN = 'urban-management-bureau';
const HOUSING = 'housing-construction-bureau';

describe('supervision: issue 10’s workbench steps on the timeline', () => {
  const namespace = testNamespace('supervision-workflow');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let mongo: MongoClient;
  let producer: KafkaProducer;
  let supervisor: string;
  const publish = (event: DomainEvent) => publishEvent(producer, namespace, event);
  const timeline = async (petitionId: string, token = supervisor) =>
    (await request(service.server).get(`/api/v1/timeline/${petitionId}`).set('Authorization', `Bearer ${token}`).expect(200)).body;

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace);
    mongo = await connectMongo();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    supervisor = await signDevToken({ roles: ['supervisor'] });
  }, 60_000);

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
    await mongo?.db(`${namespace}_supervision`).dropDatabase();
    await mongo?.close();
  });

  it('shows an extension requested and granted, an assisting opinion and a convening, titled in zh-CN and English, without their text', async () => {
    const id = randomUUID();
    const caseNumber = 'SW-2026-000601';
    const requestId = randomUUID();
    const events = [
      eventFor('petition.registered', id, { caseNumber, receivedAt: day(-40) }, { occurredAt: day(-40) }),
      eventFor('petition.assigned', id, { caseNumber, leadUnitId: ECO, assistingUnitIds: [URBAN], acceptBy: day(-25), handleBy: day(20), receivedAt: day(-40) }, { occurredAt: day(-39) }),
      eventFor('case.accepted', id, { caseNumber, unitId: ECO, acceptedAt: day(-38), handleBy: day(2) }, { occurredAt: day(-38) }),
      eventFor('case.assist-opinion-submitted', id, { caseNumber, unitId: URBAN, submittedAt: day(-30) }, { occurredAt: day(-30) }),
      eventFor('case.joint-convened', id, { caseNumber, unitId: ECO, participantUnitIds: [ECO, URBAN], convenedAt: day(-20) }, { occurredAt: day(-20) }),
      eventFor('case.extension-requested', id, { caseNumber, unitId: ECO, requestId, days: 30, requestedAt: day(-3) }, { occurredAt: day(-3) }),
      eventFor('case.extended', id, { caseNumber, unitId: ECO, requestId, days: 30, approvedBy: 'district-head', handleBy: day(32) }, { occurredAt: day(-2) }),
    ];
    // Handling's steps before routing's and intake's: the timeline still reads in time order.
    for (const e of [...events].reverse()) await publish(e);
    await publish(events[5]); // redelivered

    const body = await waitUntil(() => timeline(id), (b) => b.events?.length === events.length, { message: 'all seven steps' });
    expect(body.events.map((e: { type: string }) => e.type)).toEqual(events.map((e) => e.type));
    expect(body.events.map((e: { title: { 'zh-CN': string; en: string } }) => e.title)).toEqual(
      expect.arrayContaining([
        { 'zh-CN': '协办意见', en: 'Assisting opinion submitted' },
        { 'zh-CN': '联席会商', en: 'Joint handling convened' },
        { 'zh-CN': '申请延期', en: 'Extension requested' },
        { 'zh-CN': '批准延期', en: 'Extension granted' },
      ]),
    );
    expect(body.status).toBe('accepted');
    expect(body.deadlines).toMatchObject({ handleBy: day(32), extensions: 1 });
    expect(body.workflow).toMatchObject({
      extensionRequests: [{ requestId, unitId: ECO, days: 30, status: 'approved', decidedBy: 'district-head' }],
      assistOpinions: [{ unitId: URBAN }],
      jointConvened: { participantUnitIds: [ECO, URBAN] },
    });
    const shown = JSON.stringify(body);
    const texts = events.flatMap((e) => {
      const p = e.payload as unknown as Record<string, unknown>;
      return [p.opinion, p.reason].filter((t): t is string => typeof t === 'string');
    });
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const text of texts) expect(shown).not.toContain(text);
    // The assisting unit reads the case it helps with; another unit does not.
    await timeline(id, await signDevToken({ roles: ['unit'], unitId: URBAN }));
    await request(service.server)
      .get(`/api/v1/timeline/${id}`)
      .set('Authorization', `Bearer ${await signDevToken({ roles: ['unit'], unitId: HOUSING })}`)
      .expect(404);
  });

  it('finishes a transferred case as 转送其他机关 with no warning light', async () => {
    const id = randomUUID();
    const caseNumber = 'SW-2026-000602';
    await publish(eventFor('petition.registered', id, { caseNumber, receivedAt: day(-20) }, { occurredAt: day(-20) }));
    await publish(eventFor('petition.assigned', id, { caseNumber, leadUnitId: ECO, assistingUnitIds: [], acceptBy: day(-5), handleBy: day(40), receivedAt: day(-20) }, { occurredAt: day(-19) }));
    await publish(eventFor('case.transferred', id, { caseNumber, unitId: ECO, toBody: '区人民法院', transferredAt: day(-6) }, { occurredAt: day(-6) }));
    const body = await waitUntil(() => timeline(id), (b) => b.status === 'transferred', { message: 'the transfer' });
    expect(body).toMatchObject({ statusLabel: '转送其他机关', open: false, warning: { light: null }, workflow: { transferredTo: '区人民法院' } });
  });

  it('undoes a wrong duplicate link on both timelines: the petition is routed afresh, the original no longer lists it', async () => {
    const original = randomUUID();
    const linked = randomUUID();
    await publish(eventFor('petition.registered', original, { caseNumber: 'SW-2026-000603', receivedAt: day(-10) }, { occurredAt: day(-10) }));
    await publish(eventFor('petition.registered', linked, { caseNumber: 'SW-2026-000604', receivedAt: day(-5) }, { occurredAt: day(-5) }));
    await publish(
      eventFor(
        'petition.duplicate-linked',
        linked,
        { caseNumber: 'SW-2026-000604', originalPetitionId: original, originalCaseNumber: 'SW-2026-000603', relation: 'repeat' },
        { occurredAt: day(-4.9) },
      ),
    );
    await waitUntil(() => timeline(original), (b) => b.duplicates?.linkedFrom?.length === 1, { message: 'the link on the original' });
    const undo = eventFor('petition.link-undone', linked, { caseNumber: 'SW-2026-000604', originalPetitionId: original, undoneAt: day(-1) }, { occurredAt: day(-1) });
    await publish(undo);
    await publish(eventFor('petition.assigned', linked, { caseNumber: 'SW-2026-000604', leadUnitId: ECO, assistingUnitIds: [], acceptBy: day(14), handleBy: day(74), receivedAt: day(-5) }, { occurredAt: day(-1) }));
    const own = await waitUntil(() => timeline(linked), (b) => b.status === 'assigned', { message: 'fresh routing' });
    expect(own.duplicates.linkedTo).toBeUndefined();
    expect(own.open).toBe(true);
    expect(own.events.map((e: { type: string }) => e.type)).toEqual(['petition.registered', 'petition.duplicate-linked', 'petition.link-undone', 'petition.assigned']);
    const originalView = await waitUntil(() => timeline(original), (b) => b.duplicates.linkedFrom.length === 0, { message: 'the link gone from the original' });
    expect(originalView.duplicates.linkedFrom).toEqual([]);
  });
});
