import request from 'supertest';
import { signDevToken } from '@sunshine/auth';
import { createEvent, NOT_ACCEPTED_AGAIN_BASIS, parseEvent, type DomainEvent } from '@sunshine/contracts';
import { EventCollector, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { ref, registrations, routingTestKit } from './support/routing-test-kit';

const registered = registrations({ caseNumberBase: 870_000, correlation: 'c-naa', freshPetitioner: false });

const concluded = (event: DomainEvent, reason: 'review-exhausted' | 'satisfied') =>
  createEvent(
    'petition.concluded',
    { petitionId: event.petitionId! },
    { caseNumber: (event.payload as { caseNumber: string }).caseNumber, reason, concludedAt: new Date().toISOString() },
    { producer: 'feedback', correlationId: `c-concluded-${event.petitionId}` },
  );

const caseNumberOf = (event: DomainEvent) => (event.payload as { caseNumber: string }).caseNumber;

const MATTER = {
  subject: '锦江花园小区地下车库长期积水',
  text: '锦江花园小区地下车库每逢下雨就积水半米深，车辆被淹多次，物业一直不处理，请有关部门督促整改排水设施。',
};
const AGAIN = {
  subject: '再次反映锦江花园地下车库积水',
  text: '锦江花园小区地下车库下雨就积水，车辆被淹，物业不整改排水设施，我对复核意见不服，请求重新处理。',
};

describe('routing: a petition on the same facts by the same person after re-review is not accepted again (条例 art. 35)', () => {
  const routing = routingTestKit('routing-naa');
  const { publish, db } = routing;
  let service: TestServiceApp;
  let out: EventCollector;
  const tokens: Record<string, string> = {};

  const typesOf = (petitionId: string) => out.messages.map((m) => m.value as { type?: string; petitionId?: string }).filter((v) => v?.petitionId === petitionId).map((v) => v.type!);
  const recordOf = (petitionId: string) => db().collection('routing_petitions').findOne({ _id: petitionId as never });

  beforeAll(async () => {
    ({ service, out } = await routing.start());
    tokens.registrar = await signDevToken({ roles: ['registrar'], subject: 'registrar-01' });
    tokens.unit = await signDevToken({ roles: ['unit'], unitId: 'housing-construction-bureau' });
  }, 120_000);

  afterAll(() => routing.stop());

  it('sends the same person’s repeat of an exhausted matter to the registrars, not to a unit; another person’s petition on it is linked as usual', async () => {
    const key = ref();
    const person = { petitionerRef: key, petitionerKeys: { phone: key } };
    const original = registered({ ...person, ...MATTER });
    await publish(original);
    await out.waitFor('petition.assigned', original.petitionId!);

    // Review and re-review are exhausted (feedback's event, delivered twice: one effect).
    const exhausted = concluded(original, 'review-exhausted');
    await publish(exhausted, exhausted);
    await waitUntil(() => recordOf(original.petitionId!), (doc) => doc?.status === 'concluded');
    const matters = await waitUntil(
      () => db().collection('routing_exhausted_matters').find({}).toArray(),
      (docs) => docs.length === 1,
    );
    expect(matters[0].cases).toHaveLength(1);
    expect(matters[0].cases[0]).toMatchObject({ petitionId: original.petitionId, caseNumber: caseNumberOf(original) });

    const again = registered({ ...person, ...AGAIN });
    await publish(again);
    const [event] = await out.waitFor('petition.not-accepted-again', again.petitionId!);
    expect(parseEvent(event as never).ok).toBe(true);
    expect(event.payload).toEqual({
      caseNumber: caseNumberOf(again),
      originalPetitionId: original.petitionId,
      originalCaseNumber: caseNumberOf(original),
      legalBasis: NOT_ACCEPTED_AGAIN_BASIS['zh-CN'],
      decidedAt: expect.any(String),
    });
    // Nothing reaches a unit: no triage, no assignment, no link.
    const sentinel = registered({ petitionerRef: ref(), petitionerKeys: { phone: ref() }, subject: '中山路井盖缺失', text: '中山路与人民路交叉口的井盖缺失，行人很容易掉进去，请尽快补上。' });
    await publish(sentinel);
    await out.waitFor('petition.triaged', sentinel.petitionId!);
    expect(typesOf(again.petitionId!)).toEqual(['petition.not-accepted-again']);
    expect(await recordOf(again.petitionId!)).toMatchObject({ status: 'not-accepted-again', decision: 'repeat', linkedTo: original.petitionId });

    // The registrars' list, newest first, never the petitioner's identity; and the case-number lookup.
    const list = await request(service.server).get('/api/v1/petitions/not-accepted-again').set('Authorization', `Bearer ${tokens.registrar}`).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        petitionId: again.petitionId,
        caseNumber: caseNumberOf(again),
        subject: AGAIN.subject,
        originalPetitionId: original.petitionId,
        originalCaseNumber: caseNumberOf(original),
        legalBasis: NOT_ACCEPTED_AGAIN_BASIS['zh-CN'],
      }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain(key);
    const found = await request(service.server).get('/api/v1/petitions').query({ caseNumber: caseNumberOf(again) }).set('Authorization', `Bearer ${tokens.registrar}`).expect(200);
    expect(found.body).toMatchObject({ status: 'not-accepted-again', decision: 'repeat' });
    await request(service.server).get('/api/v1/petitions/not-accepted-again').set('Authorization', `Bearer ${tokens.unit}`).expect(403);
    await request(service.server).get('/api/v1/petitions/not-accepted-again').query({ limit: 0 }).set('Authorization', `Bearer ${tokens.registrar}`).expect(400);

    // Someone else on the same matter is not bound by that review chain.
    const neighbour = ref();
    const other = registered({ petitionerRef: neighbour, petitionerKeys: { phone: neighbour }, ...MATTER });
    await publish(other);
    const otherEvents = await waitUntil(
      () => typesOf(other.petitionId!),
      (types) => types.includes('petition.duplicate-linked') || types.includes('petition.triaged'),
    );
    expect(otherEvents).not.toContain('petition.not-accepted-again');
  });

  it('routes a repeat as before when the matter was concluded otherwise (satisfied)', async () => {
    const key = ref();
    const person = { petitionerRef: key, petitionerKeys: { phone: key } };
    const original = registered({ ...person, subject: '翠湖路垃圾站臭味扰民', text: '翠湖路垃圾站每天清运不及时，臭味很大，夏天蚊蝇成群，附近居民苦不堪言，请求整改。' });
    await publish(original);
    await out.waitFor('petition.assigned', original.petitionId!);
    await publish(concluded(original, 'satisfied'));
    await waitUntil(() => recordOf(original.petitionId!), (doc) => doc?.status === 'concluded');
    const again = registered({ ...person, subject: '再反映翠湖路垃圾站臭味', text: '翠湖路垃圾站清运不及时，臭味很大，蚊蝇很多，居民苦不堪言，请再次督促整改。' });
    await publish(again);
    const types = await waitUntil(
      () => typesOf(again.petitionId!),
      (t) => t.includes('petition.duplicate-linked') || t.includes('petition.triaged'),
    );
    expect(types).not.toContain('petition.not-accepted-again');
    expect((await recordOf(again.petitionId!))?.status).not.toBe('not-accepted-again');
  });
});
