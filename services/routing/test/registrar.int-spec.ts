import request from 'supertest';
import { signDevToken } from '@sunshine/auth';
import { parseEvent, type DomainEvent } from '@sunshine/contracts';
import { EventCollector, type TestServiceApp } from '@sunshine/testing';
import { v7 as uuidv7 } from 'uuid';
import { ref, registrations, routingTestKit } from './support/routing-test-kit';

const registered = registrations({ caseNumberBase: 800_000, correlation: 'c-reg' });

const caseNumberOf = (event: DomainEvent) => (event.payload as { caseNumber: string }).caseNumber;

describe('routing: the registrar finds petitions by case number and undoes wrong duplicate links', () => {
  const routing = routingTestKit('routing-registrar');
  const { publish, db } = routing;
  let service: TestServiceApp;
  let out: EventCollector;
  const tokens: Record<string, string> = {};


  beforeAll(async () => {
    ({ service, out } = await routing.start());
    tokens.registrar = await signDevToken({ roles: ['registrar'], subject: 'registrar-01' });
    tokens.admin = await signDevToken({ roles: ['admin'], subject: 'admin-1' });
    tokens.unit = await signDevToken({ roles: ['unit'], unitId: 'housing-construction-bureau' });
    tokens.leader = await signDevToken({ roles: ['leader'], leaderId: 'district-head' });
  }, 120_000);

  afterAll(() => routing.stop());

  /** An original and a repeat by the same person, linked to it. */
  async function linkedPair(first: { subject: string; text: string }, second: { subject: string; text: string }) {
    const key = ref();
    const identity = { petitionerRef: key, petitionerKeys: { phone: key } };
    const original = registered({ ...identity, ...first });
    await publish(original);
    await out.waitFor('petition.triaged', original.petitionId!);
    const repeat = registered({ ...identity, ...second });
    await publish(repeat);
    await out.waitFor('petition.duplicate-linked', repeat.petitionId!);
    return { original, repeat };
  }

  it('finds a petition by its case number: routing’s view, never the petitioner’s identity; 404 when unknown, 400 when malformed', async () => {
    const { original, repeat } = await linkedPair(
      { subject: '滨河路路灯坏了三个月', text: '滨河路从三号桥到五号桥的路灯坏了三个月，晚上一片漆黑，老人孩子出行很不安全，多次反映无人维修。' },
      { subject: '再次反映滨河路路灯', text: '我上个月反映过滨河路三号桥到五号桥路灯不亮的问题，到现在还是没人修，晚上出门黑漆漆的很危险。' },
    );
    const found = await request(service.server).get('/api/v1/petitions').query({ caseNumber: caseNumberOf(repeat) }).set('Authorization', `Bearer ${tokens.registrar}`).expect(200);
    expect(found.body).toMatchObject({
      petitionId: repeat.petitionId,
      caseNumber: caseNumberOf(repeat),
      status: 'linked',
      decision: 'repeat',
      linkedTo: { petitionId: original.petitionId, caseNumber: caseNumberOf(original) },
      confidential: false,
    });
    expect(JSON.stringify(found.body)).not.toContain((repeat.payload as { petitionerRef: string }).petitionerRef);
    const byAdmin = await request(service.server).get('/api/v1/petitions').query({ caseNumber: caseNumberOf(original) }).set('Authorization', `Bearer ${tokens.admin}`).expect(200);
    expect(byAdmin.body).toMatchObject({ status: 'assigned', assignment: { leadUnitId: expect.any(String) }, triage: { kind: expect.any(String) } });

    const unknown = await request(service.server).get('/api/v1/petitions').query({ caseNumber: 'SW-2026-999999' }).set('Authorization', `Bearer ${tokens.registrar}`).expect(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.body).toMatchObject({ code: 'REGISTRAR.NOT_FOUND' });
    await request(service.server).get('/api/v1/petitions').query({ caseNumber: 'nope' }).set('Authorization', `Bearer ${tokens.registrar}`).expect(400);
    await request(service.server).get('/api/v1/petitions').query({ caseNumber: { $ne: null } }).set('Authorization', `Bearer ${tokens.registrar}`).expect(400);
    await request(service.server).get('/api/v1/petitions').query({ caseNumber: caseNumberOf(repeat) }).set('Authorization', `Bearer ${tokens.unit}`).expect(403);
    await request(service.server).get('/api/v1/petitions').query({ caseNumber: caseNumberOf(repeat) }).expect(401);
  });

  it('undoes a wrong link: audited, the index forgets it, and the petition is routed afresh in the same write', async () => {
    const { original, repeat } = await linkedPair(
      { subject: '健康路菜市场污水横流', text: '健康路菜市场门口下水道堵塞，污水横流，臭气熏天，摊贩和顾客都苦不堪言。' },
      { subject: '再反映健康路菜市场污水', text: '健康路菜市场门口的下水道还是堵着，污水到处流，臭味很大，请尽快疏通。' },
    );
    const petitionId = repeat.petitionId!;
    const url = `/api/v1/petitions/${petitionId}/undo-link`;
    await request(service.server).post(url).set('Authorization', `Bearer ${tokens.unit}`).send({ reason: '误判' }).expect(403);
    await request(service.server).post(url).set('Authorization', `Bearer ${tokens.leader}`).send({ reason: '误判' }).expect(403);
    await request(service.server).post(url).set('Authorization', `Bearer ${tokens.registrar}`).send({}).expect(400);
    expect(await db().collection('routing_petitions').findOne({ _id: petitionId as never })).toMatchObject({ status: 'linked' });

    const undone = await request(service.server).post(url).set('Authorization', `Bearer ${tokens.registrar}`).send({ reason: '不是同一路段，误判为重复件' }).expect(200);
    expect(undone.body).toMatchObject({ petitionId, caseNumber: caseNumberOf(repeat), originalPetitionId: original.petitionId, status: expect.stringMatching(/^(assigned|awaiting-instruction)$/) });

    const [linkUndone] = await out.waitFor('petition.link-undone', petitionId);
    expect(parseEvent(linkUndone).ok).toBe(true);
    expect(linkUndone.payload).toMatchObject({ caseNumber: caseNumberOf(repeat), originalPetitionId: original.petitionId, undoneBy: 'registrar-01', reason: '不是同一路段，误判为重复件' });
    const [triaged] = await out.waitFor('petition.triaged', petitionId);
    const next = undone.body.status === 'assigned' ? 'petition.assigned' : 'petition.instruction-requested';
    await out.waitFor(next, petitionId);
    const types = out.messages.map((m) => m.value as DomainEvent).filter((e) => e.petitionId === petitionId).map((e) => e.type);
    expect(types).toEqual(['petition.duplicate-linked', 'petition.link-undone', 'petition.triaged', next]);
    expect(triaged.payload).toMatchObject({ caseNumber: caseNumberOf(repeat) });

    const stored = await db().collection('routing_petitions').findOne({ _id: petitionId as never });
    expect(stored).toMatchObject({ status: undone.body.status, decision: 'new', linkedTo: null, linkUndone: { originalPetitionId: original.petitionId, by: 'registrar-01' }, dedup: { groupId: petitionId } });
    const audit = await db().collection('routing_audit').find({ petitionId }).toArray();
    expect(audit).toEqual([
      expect.objectContaining({ _id: linkUndone.id, action: 'undo-link', by: 'registrar-01', roles: ['registrar'], reason: '不是同一路段，误判为重复件', originalPetitionId: original.petitionId }),
    ]);

    // Not linked any more: a second undo is refused and changes nothing.
    const again = await request(service.server).post(url).set('Authorization', `Bearer ${tokens.admin}`).send({ reason: '再撤销一次' }).expect(409);
    expect(again.body).toMatchObject({ code: 'REGISTRAR.NOT_LINKED' });
    expect(await db().collection('routing_audit').countDocuments({ petitionId })).toBe(1);
    const view = await request(service.server).get('/api/v1/petitions').query({ caseNumber: caseNumberOf(repeat) }).set('Authorization', `Bearer ${tokens.registrar}`).expect(200);
    expect(view.body).toMatchObject({ decision: 'new', linkUndone: { by: 'registrar-01' } });
    expect(view.body).not.toHaveProperty('linkedTo');
  });

  it('refuses undo-link on a petition that was never linked (409) or does not exist (404)', async () => {
    const event = registered({ subject: '公交站台雨棚损坏', text: '滨江路公交站台的雨棚坏了，下雨天候车的乘客无处避雨。' });
    await publish(event);
    await out.waitFor('petition.triaged', event.petitionId!);
    const before = await db().collection('routing_petitions').findOne({ _id: event.petitionId as never });
    await request(service.server).post(`/api/v1/petitions/${event.petitionId}/undo-link`).set('Authorization', `Bearer ${tokens.registrar}`).send({ reason: '误判' }).expect(409);
    expect(await db().collection('routing_petitions').findOne({ _id: event.petitionId as never })).toEqual(before);
    await request(service.server).post(`/api/v1/petitions/${uuidv7()}/undo-link`).set('Authorization', `Bearer ${tokens.registrar}`).send({ reason: '误判' }).expect(404);
  });
});
