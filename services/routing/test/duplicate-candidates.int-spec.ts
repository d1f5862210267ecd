import request from 'supertest';
import { signDevToken } from '@sunshine/auth';
import type { DomainEvent } from '@sunshine/contracts';
import { EventCollector, openApiGaps, type TestServiceApp } from '@sunshine/testing';
import { registrations, routingTestKit } from './support/routing-test-kit';

const registered = registrations({ caseNumberBase: 890_000, correlation: 'c-dup' });

const payloadOf = (event: DomainEvent) => event.payload as { caseNumber: string; petitionerRef: string; subject: string };
const URL = '/api/v1/duplicate-candidates';

describe('routing: duplicate hints while a hotline operator types a call', () => {
  const routing = routingTestKit('routing-duplicate-candidates');
  const { publish, db } = routing;
  let service: TestServiceApp;
  let out: EventCollector;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    ({ service, out } = await routing.start());
    tokens.registrar = await signDevToken({ roles: ['registrar'], subject: 'operator-07' });
    tokens.channel = await signDevToken({ roles: ['channel'], subject: 'hotline-gateway' });
    tokens.admin = await signDevToken({ roles: ['admin'], subject: 'admin-1' });
    tokens.unit = await signDevToken({ roles: ['unit'], unitId: 'housing-construction-bureau' });
  }, 120_000);

  afterAll(() => routing.stop());

  const search = (token: string | undefined, body: unknown) => {
    const call = request(service.server).post(URL);
    return (token ? call.set('Authorization', `Bearer ${token}`) : call).send(body as object);
  };

  it('finds the registered petition a typed call is about first, with its case number and no trace of the petitioner, and changes nothing', async () => {
    const plant = registered({
      subject: '丽发新城小区旁搅拌站噪音扬尘',
      text: '丽发新城小区东边不到百米建了一个混凝土搅拌站，每天从早到晚噪音很大、扬尘很多，晾的衣服都是灰，请有关部门尽快查处。',
    });
    const lights = registered({
      subject: '滨河路路灯坏了三个月',
      text: '滨河路从三号桥到五号桥的路灯坏了三个月，晚上一片漆黑，老人孩子出行很不安全，多次反映无人维修。',
    });
    await publish(plant, lights);
    await out.waitFor('petition.triaged', plant.petitionId!);
    await out.waitFor('petition.triaged', lights.petitionId!);
    const before = await db().collection('routing_petitions').find({}).sort({ _id: 1 }).toArray();
    // The sentence-embedding model is in the path: each decided petition keeps its two vectors (text, places masked), int8.
    for (const doc of before) {
      for (const vector of [doc.dedup.embedding, doc.dedup.problemEmbedding]) {
        expect(Buffer.from(vector.codes, 'base64')).toHaveLength(512);
        expect(vector.scale).toBeGreaterThan(0);
      }
    }
    expect(before.find((d) => String(d._id) === plant.petitionId)?.dedup.places).toEqual(expect.arrayContaining(['estate:丽发新城小区', 'business:混凝土搅拌站']));

    const typed = { subject: '反映路灯不亮', text: '来电人反映滨河路三号桥到五号桥一段路灯好几个月不亮了，晚上走路很危险。', limit: 5 };
    const found = await search(tokens.registrar, typed).expect(200);
    expect(found.body.items[0]).toMatchObject({
      petitionId: lights.petitionId,
      caseNumber: payloadOf(lights).caseNumber,
      reasons: ['similar-text'],
      subject: payloadOf(lights).subject,
      confidential: false,
      registeredAt: expect.any(String),
      status: expect.stringMatching(/^(assigned|awaiting-instruction)$/),
    });
    expect(found.body.items[0].score).toBeGreaterThan(0);
    expect(found.body.items[0].score).toBeLessThanOrEqual(1);
    expect(found.body.items.map((i: { petitionId: string }) => i.petitionId)).not.toContain(plant.petitionId);
    expect(Date.parse(found.body.searchedAt)).not.toBeNaN();
    const json = JSON.stringify(found.body);
    for (const event of [plant, lights]) expect(json).not.toContain(payloadOf(event).petitionerRef);

    // The other roles allowed, and the other petition found by its own words.
    const byChannel = await search(tokens.channel, { text: '丽发新城旁边的搅拌站噪音扬尘太大了' }).expect(200);
    expect(byChannel.body.items[0]).toMatchObject({ petitionId: plant.petitionId, caseNumber: payloadOf(plant).caseNumber });
    const unrelated = await search(tokens.admin, { text: '请问灵活就业人员的养老保险每年什么时候缴费，在哪里办理？' }).expect(200);
    expect(unrelated.body.items).toEqual([]);

    expect(await db().collection('routing_petitions').find({}).sort({ _id: 1 }).toArray()).toEqual(before);
  });

  it('shows a confidential report (检举控告) by its case number, dates and status only', async () => {
    const report = registered({
      confidential: true,
      subject: '举报南湖街道某站所违规收费',
      text: '我要举报南湖街道农机站的工作人员，办理农机补贴时每户额外收取三百元手续费，不给收据。',
    });
    await publish(report);
    await out.waitFor('petition.triaged', report.petitionId!);
    const found = await search(tokens.registrar, { text: '南湖街道农机站办理农机补贴每户额外收三百元手续费' }).expect(200);
    const item = found.body.items.find((i: { petitionId: string }) => i.petitionId === report.petitionId);
    expect(item).toMatchObject({ caseNumber: payloadOf(report).caseNumber, confidential: true, reasons: ['similar-text'] });
    for (const hidden of ['subject', 'category', 'unitId', 'unitName']) expect(item).not.toHaveProperty(hidden);
  });

  it('refuses an empty or too short text and a limit out of range with 400 problem+json', async () => {
    const empty = await search(tokens.registrar, { text: '' }).expect(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
    expect(empty.body).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'text', code: 'minLength' })] });
    await search(tokens.registrar, { text: '    ' }).expect(400);
    await search(tokens.registrar, {}).expect(400);
    await search(tokens.registrar, { text: '路灯不亮了', limit: 21 }).expect(400);
    await search(tokens.registrar, { text: '路灯不亮了', limit: 0 }).expect(400);
    await search(tokens.registrar, { text: '路灯不亮了', callerPhone: '13800000000' }).expect(400);
  });

  it('answers 401 without a token and 403 to a unit', async () => {
    const typed = { text: '滨河路路灯好几个月不亮了' };
    await search(undefined, typed).expect(401);
    const refused = await search(tokens.unit, typed).expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });

  it('is documented for the authorisation matrix: its roles and an example for every request field', async () => {
    const doc = (await request(service.server).get('/docs-json').expect(200)).body;
    const operation = doc.paths[URL]?.post;
    expect(operation?.['x-roles']).toEqual(['channel', 'registrar', 'admin']);
    expect(openApiGaps(doc).filter((gap) => gap.includes(URL))).toEqual([]);
  });
});
