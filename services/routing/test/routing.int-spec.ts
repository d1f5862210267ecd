import { createEvent, fixtureOf, parseEvent, Topics, type DomainEvent } from '@sunshine/contracts';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, startServiceApp, testKafka, testNamespace, type TestServiceApp } from '@sunshine/testing';
import type { MongoClient } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const REF = 'q3JfS0lQbWJ2bHdvVnRRV3dGR0ZxVUJ6QjlqY2R4a1E';

function registered(overrides: Partial<ReturnType<typeof fixtureOf<'petition.registered'>>['payload']> = {}, n = 1): DomainEvent {
  const payload = { ...fixtureOf('petition.registered').payload, caseNumber: `SW-2026-${String(n).padStart(6, '0')}`, ...overrides };
  return createEvent('petition.registered', { petitionId: uuidv7() }, payload, { producer: 'intake', correlationId: `c-${n}` });
}

describe('routing: deciding on each registered petition', () => {
  const namespace = testNamespace('routing');
  const kafka = testKafka();
  const producer = createIdempotentProducer(kafka);
  let service: TestServiceApp;
  let out: EventCollector;
  let mongo: MongoClient;

  const publish = async (...events: DomainEvent[]) =>
    producer.send({
      topic: physicalTopic({ namespace }, events[0].producer === 'handling' ? Topics.handling : Topics.intake),
      messages: events.map((e) => ({ key: e.petitionId!, value: JSON.stringify(e) })),
    });

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace);
    await producer.connect();
    out = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.routing)]).start();
    mongo = await connectMongo();
  });

  afterAll(async () => {
    await out?.stop();
    await producer.disconnect();
    await service?.close();
    await mongo?.db(`${namespace}_routing`).dropDatabase();
    await mongo?.close();
  });

  it('triages and assigns a new petition to the unit its words point to, with the statutory deadlines', async () => {
    const event = registered({ subject: '工地夜间施工噪音扰民', text: '小区旁工地每晚施工，噪音很大，严重扰民，请查处噪声污染。' }, 1);
    await publish(event);
    const [triaged] = await out.waitFor('petition.triaged', event.petitionId!);
    const [assigned] = await out.waitFor('petition.assigned', event.petitionId!);
    expect(parseEvent(assigned).ok).toBe(true);
    expect(triaged.payload).toMatchObject({ proposedUnits: ['ecology-environment-bureau'], category: { level1: '环境保护' } });
    expect(assigned.payload).toMatchObject({ leadUnitId: 'ecology-environment-bureau', leadUnitName: '区生态环境局', caseNumber: 'SW-2026-000001' });
    const received = new Date((event.payload as { receivedAt: string }).receivedAt).getTime();
    expect(new Date(assigned.payload.acceptBy as string).getTime() - received).toBe(15 * 86_400_000);
    expect(assigned.causationId).toBe(event.id);
    expect(assigned.correlationId).toBe(event.correlationId);
  });

  it('routes once however often the registration is delivered', async () => {
    const event = registered({}, 2);
    await publish(event);
    await publish(event, event);
    await out.waitFor('petition.assigned', event.petitionId!);
    const sentinel = registered({ subject: '另一件事', text: '公交站台的雨棚坏了，下雨天无处避雨。', petitionerRef: undefined, petitionerKeys: {} }, 3);
    await publish(sentinel);
    await out.waitFor('petition.assigned', sentinel.petitionId!); // everything before it was processed
    expect(out.events('petition.assigned', event.petitionId!)).toHaveLength(1);
    expect(await mongo.db(`${namespace}_routing`).collection('routing_petitions').countDocuments({ _id: event.petitionId as never })).toBe(1);
  });

  it('links the same petitioner’s identical petition to the open case and assigns nothing new', async () => {
    const text = { subject: '路灯坏了三个月没人修', text: '滨河路从三号桥到五号桥的路灯坏了三个月，晚上一片漆黑，多次反映无人维修。', petitionerRef: REF, petitionerKeys: { phone: REF } };
    const original = registered(text, 4);
    await publish(original);
    await out.waitFor('petition.assigned', original.petitionId!);
    // The same text, typed a little differently (spaces, full-width punctuation).
    const repeat = registered({ ...text, text: ' 滨河路从三号桥到五号桥的路灯坏了三个月， 晚上一片漆黑！多次反映无人维修 ' }, 5);
    await publish(repeat);
    const [linked] = await out.waitFor('petition.duplicate-linked', repeat.petitionId!);
    expect(linked.payload).toMatchObject({ originalPetitionId: original.petitionId, originalCaseNumber: 'SW-2026-000004', relation: 'repeat' });
    expect(out.events('petition.assigned', repeat.petitionId!)).toHaveLength(0);

    // Another petitioner with the same words is not a repeat of this one.
    const other = registered({ ...text, petitionerRef: 'zzzzS0lQbWJ2bHdvVnRRV3dGR0ZxVUJ6QjlqY2R4a1E', petitionerKeys: {} }, 6);
    await publish(other);
    await out.waitFor('petition.assigned', other.petitionId!);
    expect(out.events('petition.duplicate-linked', other.petitionId!)).toHaveLength(0);
  });

  it('does not link a repeat to a case that was closed', async () => {
    const text = { subject: '幼儿园门口乱停车', text: '每天早上幼儿园门口乱停车堵塞道路。', petitionerRef: REF, petitionerKeys: { phone: REF } };
    const original = registered(text, 7);
    await publish(original);
    const [assigned] = await out.waitFor('petition.assigned', original.petitionId!);
    const closed = createEvent(
      'case.closed',
      { petitionId: original.petitionId! },
      { caseNumber: 'SW-2026-000007', unitId: assigned.payload.leadUnitId as string, closedAt: new Date().toISOString(), reason: 'satisfied' },
      { producer: 'handling', correlationId: 'x' },
    );
    await publish(closed);
    const again = registered(text, 8);
    // Wait until routing has seen the closure: publish after it on the same key order is not
    // guaranteed across topics, so poll routing's own record.
    const { waitUntil } = await import('@sunshine/testing');
    await waitUntil(
      () => mongo.db(`${namespace}_routing`).collection('routing_petitions').findOne({ _id: original.petitionId as never }),
      (doc) => doc?.status === 'closed',
    );
    await publish(again);
    await out.waitFor('petition.assigned', again.petitionId!);
    expect(out.events('petition.duplicate-linked', again.petitionId!)).toHaveLength(0);
  });
});
