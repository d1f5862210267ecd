import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Producer as KafkaProducer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer, MessagingService, physicalTopic } from '@sunshine/messaging';
import {
  apiOperations,
  connectMongo,
  EventCollector,
  eventFor,
  openApiGaps,
  publishEvent,
  startServiceApp,
  testKafka,
  testNamespace,
  waitUntil,
  type TestServiceApp,
} from '@sunshine/testing';
import { periodKeysOf } from '../src/appraisal/appraisal-row';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';
import { pdfText, xlsxCells } from './support/document-readers';

const DAY = 86_400_000;
const ECO = 'ecology-environment-bureau';
const FUXI = 'town-fuxi';
const ZONE = 'Asia/Shanghai';
// Every case is assigned at one instant 100 days ago: a finished quarter, never the current one.
const T = Date.now() - 100 * DAY;
const at = (n: number) => new Date(T + n * DAY).toISOString();
const PAST = periodKeysOf(at(0), ZONE).quarter;
const EARLIER = periodKeysOf(new Date(T - 100 * DAY).toISOString(), ZONE).quarter;
const CURRENT = periodKeysOf(new Date().toISOString(), ZONE).quarter;

describe('supervision: the appraisal for the organization department and the signed report history', () => {
  const namespace = testNamespace('appraisal');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let mongo: MongoClient;
  let producer: KafkaProducer;
  let published: EventCollector;
  let orgDept: string;
  let supervisor: string;

  // P1 (生态环境局): accepted and replied in time, visited, rated satisfied.
  const P1 = randomUUID();
  // P2 (福禄镇): accepted after accept-by, replied after handle-by, rated dissatisfied.
  const P2 = randomUUID();
  // P3 (福禄镇): never accepted (accept-by passed), a supervision order past due, unanswered.
  const P3 = randomUUID();
  const reply = { outcome: 'supported' as const, facts: '查明的事实', basis: '《信访工作条例》第三十二条', round: 1 };
  const events: DomainEvent[] = [
    eventFor('petition.assigned', P1, { caseNumber: 'SW-2026-000901', leadUnitId: ECO, leadUnitName: '区生态环境局', acceptBy: at(15), handleBy: at(75) }, { occurredAt: at(0) }),
    eventFor('case.accepted', P1, { caseNumber: 'SW-2026-000901', unitId: ECO, acceptedAt: at(1), handleBy: at(61) }, { occurredAt: at(1) }),
    eventFor('case.replied', P1, { caseNumber: 'SW-2026-000901', unitId: ECO, repliedAt: at(10), ...reply }, { occurredAt: at(10) }),
    eventFor('feedback.visited', P1, { caseNumber: 'SW-2026-000901', unitId: ECO, visitedAt: at(12) }, { occurredAt: at(12) }),
    eventFor('feedback.rated', P1, { caseNumber: 'SW-2026-000901', unitId: ECO, satisfaction: 'satisfied', ratedAt: at(13), round: 1 }, { occurredAt: at(13) }),
    eventFor('petition.assigned', P2, { caseNumber: 'SW-2026-000902', leadUnitId: FUXI, leadUnitName: '福禄镇', acceptBy: at(15), handleBy: at(75) }, { occurredAt: at(0) }),
    eventFor('case.accepted', P2, { caseNumber: 'SW-2026-000902', unitId: FUXI, acceptedAt: at(20), handleBy: at(80) }, { occurredAt: at(20) }),
    eventFor('case.replied', P2, { caseNumber: 'SW-2026-000902', unitId: FUXI, repliedAt: at(85), ...reply }, { occurredAt: at(85) }),
    eventFor('feedback.rated', P2, { caseNumber: 'SW-2026-000902', unitId: FUXI, satisfaction: 'dissatisfied', ratedAt: at(88), round: 1 }, { occurredAt: at(88) }),
    eventFor('petition.assigned', P3, { caseNumber: 'SW-2026-000903', leadUnitId: FUXI, leadUnitName: '福禄镇', acceptBy: at(15), handleBy: at(75) }, { occurredAt: at(0) }),
    eventFor('supervision.order-issued', P3, { caseNumber: 'SW-2026-000903', unitId: FUXI, orderId: 'DB-900', dueBy: at(25) }, { occurredAt: at(17) }),
  ];

  const get = (path: string, token?: string) => {
    const req = request(service.server).get(path);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const post = (path: string, token: string) => request(service.server).post(path).set('Authorization', `Bearer ${token}`);
  const history = () => mongo.db(`${namespace}_supervision`).collection<{ _id: number; report: string; createdAt: string }>('report_history');

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace);
    mongo = await connectMongo();
    published = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.supervision)]).start();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    orgDept = await signDevToken({ roles: ['organization-department'] });
    supervisor = await signDevToken({ roles: ['supervisor'] });
    // Latest first (out of order), and P2's rating twice (a redelivery).
    for (const event of [...events].reverse()) await publishEvent(producer, namespace, event);
    await publishEvent(producer, namespace, events[8]);
    // The service's own reminders and automatic orders share the topic, so wait for the rows
    // themselves: every fact appended (P2's rating once) and each row derived from all its facts.
    const expected: Record<string, number> = { [P1]: 5, [P2]: 4, [P3]: 2 };
    await waitUntil(
      () => mongo.db(`${namespace}_supervision`).collection('appraisal_cases').find({ _id: { $in: [P1, P2, P3] as never[] } }).toArray(),
      (docs) =>
        docs.length === 3 &&
        docs.every((doc) => (doc.facts as unknown[]).length >= expected[String(doc._id)] && doc.derivedFrom === (doc.facts as unknown[]).length),
      { timeoutMs: 45_000, message: 'every event applied to the appraisal rows' },
    );
    expect(service.app.get(MessagingService).consumerStats.find((x) => x.group.endsWith('.supervision-appraisal'))?.deadLettered ?? 0).toBe(0);
  }, 90_000);

  afterAll(async () => {
    await producer?.disconnect();
    await published?.stop();
    await service?.close();
    await mongo?.db(`${namespace}_supervision`).dropDatabase();
    await mongo?.close();
  });

  it('appraises a finished quarter from the events: scores, grades, ranks, indicators and findings with their cases', async () => {
    const { body } = await get(`/api/v1/appraisals/${PAST}`, orgDept).expect(200);
    expect(body).toMatchObject({ period: PAST, provisional: false, configVersion: 'county-default-2026.1' });
    expect(body.units.map((u: { unitId: string; unitName: string; score: number; grade: string; rank: number }) => [u.unitId, u.unitName, u.score, u.grade, u.rank])).toEqual([
      [ECO, '区生态环境局', 100, 'excellent', 1],
      // 福禄镇: acceptance 0/2 → 0, closure 0/1 → 0, quality 1/1 → 10, visit 0/1 → 0, satisfaction 0/1 → 12.5 (floor),
      // resolution 0/1 → 0, repeats → 10; 32.5 − 2 (one overdue order) = 30.5.
      [FUXI, '福禄镇', 30.5, 'fail', 2],
    ]);
    const fuxi = body.units[1];
    expect(Object.fromEntries(fuxi.indicators.map((i: { code: string; numerator: number; denominator: number }) => [i.code, `${i.numerator}/${i.denominator}`]))).toMatchObject({
      onTimeAcceptance: '0/2',
      onTimeClosure: '0/1',
      satisfaction: '0/1',
    });
    expect(fuxi).toMatchObject({ overdueOrders: 1, deduction: 2, commended: false, cases: 2 });
    expect(fuxi.findings).toEqual([
      {
        code: 'handling',
        cases: [
          { petitionId: P2, caseNumber: 'SW-2026-000902', reasons: ['late-acceptance'] },
          { petitionId: P3, caseNumber: 'SW-2026-000903', reasons: ['late-acceptance'] },
        ],
      },
      { code: 'resolution', cases: [{ petitionId: P2, caseNumber: 'SW-2026-000902', reasons: ['not-resolved'] }] },
    ]);
    expect(body.units[0]).toMatchObject({ commended: true, findings: [] });
  });

  it('keeps per-case rows with no free text of the events', async () => {
    const stored = await mongo.db(`${namespace}_supervision`).collection('appraisal_cases').findOne({ _id: P2 as never });
    expect(stored).toMatchObject({ unitId: FUXI, quarter: PAST, row: { finalRating: 'dissatisfied', lateReply: true } });
    const text = JSON.stringify(stored);
    for (const event of events.filter((e) => e.petitionId === P2)) {
      const payload = event.payload as unknown as Record<string, unknown>;
      for (const key of ['text', 'comment', 'facts', 'basis', 'reviewRights', 'subject']) if (typeof payload[key] === 'string') expect(text).not.toContain(payload[key]);
    }
    expect((stored?.facts as { type: string }[]).filter((f) => f.type === 'feedback.rated')).toHaveLength(1); // the redelivered rating appended once
  });

  it('serves the current quarter as provisional, refuses a period not begun and a malformed one', async () => {
    const current = await get(`/api/v1/appraisals/${CURRENT}`, orgDept).expect(200);
    expect(current.body.provisional).toBe(true);
    const future = await get('/api/v1/appraisals/2099-Q1', orgDept).expect(422);
    expect(future.body).toMatchObject({ code: 'APPRAISAL.PERIOD_NOT_STARTED' });
    await get('/api/v1/appraisals/Q4-2026', orgDept).expect(400);
  });

  it('is for the organization department only', async () => {
    await get(`/api/v1/appraisals/${PAST}`).expect(401);
    await get(`/api/v1/appraisals/${PAST}`, supervisor).expect(403);
    await get(`/api/v1/appraisals/${PAST}/report.pdf`, supervisor).expect(403);
    await request(service.server).post(`/api/v1/appraisals/${PAST}/publish`).set('Authorization', `Bearer ${supervisor}`).expect(403);
  });

  it('renders the report as an XLSX an independent reader opens and a PDF whose text names every unit', async () => {
    const xlsx = await get(`/api/v1/appraisals/${PAST}/report.xlsx`, orgDept).buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const sheets = xlsxCells(xlsx.body as Buffer);
    expect(sheets['得分排名'].slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, '区生态环境局', 100],
      [2, '福禄镇', 30.5],
    ]);
    expect(sheets['四个不到位'].slice(1).map((r) => r[2])).toEqual(['SW-2026-000902', 'SW-2026-000903', 'SW-2026-000902']);

    const pdf = await get(`/api/v1/appraisals/${PAST}/report.pdf`, orgDept).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.body as Buffer);
    for (const name of ['区生态环境局', '福禄镇', '网上信访工作考核报告', '办理不到位', '解决不到位', '不合格', '优秀']) expect(text).toContain(name);
  });

  it('publishes a finished quarter once: appraisal.published from the signed history, the current quarter refused', async () => {
    const { body } = await post(`/api/v1/appraisals/${PAST}/publish`, orgDept).expect(201);
    expect(body).toMatchObject({ appraisalId: `AP-${PAST}`, period: PAST, historyEntry: 1, reportSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [event] = await published.waitFor<{ payload: Record<string, unknown> }>('appraisal.published');
    expect(event.payload).toMatchObject({
      appraisalId: `AP-${PAST}`,
      period: PAST,
      configVersion: 'county-default-2026.1',
      historyEntry: 1,
      reportSha256: body.reportSha256,
      units: [
        { unitId: ECO, unitName: '区生态环境局', score: 100, grade: 'excellent', rank: 1, commended: true, findings: [] },
        { unitId: FUXI, unitName: '福禄镇', score: 30.5, grade: 'fail', rank: 2, commended: false, findings: ['handling', 'resolution'] },
      ],
    });
    const again = await post(`/api/v1/appraisals/${PAST}/publish`, orgDept).expect(409);
    expect(again.body).toMatchObject({ code: 'APPRAISAL.ALREADY_PUBLISHED' });
    const current = await post(`/api/v1/appraisals/${CURRENT}/publish`, orgDept).expect(409);
    expect(current.body).toMatchObject({ code: 'APPRAISAL.PERIOD_NOT_ENDED' });

    await post(`/api/v1/appraisals/${EARLIER}/publish`, orgDept).expect(201);
    const list = await get('/api/v1/report-history', orgDept).expect(200);
    expect(list.body.entries.map((e: { seq: number; subject: string }) => [e.seq, e.subject])).toEqual([
      [1, `appraisal:${PAST}`],
      [2, `appraisal:${EARLIER}`],
    ]);
    expect(list.body.entries[1].prevHash).toBe(list.body.entries[0].entryHash);
    expect(await get('/api/v1/report-history/verify', orgDept).expect(200).then((r) => r.body)).toEqual({ ok: true, entries: 2 });
    // The supervision office checks the history too (the console's 签名存档), though not the appraisal itself.
    expect((await get('/api/v1/report-history', supervisor).expect(200)).body.entries).toHaveLength(2);
    expect(await get('/api/v1/report-history/verify', supervisor).expect(200).then((r) => r.body)).toEqual({ ok: true, entries: 2 });
  });

  it('detects a report edited directly in the database, and an edited entry, at the entry touched', async () => {
    const original = await history().findOne({ _id: 2 });
    const edited = original!.report.replace('"score":100', '"score":99');
    await history().updateOne({ _id: 2 }, { $set: { report: edited === original!.report ? `${original!.report} ` : edited } });
    expect(await get('/api/v1/report-history/verify', orgDept).expect(200).then((r) => r.body)).toEqual({
      ok: false,
      entries: 2,
      firstBadEntry: { seq: 2, fault: 'report-altered' },
    });
    await history().updateOne({ _id: 2 }, { $set: { report: original!.report } });
    await history().updateOne({ _id: 1 }, { $set: { createdAt: '2020-01-01T00:00:00.000Z' } });
    expect(await get('/api/v1/report-history/verify', orgDept).expect(200).then((r) => r.body)).toMatchObject({
      ok: false,
      firstBadEntry: { seq: 1, fault: 'entry-altered' },
    });
  });

  it('documents every appraisal and history endpoint in OpenAPI', async () => {
    const { body } = await request(service.server).get('/docs-json').expect(200);
    const names = apiOperations(body).map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'GET /api/v1/appraisals/{period}',
        'GET /api/v1/appraisals/{period}/report.xlsx',
        'GET /api/v1/appraisals/{period}/report.pdf',
        'POST /api/v1/appraisals/{period}/publish',
        'GET /api/v1/report-history',
        'GET /api/v1/report-history/verify',
      ]),
    );
    expect(openApiGaps(body).filter((gap) => gap.includes('appraisals') || gap.includes('report-history'))).toEqual([]);
  });
});

/** supertest: collect a binary body as a Buffer. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  // superagent hands a parser the response stream itself, typed as its Response.
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
