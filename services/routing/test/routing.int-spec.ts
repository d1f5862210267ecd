import request from 'supertest';
import { signDevToken } from '@sunshine/auth';
import { createEvent, parseEvent, type DomainEvent } from '@sunshine/contracts';
import { Clock } from '@sunshine/platform';
import { apiOperations, EventCollector, openApiGaps, waitUntil, type TestServiceApp } from '@sunshine/testing';
import type { MongoClient } from 'mongodb';
import { RULES_CACHE_MS } from '../src/rules/routing-rules.repository';
import { ref, registrations, routingTestKit } from './support/routing-test-kit';

const registered = registrations({ caseNumberBase: 0, correlation: 'c' });

describe('routing: deciding on each registered petition', () => {
  const routing = routingTestKit('routing');
  const { namespace, publish } = routing;
  let service: TestServiceApp;
  let out: EventCollector;
  let mongo: MongoClient;
  let leader: string;
  let admin: string;

  const routingEvents = (petitionId: string) => out.messages.map((m) => m.value as DomainEvent).filter((e) => e.petitionId === petitionId).map((e) => e.type);

  beforeAll(async () => {
    ({ service, out, mongo } = await routing.start());
    leader = await signDevToken({ roles: ['leader'], subject: 'leader-district-head' });
    admin = await signDevToken({ roles: ['admin'], subject: 'admin-1' });
  }, 120_000);

  afterAll(() => routing.stop());

  it('triages an ordinary petition and assigns it at once, with the statutory deadlines', async () => {
    const event = registered({ subject: '孩子上学难', text: '小区附近小学学位紧张，孩子无法就近入学，希望教育部门统筹解决入学问题。' });
    await publish(event);
    const [triaged] = await out.waitFor('petition.triaged', event.petitionId!);
    const [assigned] = await out.waitFor('petition.assigned', event.petitionId!);
    expect(parseEvent(assigned).ok).toBe(true);
    expect(triaged.payload).toMatchObject({ category: { level1: '教育文体' }, urgency: 'normal', proposedUnits: ['education-bureau'] });
    expect(assigned.payload).toMatchObject({ leadUnitId: 'education-bureau', leadUnitName: '区教育局', assistingUnitIds: [], ruleVersion: 'default' });
    const received = Date.parse((event.payload as { receivedAt: string }).receivedAt);
    expect(Date.parse(assigned.payload.acceptBy as string) - received).toBe(15 * 86_400_000);
    expect(Date.parse(assigned.payload.handleBy as string) - Date.parse(assigned.payload.acceptBy as string)).toBe(60 * 86_400_000);
    expect(Date.parse(assigned.payload.returnBy as string)).toBeGreaterThan(received + 5 * 86_400_000);
    expect(assigned.causationId).toBe(event.id);
  });

  it('routes once however often the registration is delivered', async () => {
    const event = registered({ subject: '公交站台雨棚损坏', text: '滨江路公交站台的雨棚坏了，下雨天候车的乘客无处避雨。' });
    await publish(event, event, event);
    await out.waitFor('petition.assigned', event.petitionId!);
    const sentinel = registered({ subject: '社保卡补办', text: '社保卡丢失后如何补办，需要带什么材料？' });
    await publish(sentinel);
    await out.waitFor('petition.triaged', sentinel.petitionId!);
    expect(out.events('petition.assigned', event.petitionId!)).toHaveLength(1);
    expect(out.events('petition.triaged', event.petitionId!)).toHaveLength(1);
  });

  it('escalates an urgent matter before any other step', async () => {
    const event = registered({ subject: '讨要工资无果', text: '工地老板拖欠我们十几个农民工工资半年了，再不给钱我就去跳楼，不想活了。' });
    await publish(event);
    const [escalated] = await out.waitFor('petition.escalated', event.petitionId!);
    expect(escalated.payload).toMatchObject({ reason: 'urgent', signals: expect.arrayContaining(['self-harm']) });
    await out.waitFor('petition.instruction-requested', event.petitionId!);
    expect(routingEvents(event.petitionId!)[0]).toBe('petition.escalated');
  });

  it('puts items to a leader, who instructs the lead and assisting units and takes charge (领导包案)', async () => {
    const event = registered({ subject: '工地夜间施工噪音', text: '隔壁工地天天夜间施工到凌晨两点，噪音太大。' });
    await publish(event);
    const [requested] = await out.waitFor('petition.instruction-requested', event.petitionId!);
    expect(requested.payload).toMatchObject({ reasons: ['multi-unit'], proposedUnits: ['law-enforcement-bureau', 'ecology-environment-bureau'] });
    expect(out.events('petition.assigned', event.petitionId!)).toHaveLength(0);

    const queue = await request(service.server).get('/api/v1/instructions').set('Authorization', `Bearer ${leader}`).expect(200);
    expect(queue.body.items.map((i: { petitionId: string }) => i.petitionId)).toContain(event.petitionId);
    await request(service.server).get('/api/v1/instructions').set('Authorization', `Bearer ${await signDevToken({ roles: ['unit'], unitId: 'tax-bureau' })}`).expect(403);

    await request(service.server)
      .post(`/api/v1/instructions/${event.petitionId}`)
      .set('Authorization', `Bearer ${leader}`)
      .send({ decision: 'approve', instruction: '请综合执法局牵头、生态环境局配合，一周内查处并答复。', leadUnitId: 'nowhere-bureau' })
      .expect(400);
    const done = await request(service.server)
      .post(`/api/v1/instructions/${event.petitionId}`)
      .set('Authorization', `Bearer ${leader}`)
      .send({
        decision: 'approve',
        instruction: '请综合执法局牵头、生态环境局配合，一周内查处并答复。',
        assistingUnitIds: ['ecology-environment-bureau', 'town-fulu'],
        leaderInCharge: 'leader-deputy-head-1',
      })
      .expect(200);
    expect(done.body.status).toBe('assigned');
    const [instructed] = await out.waitFor('petition.instructed', event.petitionId!);
    const [assigned] = await out.waitFor('petition.assigned', event.petitionId!);
    expect(instructed.payload).toMatchObject({ leaderId: 'leader-district-head', decision: 'approve', leadUnitId: 'law-enforcement-bureau' });
    expect(assigned.payload).toMatchObject({
      leadUnitId: 'law-enforcement-bureau',
      assistingUnitIds: ['ecology-environment-bureau', 'town-fulu'],
      leaderInCharge: 'leader-deputy-head-1',
      instruction: '请综合执法局牵头、生态环境局配合，一周内查处并答复。',
    });
    await request(service.server)
      .post(`/api/v1/instructions/${event.petitionId}`)
      .set('Authorization', `Bearer ${leader}`)
      .send({ decision: 'approve', instruction: '再批一次' })
      .expect(409);
  });

  it('always puts a confidential report to a leader', async () => {
    const event = registered({ subject: '举报', text: '举报某站所负责人收受好处费。', confidential: true });
    await publish(event);
    const [requested] = await out.waitFor('petition.instruction-requested', event.petitionId!);
    expect(requested.payload.reasons).toContain('confidential');
  });

  it('reassigns a returned item to another unit within the deadline rules and keeps the correction', async () => {
    const event = registered({ subject: '幼儿园收费不合理', text: '孩子所在的幼儿园学期中途上调保教费，家长们认为不合理，希望教育部门核查幼儿园收费。' });
    await publish(event);
    const [assigned] = await out.waitFor('petition.assigned', event.petitionId!);
    const from = assigned.payload.leadUnitId as string;
    const returned = createEvent(
      'case.returned',
      { petitionId: event.petitionId! },
      { caseNumber: assigned.payload.caseNumber as string, unitId: from, reason: '民办幼儿园收费属市场监管部门价格监督范围', suggestedUnitId: 'market-regulation-bureau', returnedAt: new Date().toISOString() },
      { producer: 'handling', correlationId: 'r' },
    );
    await publish(returned, returned);
    const [reassigned] = await out.waitFor('petition.reassigned', event.petitionId!);
    expect(reassigned.payload).toMatchObject({ previousUnitId: from, leadUnitId: returned.payload.suggestedUnitId, reason: returned.payload.reason });
    // The petitioner's clock does not restart; the new unit gets a fresh return window.
    expect(reassigned.payload.acceptBy).toBe(assigned.payload.acceptBy);
    expect(Date.parse(reassigned.payload.returnBy as string)).toBeGreaterThanOrEqual(Date.parse(assigned.payload.returnBy as string));
    const corrections = await waitUntil(
      () => mongo.db(`${namespace}_routing`).collection('routing_corrections').find({ petitionId: event.petitionId }).toArray(),
      (c) => c.length === 1,
    );
    expect(corrections[0]).toMatchObject({ wrongUnitId: from, reassignedTo: returned.payload.suggestedUnitId });
    // A return by a unit that no longer holds it changes nothing.
    const stale = createEvent('case.returned', { petitionId: event.petitionId! }, { ...returned.payload }, { producer: 'handling', correlationId: 'r2' });
    await publish(stale);
    const sentinel = registered({ subject: '问询', text: '请问居住证怎么办理？' });
    await publish(sentinel);
    await out.waitFor('petition.triaged', sentinel.petitionId!);
    expect(out.events('petition.reassigned', event.petitionId!)).toHaveLength(1);
  });

  it('links a repeat from the same petitioner, rewritten, to the open case and opens no new work', async () => {
    const key = ref();
    const identity = { petitionerRef: key, petitionerKeys: { phone: key } };
    const original = registered({ ...identity, subject: '滨河路路灯坏了三个月', text: '滨河路从三号桥到五号桥的路灯坏了三个月，晚上一片漆黑，老人孩子出行很不安全，多次反映无人维修。' });
    await publish(original);
    await out.waitFor('petition.assigned', original.petitionId!);
    const repeat = registered({ ...identity, subject: '再次反映滨河路路灯', text: '我上个月反映过滨河路三号桥到五号桥路灯不亮的问题，到现在还是没人修，晚上出门黑漆漆的很危险。' });
    await publish(repeat);
    const [linked] = await out.waitFor('petition.duplicate-linked', repeat.petitionId!);
    expect(linked.payload).toMatchObject({ originalPetitionId: original.petitionId, relation: 'repeat', originalStatus: '办理中' });
    expect(out.events('petition.assigned', repeat.petitionId!)).toHaveLength(0);
  });

  it('remembers earlier petitions across a restart: the duplicate index is rebuilt from routing’s records', async () => {
    const key = ref();
    const identity = { petitionerRef: key, petitionerKeys: { phone: key } };
    const original = registered({ ...identity, subject: '健康路菜市场污水横流', text: '健康路菜市场门口下水道堵塞，污水横流，臭气熏天，摊贩和顾客都苦不堪言。' });
    await publish(original);
    await out.waitFor('petition.triaged', original.petitionId!);
    service = await routing.restart();
    const repeat = registered({ ...identity, subject: '再反映健康路菜市场污水', text: '健康路菜市场门口的下水道还是堵着，污水到处流，臭味很大，请尽快疏通。' });
    await publish(repeat);
    const [linked] = await out.waitFor('petition.duplicate-linked', repeat.petitionId!, 1, 30_000);
    expect(linked.payload).toMatchObject({ originalPetitionId: original.petitionId, relation: 'repeat' });
  }, 120_000);

  it('escalates a matter as a group petition when five people raise it within a week', async () => {
    const text = (n: number) =>
      [
        '丽发新城小区旁边新建的搅拌站噪音和粉尘太大，严重影响居民生活，请尽快关停搬迁。',
        '我们丽发新城的业主强烈反对在小区百米外建搅拌站，粉尘噪音扰民，孩子都咳嗽了。',
        '丽发新城旁的搅拌站每天轰鸣到深夜，扬尘污染严重，请环保部门处理。',
        '投诉丽发新城小区附近搅拌站，噪声和灰尘让人无法开窗，希望搬迁。',
        '丽发新城小区边上的混凝土搅拌站污染环境、噪音扰民，请政府查处。',
      ][n];
    const events = [0, 1, 2, 3, 4].map((n) => registered({ subject: '丽发新城旁搅拌站扰民', text: text(n) }));
    for (const e of events) await publish(e);
    await out.waitFor('petition.triaged', events[0].petitionId!).catch(() => undefined);
    const decisions = async () => Promise.all(events.map(async (e) => (await mongo.db(`${namespace}_routing`).collection('routing_petitions').findOne({ _id: e.petitionId as never }))?.decision));
    const escalations = await waitUntil(
      () => events.flatMap((e) => out.events('petition.escalated', e.petitionId!)).filter((e) => e.payload.reason === 'group'),
      (found) => found.length >= 1,
      { timeoutMs: 20_000, message: 'a group escalation' },
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}; decisions: ${JSON.stringify(await decisions())}`);
    });
    expect((escalations[0].payload.relatedPetitionIds as string[]).length).toBeGreaterThanOrEqual(5);
  });

  it('lets an administrator publish a new version of the rules, recorded on every assignment it decides', async () => {
    const current = await request(service.server).get('/api/v1/routing-rules').set('Authorization', `Bearer ${admin}`).expect(200);
    await request(service.server)
      .put('/api/v1/routing-rules')
      .set('Authorization', `Bearer ${admin}`)
      .send({ rules: [{ id: 'bad', leadUnitId: 'nobody', keywords: ['x'] }] })
      .expect(400);
    await request(service.server).put('/api/v1/routing-rules').set('Authorization', `Bearer ${leader}`).send({ rules: [] }).expect(403);
    const published = await request(service.server)
      .put('/api/v1/routing-rules')
      .set('Authorization', `Bearer ${admin}`)
      .send({ rules: [...current.body.rules, { id: 'street-lights', keywords: ['路灯'], leadUnitId: 'law-enforcement-bureau' }], note: '路灯归综合执法局' })
      .expect(200);
    expect(published.body.version).toMatch(/^r-\d{8}-\d+$/);
    const event = registered({ subject: '路灯不亮', text: '新华路的路灯一到晚上就不亮。' });
    await waitUntil(async () => (await request(service.server).get('/api/v1/routing-rules').set('Authorization', `Bearer ${admin}`)).body.version, (v) => v === published.body.version);
    // Move the service's clock past the rule cache's life instead of waiting for it to expire.
    const clock = service.app.get(Clock);
    const realNow = clock.now.bind(clock);
    const later = jest.spyOn(clock, 'now').mockImplementation(() => new Date(realNow().getTime() + RULES_CACHE_MS + 100));
    try {
      await publish(event);
      const [assigned] = await out.waitFor('petition.assigned', event.petitionId!);
      expect(assigned.payload).toMatchObject({ leadUnitId: 'law-enforcement-bureau', ruleVersion: published.body.version });
    } finally {
      later.mockRestore();
    }
  });

  it('documents every endpoint in OpenAPI: a summary, a typed success response, examples on the request bodies', async () => {
    const { body } = await request(service.server).get('/docs-json').expect(200);
    expect(apiOperations(body).length).toBeGreaterThan(0);
    expect(openApiGaps(body)).toEqual([]);
  });
});
