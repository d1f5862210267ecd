import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Producer as KafkaProducer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer, MessagingService, physicalTopic } from '@sunshine/messaging';
import { ManualClock } from '@sunshine/platform';
import { apiOperations, connectMongo, EventCollector, eventFor, openApiGaps, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { BulletinSchedulerService } from '../src/bulletins/bulletin-scheduler.service';
import { SERVICE } from '../src/service';
import { pdfText, xlsxCells } from './support/document-readers';

const ECO = 'ecology-environment-bureau';
const FUXI = 'town-fuxi';
const EDU = 'education-bureau';
const UNITS = { [ECO]: '区生态环境局', [FUXI]: '福禄镇', [EDU]: '区教育局' };
/** November 2026 in Shanghai: day n at hour h local. */
const nov = (n: number, h = 10) => new Date(Date.UTC(2026, 10, n, h - 8)).toISOString();

describe('supervision: bulletins (daily, monthly, quarterly) and hot topics', () => {
  const namespace = testNamespace('bulletins');
  const kafka = testKafka(namespace);
  // 07:00 on 30 November in Shanghai: November still runs, and the start's catch-up run publishes
  // only the digest of the 28th (due 08:00 on the 29th), before any event has arrived.
  const clock = new ManualClock(nov(30, 7));
  let service: TestServiceApp;
  let mongo: MongoClient;
  let producer: KafkaProducer;
  let published: EventCollector;
  let supervisor: string;
  let leader: string;
  let fuxiStaff: string;

  const [P1, P2, P3, P4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const matter = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const reg = (id: string, n: string, at: string, ref?: string) =>
    eventFor('petition.registered', id, { caseNumber: `SW-2026-${n}`, receivedAt: at, channel: 'web', area: 'town-jiayang', ...(ref ? { petitionerRef: ref } : {}) }, { occurredAt: at });
  const assign = (id: string, n: string, unitId: keyof typeof UNITS, at: string, acceptBy: string) =>
    eventFor('petition.assigned', id, { caseNumber: `SW-2026-${n}`, leadUnitId: unitId, leadUnitName: UNITS[unitId], acceptBy, handleBy: nov(30, 23), receivedAt: at }, { occurredAt: at });
  const events: DomainEvent[] = [
    // P1 (生态环境局): accepted, replied in time, rated satisfied.
    reg(P1, '001001', nov(2)),
    assign(P1, '001001', ECO, nov(2, 11), nov(17)),
    eventFor('case.accepted', P1, { caseNumber: 'SW-2026-001001', unitId: ECO, acceptedAt: nov(3), handleBy: nov(25) }, { occurredAt: nov(3) }),
    eventFor('case.replied', P1, { caseNumber: 'SW-2026-001001', unitId: ECO, repliedAt: nov(10) }, { occurredAt: nov(10) }),
    eventFor('feedback.rated', P1, { caseNumber: 'SW-2026-001001', unitId: ECO, satisfaction: 'satisfied', ratedAt: nov(12), round: 1 }, { occurredAt: nov(12) }),
    // P2 (福禄镇): never accepted (accept-by 16 Nov), a supervision order due 24 Nov, unanswered.
    reg(P2, '001002', nov(1)),
    assign(P2, '001002', FUXI, nov(1, 11), nov(16)),
    eventFor('supervision.order-issued', P2, { caseNumber: 'SW-2026-001002', unitId: FUXI, orderId: 'DB-A-INT-1', dueBy: nov(24) }, { occurredAt: nov(17) }),
    // P3 (教育局): escalated as a group item on 29 Nov, accepted with 29 Nov as deadline, replied late on 30 Nov.
    reg(P3, '001003', nov(29, 9)),
    eventFor('petition.escalated', P3, { caseNumber: 'SW-2026-001003', reason: 'group' }, { occurredAt: nov(29, 9) }),
    assign(P3, '001003', EDU, nov(29, 10), nov(29, 20)),
    eventFor('case.accepted', P3, { caseNumber: 'SW-2026-001003', unitId: EDU, acceptedAt: nov(29, 11), handleBy: nov(29, 20) }, { occurredAt: nov(29, 11) }),
    eventFor('case.replied', P3, { caseNumber: 'SW-2026-001003', unitId: EDU, repliedAt: nov(30, 9) }, { occurredAt: nov(30, 9) }),
    // P4: received 30 Nov, neither instructed nor assigned.
    reg(P4, '001004', nov(30, 9)),
    // One matter: five petitioners within five days, linked to the first.
    ...matter.map((id, i) => reg(id, `00110${i}`, nov(24 + i), `petitionerRefOfTheIntegrationTest${i}`.padEnd(43, 'x'))),
    ...matter.slice(1).map((id, i) => eventFor('petition.duplicate-linked', id, { caseNumber: `SW-2026-00110${i + 1}`, originalPetitionId: matter[0], relation: 'joint' }, { occurredAt: nov(25 + i, 11) })),
  ];

  const get = (path: string, token: string) => request(service.server).get(path).set('Authorization', `Bearer ${token}`);
  const binary = (path: string, token: string) =>
    get(path, token)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const bulletinEvents = (id: string) => published.events('supervision.bulletin-published').filter((e) => e.payload.bulletinId === id);

  beforeAll(async () => {
    service = await startServiceApp(
      { ...SERVICE, module: AppModule },
      namespace,
      { SUPERVISION_BULLETIN_SCAN_MS: '3600000', SUPERVISION_BULLETIN_CATCH_UP_DAYS: '1', SUPERVISION_SCAN_MS: '3600000' },
      { clock },
    );
    mongo = await connectMongo();
    published = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.supervision)]).start();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    supervisor = await signDevToken({ roles: ['supervisor'] });
    leader = await signDevToken({ roles: ['leader'] });
    fuxiStaff = await signDevToken({ roles: ['unit'], unitId: FUXI });
    // Latest first, and one redelivery.
    for (const event of [...events].reverse()) await publishEvent(producer, namespace, event);
    await publishEvent(producer, namespace, events[4]);
    await waitUntil(
      () => {
        const s = service.app.get(MessagingService).consumerStats.find((x) => x.group.endsWith('.supervision-bulletins'));
        return s ? s.applied + s.duplicates + s.ignored + s.deadLettered : 0;
      },
      (done) => done >= events.length + 1,
      { timeoutMs: 60_000, message: 'every event applied to the bulletin rows' },
    );
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await published?.stop();
    await service?.close();
    await mongo?.db(`${namespace}_supervision`).dropDatabase();
    await mongo?.close();
  });

  it('shows the running month as provisional and refuses to publish it', async () => {
    const { body } = await get('/api/v1/bulletins/monthly/2026-11', supervisor).expect(200);
    expect(body).toMatchObject({ bulletinId: 'BL-M-2026-11', published: false, bulletin: { provisional: true } });
    const refused = await request(service.server).post('/api/v1/bulletins/monthly/2026-11/publish').set('Authorization', `Bearer ${supervisor}`).expect(409);
    expect(refused.body).toMatchObject({ code: 'BULLETIN.PERIOD_NOT_ENDED' });
  });

  it('publishes the monthly bulletin and yesterday’s digest at 08:00 on the 1st, once, however often the scheduler runs', async () => {
    clock.set('2026-12-01T00:00:00.000Z'); // 08:00 in Shanghai
    const scheduler = service.app.get(BulletinSchedulerService);
    const [first, second] = await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
    expect(first).toEqual(expect.arrayContaining(['BL-D-2026-11-30', 'BL-M-2026-11']));
    expect(second).toBe(first); // the same run, not a second one
    expect(await scheduler.runOnce()).toEqual([]);
    await published.waitFor('supervision.bulletin-published', undefined, 2);
    await waitUntil(() => bulletinEvents('BL-M-2026-11').length, (n) => n >= 1, { message: 'the monthly bulletin announced' });
    expect(bulletinEvents('BL-M-2026-11')[0].payload).toEqual({
      bulletinId: 'BL-M-2026-11',
      period: 'monthly',
      periodKey: '2026-11',
      received: 9,
      replied: 2,
      overdue: 1,
      // 福禄镇 has the overdue case and ranks last (−1): it alone is on the black list and named.
      namedUnits: [FUXI],
    });
  });

  it('the monthly bulletin gives each unit its figures, the red and black lists, the overdue case and the unanswered order', async () => {
    const { body } = await get('/api/v1/bulletins/monthly/2026-11', leader).expect(200);
    expect(body).toMatchObject({ published: true, bulletin: { provisional: false, totals: { received: 9, replied: 2, onTime: 1, rated: 1, satisfactionRate: 1, overdue: 1 } } });
    const units = Object.fromEntries(body.bulletin.units.map((u: { unitId: string }) => [u.unitId, u]));
    expect(units[ECO]).toMatchObject({ unitName: '区生态环境局', received: 1, finished: 1, onTimeRate: 1, satisfactionRate: 1, overdue: 0 });
    expect(units[EDU]).toMatchObject({ unitName: '区教育局', received: 1, finished: 1, onTimeRate: 0, overdue: 0 });
    expect(units[FUXI]).toMatchObject({ unitName: '福禄镇', received: 1, finished: 0, overdue: 1, score: -1 });
    expect(body.bulletin.redList.map((u: { unitId: string }) => u.unitId)).toEqual([ECO]);
    expect(body.bulletin.blackList.map((u: { unitId: string }) => u.unitId)).toEqual([FUXI]);
    expect(body.bulletin.overdueCases).toEqual([expect.objectContaining({ caseNumber: 'SW-2026-001002', unitId: FUXI })]);
    expect(body.bulletin.unansweredOrders).toEqual([expect.objectContaining({ orderId: 'DB-A-INT-1', unitId: FUXI, caseNumber: 'SW-2026-001002' })]);
    expect(JSON.stringify(body)).not.toMatch(/petitionerRefOfTheIntegrationTest|嘉州花园|请区住建局/); // no identity, no text
  });

  it('the published bulletin reaches the named unit’s summary', async () => {
    await waitUntil(
      async () => (await get(`/api/v1/units/${FUXI}/summary`, supervisor)).body.namedInBulletins as { bulletinId: string }[],
      (list) => list.some((b) => b.bulletinId === 'BL-M-2026-11'),
      { message: 'the bulletin mention in the ledger' },
    );
  });

  it('a unit reads only its own line of the monthly bulletin, and no daily or quarterly bulletin', async () => {
    const { body } = await get('/api/v1/bulletins/monthly/2026-11', fuxiStaff).expect(200);
    expect(body.bulletin.units.map((u: { unitId: string }) => u.unitId)).toEqual([FUXI]);
    expect(body.bulletin.overdueCases.every((c: { unitId: string }) => c.unitId === FUXI)).toBe(true);
    const refused = await get('/api/v1/bulletins/daily/2026-11-30', fuxiStaff).expect(403);
    expect(refused.body).toMatchObject({ code: 'BULLETIN.NOT_FOR_UNITS' });
    expect(refused.headers['content-type']).toContain('application/problem+json');
    await get('/api/v1/bulletins/quarterly/2026-Q4/report.pdf', fuxiStaff).expect(403);
    await get('/api/v1/hot-topics', fuxiStaff).expect(403);
  });

  it('the daily digests list items awaiting instruction, new group items and what turned red', async () => {
    const day30 = (await get('/api/v1/bulletins/daily/2026-11-30', leader).expect(200)).body;
    expect(day30).toMatchObject({ bulletinId: 'BL-D-2026-11-30', published: true });
    expect(day30.bulletin.awaitingInstruction.map((i: { caseNumber: string }) => i.caseNumber)).toEqual(['SW-2026-001004']);
    const day29 = (await get('/api/v1/bulletins/daily/2026-11-29', leader).expect(200)).body;
    expect(day29.published).toBe(false); // due 08:00 on the 30th, more than the one catch-up day before the run on the 1st
    expect(day29.bulletin.urgentAndGroup.map((i: { caseNumber: string }) => i.caseNumber)).toEqual(['SW-2026-001003']);
    expect(day29.bulletin.turnedRed.map((i: { caseNumber: string }) => i.caseNumber)).toEqual(['SW-2026-001003']); // its deadline passed at 20:00, replied the next day
    const day16 = (await get('/api/v1/bulletins/daily/2026-11-16', leader).expect(200)).body;
    expect(day16.bulletin.turnedRed).toEqual([expect.objectContaining({ caseNumber: 'SW-2026-001002', unitName: '福禄镇' })]);
  });

  it('the XLSX opens in an independent reader and the PDF’s text names every unit', async () => {
    const xlsx = await binary('/api/v1/bulletins/monthly/2026-11/report.xlsx', supervisor).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const sheets = xlsxCells(xlsx.body as Buffer);
    expect(sheets['各单位'][0]).toEqual(['单位', '交办', '办结', '按期办结率', '满意率', '超期']);
    expect(sheets['各单位'].slice(1).map((r) => r[0]).sort()).toEqual(Object.values(UNITS).sort());
    // Deadlines are written in Shanghai time for the reader (nov(16) is 02:00 UTC).
    expect(sheets['超期件'][1]).toEqual(['SW-2026-001002', '福禄镇', '2026年11月16日 10:00', 14]);
    const pdf = await binary('/api/v1/bulletins/monthly/2026-11/report.pdf', supervisor).expect(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = pdfText(pdf.body as Buffer);
    for (const name of Object.values(UNITS)) expect(text).toContain(name);
    expect(text).toContain('2026年11月信访事项办理情况通报');
    const quarterly = pdfText((await binary('/api/v1/bulletins/quarterly/2026-Q4/report.pdf', leader).expect(200)).body as Buffer);
    expect(quarterly).toContain('联合督查报告');
    for (const name of Object.values(UNITS)) expect(quarterly).toContain(name);
  });

  it('the running quarter’s analysis is provisional, with the hot matter and its group alert', async () => {
    const { body } = await get('/api/v1/bulletins/quarterly/2026-Q4', leader).expect(200);
    expect(body).toMatchObject({ published: false, bulletin: { provisional: true, previousPeriod: '2026-Q3', totals: { received: 9 } } });
    expect(body.bulletin.hotTopics[0]).toMatchObject({ matterId: matter[0], messages: 5, petitioners: 5 });
    expect(body.bulletin.groupIssues.alerts).toHaveLength(1);
    expect(body.bulletin.volumes.channel[0]).toMatchObject({ code: 'web', label: '网上留言' });
    expect(body.bulletin.inspection.sections[0].paragraphs[0]).toContain('本季度共受理网上信访事项9件');
  });

  it('hot topics rank the matter with five petitioners in a week first, with a group alert', async () => {
    const { body } = await get(`/api/v1/hot-topics?from=${encodeURIComponent('2026-11-01T00:00:00+08:00')}&to=${encodeURIComponent('2026-12-01T00:00:00+08:00')}`, leader).expect(200);
    expect(body.groupAlerts).toBe(1);
    expect(body.topics[0]).toMatchObject({ matterId: matter[0], rank: 1, messages: 5, petitioners: 5, support: 4, groupAlert: { petitioners: 5 } });
    expect(body.topics[0].caseNumbers).toEqual(['SW-2026-001100', 'SW-2026-001101', 'SW-2026-001102', 'SW-2026-001103', 'SW-2026-001104']);
  });

  it('publishing on demand is once per period; bad input gets a clear 4xx and changes nothing', async () => {
    const again = await request(service.server).post('/api/v1/bulletins/monthly/2026-11/publish').set('Authorization', `Bearer ${supervisor}`).expect(200);
    expect(again.body).toMatchObject({ bulletinId: 'BL-M-2026-11', published: true });
    const onDemand = await request(service.server).post('/api/v1/bulletins/daily/2026-11-20/publish').set('Authorization', `Bearer ${supervisor}`).expect(200);
    expect(onDemand.body).toMatchObject({ bulletinId: 'BL-D-2026-11-20', published: true });
    await waitUntil(() => bulletinEvents('BL-D-2026-11-20').length, (n) => n >= 1, { message: 'the on-demand bulletin announced' });
    expect(bulletinEvents('BL-M-2026-11')).toHaveLength(1);
    await request(service.server).post('/api/v1/bulletins/daily/2026-11-20/publish').set('Authorization', `Bearer ${leader}`).expect(403);

    const invalid = await get('/api/v1/bulletins/monthly/2026-13', supervisor).expect(400);
    expect(invalid.body).toMatchObject({ code: 'BULLETIN.PERIOD_INVALID' });
    expect(invalid.body.title).toBe('通报期间格式不正确');
    const english = await get('/api/v1/bulletins/monthly/2026-Q4', supervisor).set('Accept-Language', 'en').expect(400);
    expect(english.body.title).toBe('Invalid bulletin period');
    await get('/api/v1/bulletins/weekly/2026-11', supervisor).expect(400);
    expect((await get('/api/v1/bulletins/monthly/2027-03', supervisor).expect(422)).body).toMatchObject({ code: 'BULLETIN.PERIOD_NOT_STARTED' });
    expect((await get('/api/v1/hot-topics?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z', leader).expect(400)).body).toMatchObject({ code: 'HOT_TOPICS.RANGE_INVALID' });
    await get('/api/v1/hot-topics?from=yesterday', leader).expect(400);
    await request(service.server).get('/api/v1/bulletins/monthly/2026-11').expect(401);
    const stored = await mongo.db(`${namespace}_supervision`).collection('bulletins').find({}, { projection: { _id: 1 } }).toArray();
    expect(stored.map((b) => b._id).sort()).toEqual(['BL-D-2026-11-20', 'BL-D-2026-11-28', 'BL-D-2026-11-30', 'BL-M-2026-11']);
  });

  it('documents every bulletin and hot-topics operation in OpenAPI', async () => {
    const { body } = await request(service.server).get('/docs-json').expect(200);
    const ours = apiOperations(body, '/api/v1/').filter((o) => /bulletins|hot-topics/.test(o.name));
    expect(ours.length).toBe(5);
    expect(openApiGaps(body).filter((gap) => /bulletins|hot-topics/.test(gap))).toEqual([]);
  });
});
