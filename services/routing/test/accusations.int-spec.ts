import request from 'supertest';
import { signDevToken } from '@sunshine/auth';
import { createEvent, fixtureOf, parseEvent } from '@sunshine/contracts';
import { EventCollector, type TestServiceApp } from '@sunshine/testing';
import type { MongoClient } from 'mongodb';
import { registrations, routingTestKit } from './support/routing-test-kit';

const registered = registrations({ caseNumberBase: 700_000, correlation: 'c-acc' });

const ACCUSED = 'law-enforcement-bureau';
const REPORT = { subject: '反映城管局执法人员问题', text: '城管局的某队长在检查占道摆摊时向摊主索要好处费，不给就没收三轮车，请领导查处。' };

describe('routing: a report (检举控告) is sealed from the units it accuses', () => {
  // Even with the policy assigning everything directly, a sealed report waits for a leader.
  const routing = routingTestKit('routing-accusations', { ROUTING_INSTRUCTION_POLICY: 'none' });
  const { namespace, publish } = routing;
  let service: TestServiceApp;
  let out: EventCollector;
  let mongo: MongoClient;
  let leader: string;

  beforeAll(async () => {
    ({ service, out, mongo } = await routing.start());
    leader = await signDevToken({ roles: ['leader'], subject: 'leader-district-head', leaderId: 'district-head' });
  }, 120_000);

  afterAll(() => routing.stop());

  it('seals a report naming 城管局 that nobody ticked as confidential, puts it to a leader and never proposes the accused unit', async () => {
    const event = registered(REPORT);
    await publish(event);
    const [triaged] = await out.waitFor('petition.triaged', event.petitionId!);
    const [requested] = await out.waitFor('petition.instruction-requested', event.petitionId!);
    expect(parseEvent(triaged).ok).toBe(true);
    expect(triaged.payload).toMatchObject({ kind: 'report', sealed: true });
    expect(triaged.payload.proposedUnits).not.toContain(ACCUSED);
    expect(requested.payload).toMatchObject({ reasons: expect.arrayContaining(['sealed-report']) });
    expect(requested.payload.proposedUnits).not.toContain(ACCUSED);
    expect(out.events('petition.assigned', event.petitionId!)).toHaveLength(0);

    const stored = await mongo.db(`${namespace}_routing`).collection('routing_petitions').findOne({ _id: event.petitionId as never });
    expect(stored).toMatchObject({ status: 'awaiting-instruction', sealed: true, accusedUnitIds: [ACCUSED], caseFile: { confidential: true } });
  });

  it('refuses a leader’s instruction giving it to the accused unit, as lead or assisting, and changes nothing', async () => {
    const event = registered({ subject: '举报城管执法大队', text: '我要实名举报城管局执法中队的王队长，他长期收受夜市商户的红包，对交了钱的摊位占道经营视而不见。' });
    await publish(event);
    await out.waitFor('petition.instruction-requested', event.petitionId!);
    const before = await mongo.db(`${namespace}_routing`).collection('routing_petitions').findOne({ _id: event.petitionId as never });

    for (const body of [
      { decision: 'approve', instruction: '请城管局自查。', leadUnitId: ACCUSED },
      { decision: 'approve', instruction: '请区纪委监委牵头，城管局配合。', leadUnitId: 'discipline-commission', assistingUnitIds: [ACCUSED] },
    ]) {
      const refused = await request(service.server).post(`/api/v1/instructions/${event.petitionId}`).set('Authorization', `Bearer ${leader}`).send(body).expect(422);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ code: 'ACCUSATION.ACCUSED_UNIT' });
      expect(JSON.stringify(refused.body)).not.toContain(ACCUSED);
    }
    const after = await mongo.db(`${namespace}_routing`).collection('routing_petitions').findOne({ _id: event.petitionId as never });
    expect(after).toEqual(before);
    expect(out.events('petition.assigned', event.petitionId!)).toHaveLength(0);

    // Another unit may take it; the case file tells handling which units it accuses.
    await request(service.server)
      .post(`/api/v1/instructions/${event.petitionId}`)
      .set('Authorization', `Bearer ${leader}`)
      .send({ decision: 'approve', instruction: '请区纪委监委依规处理。', leadUnitId: 'discipline-commission', assistingUnitIds: [] })
      .expect(200);
    const [assigned] = await out.waitFor('petition.assigned', event.petitionId!);
    expect(assigned.payload).toMatchObject({ leadUnitId: 'discipline-commission', confidential: true, kind: 'report', accusedUnitIds: [ACCUSED] });
    expect(assigned.payload.assistingUnitIds).not.toContain(ACCUSED);
  });

  it('never reassigns a returned report to the unit it accuses, even when the returning unit suggests it', async () => {
    const event = registered({ subject: '控告城管局拆违不公', text: '控告城管局某副局长在拆除违建时徇私枉法，给亲戚家的违建打招呼不拆，别人家的却强拆。' });
    await publish(event);
    await out.waitFor('petition.instruction-requested', event.petitionId!);
    await request(service.server)
      .post(`/api/v1/instructions/${event.petitionId}`)
      .set('Authorization', `Bearer ${leader}`)
      .send({ decision: 'approve', instruction: '请区纪委监委依规处理。', leadUnitId: 'discipline-commission', assistingUnitIds: [] })
      .expect(200);
    await out.waitFor('petition.assigned', event.petitionId!);
    const returned = createEvent(
      'case.returned',
      { petitionId: event.petitionId! },
      { ...fixtureOf('case.returned').payload, caseNumber: (event.payload as { caseNumber: string }).caseNumber, unitId: 'discipline-commission', suggestedUnitId: ACCUSED, returnedAt: new Date().toISOString() },
      { producer: 'handling', correlationId: 'c-acc-return' },
    );
    await publish(returned);
    const [reassigned] = await out.waitFor('petition.reassigned', event.petitionId!);
    expect(reassigned.payload.leadUnitId).not.toBe(ACCUSED);
    expect(reassigned.payload.assistingUnitIds).not.toContain(ACCUSED);
    expect(reassigned.payload).toMatchObject({ previousUnitId: 'discipline-commission', accusedUnitIds: [ACCUSED], confidential: true });
  });

  it('routes a 举报 of a shop as an ordinary complaint, not sealed', async () => {
    const event = registered({ subject: '举报烧烤店油烟', text: '举报小区楼下烧烤店每天晚上油烟扰民，请有关部门处理。' });
    await publish(event);
    const [triaged] = await out.waitFor('petition.triaged', event.petitionId!);
    expect(triaged.payload).toMatchObject({ kind: 'complaint' });
    expect(triaged.payload).not.toHaveProperty('sealed');
    const [assigned] = await out.waitFor('petition.assigned', event.petitionId!);
    expect(assigned.payload).not.toHaveProperty('accusedUnitIds');
  });
});
