import { randomBytes, scryptSync } from 'node:crypto';
import type { Server } from 'node:http';
import ExcelJS from 'exceljs';
import request from 'supertest';
import type { Producer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { Topics, type DomainEvent } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, eventFor, publishEvent, readXlsxWithOpenpyxl, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const ECOLOGY = 'ecology-environment-bureau';
const HOUSING = 'housing-construction-bureau';
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function queryCode(): { printed: string; verifier: string } {
  const code = Array.from(randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join('');
  const salt = randomBytes(16);
  const hash = scryptSync(code, salt, 32, { N: 2 ** 10, r: 8, p: 1 });
  return { printed: `${code.slice(0, 5)}-${code.slice(5)}`, verifier: ['scrypt', 10, 8, 1, salt.toString('base64url'), hash.toString('base64url')].join('$') };
}

describe('feedback: return visits, ratings recorded in them, visits due and the ledger export', () => {
  const namespace = testNamespace('visits');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let server: Server;
  let events: EventCollector;
  let mongo: MongoClient;
  let producer: Producer;
  const token: Record<string, string> = {};
  const db = () => mongo.db(`${namespace}_feedback`);
  const publish = (event: DomainEvent) => publishEvent(producer, namespace, event);

  let sequence = 0;
  async function repliedCase(unitId = ECOLOGY, repliedAt = new Date().toISOString()) {
    const petitionId = uuidv7();
    sequence += 1;
    const caseNumber = `SW-2026-${String(760_000 + sequence).padStart(6, '0')}`;
    const credential = queryCode();
    await publish(eventFor('petition.registered', petitionId, { caseNumber, queryCodeVerifier: credential.verifier }));
    await publish(eventFor('case.replied', petitionId, { caseNumber, unitId, round: 1, repliedAt }));
    await waitUntil(() => db().collection('feedback_cases').findOne({ _id: petitionId as never }), (d) => Boolean(d?.queryCodeVerifier) && d?.status === 'replied', { message: 'the replied case' });
    await waitUntil(() => db().collection('visit_schedule').findOne({ _id: petitionId as never }), (d) => d?.round === 1, { message: 'the visit falling due' });
    return { petitionId, caseNumber, ...credential };
  }
  const visit = (who: string, body: object) => request(server).post('/api/v1/visits').set('Authorization', `Bearer ${token[who]}`).send(body);
  const rateOnline = (caseNumber: string, code: string, satisfaction: string, reasons?: string[]) =>
    request(server).post('/api/v1/public/ratings').send({ caseNumber, queryCode: code, satisfaction, ...(reasons ? { reasons } : {}) });
  /** This petition's feedback events in the order they were made (UUID v7 ids). */
  const feedbackEvents = (petitionId: string) =>
    ['feedback.visited', 'feedback.rated', 'petition.concluded']
      .flatMap((type) => events.events<{ type: string }>(type, petitionId))
      .sort((a, b) => (a.id < b.id ? -1 : 1));

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { FEEDBACK_PUBLIC_RATE_LIMIT: '100000', FEEDBACK_VISIT_WORKING_DAYS: '5' });
    server = service.server.listen(0);
    events = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.feedback)]).start();
    mongo = await connectMongo();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    for (const unit of [ECOLOGY, HOUSING]) token[unit] = await signDevToken({ roles: ['unit'], unitId: unit });
    for (const role of ['supervisor', 'joint-office', 'leader', 'registrar', 'admin'] as const) token[role] = await signDevToken({ roles: [role] });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await events?.stop();
    server?.close();
    await service?.close();
    await mongo?.db(`${namespace}_feedback`).dropDatabase();
    await mongo?.close();
  });

  it('records a visit with the petitioner’s satisfaction as the round’s rating: feedback.visited, feedback.rated (source visit) and petition.concluded in one write', async () => {
    const c = await repliedCase();
    const response = await visit(ECOLOGY, {
      caseNumber: c.caseNumber,
      method: 'on-site',
      visitor: '李明',
      summary: '群众表示施工已停止，电话13812345678',
      visitedAt: new Date(Date.now() - 3_600_000).toISOString(),
      satisfaction: 'satisfied',
    }).expect(201);
    expect(response.body).toMatchObject({ caseNumber: c.caseNumber, round: 1, visitor: '李明', satisfaction: 'satisfied', summary: '群众表示施工已停止，电话138****5678' });
    const visitId = response.body.visitId as string;
    await events.waitFor('petition.concluded', c.petitionId);
    const types = feedbackEvents(c.petitionId).map((e) => e.type);
    expect(types).toEqual(['feedback.visited', 'feedback.rated', 'petition.concluded']);
    const [visited, rated] = feedbackEvents(c.petitionId);
    expect(visited.payload).toMatchObject({ visitId, visitor: '李明', satisfaction: 'satisfied', method: 'on-site' });
    expect(rated.payload).toMatchObject({ source: 'visit', visitId, round: 1, satisfaction: 'satisfied', unitId: ECOLOGY });
    expect(await db().collection('ratings').findOne({ _id: `${c.petitionId}:r1` as never })).toMatchObject({ source: 'visit', visitId });
    // The round is rated: online now answers 409 and publishes nothing more.
    expect((await rateOnline(c.caseNumber, c.printed, 'basically-satisfied').expect(409)).body.code).toBe('RATING.ALREADY_RATED');
    const ratings = await request(server).get(`/api/v1/ratings?unitId=${ECOLOGY}&limit=200`).set('Authorization', `Bearer ${token.supervisor}`).expect(200);
    expect(ratings.body.items.find((r: { petitionId: string }) => r.petitionId === c.petitionId)).toMatchObject({ source: 'visit', visitId });
  });

  it('refuses a rating in a visit for a round already rated online (409) and writes nothing, while a visit without satisfaction is still recorded', async () => {
    const c = await repliedCase();
    await rateOnline(c.caseNumber, c.printed, 'dissatisfied', ['夜间仍在施工']).expect(201);
    const [rated] = await events.waitFor('feedback.rated', c.petitionId);
    expect(rated.payload).toMatchObject({ source: 'online', reasons: ['夜间仍在施工'] });
    const before = await db().collection('visits').countDocuments({ petitionId: c.petitionId });
    expect((await visit(ECOLOGY, { caseNumber: c.caseNumber, method: 'phone', summary: '群众仍不满意', satisfaction: 'basically-satisfied' }).expect(409)).body.code).toBe('RATING.ALREADY_RATED');
    expect(await db().collection('visits').countDocuments({ petitionId: c.petitionId })).toBe(before);
    await visit(ECOLOGY, { caseNumber: c.caseNumber, method: 'phone', summary: '群众仍不满意' }).expect(201);
    await events.waitFor('feedback.visited', c.petitionId);
    expect(feedbackEvents(c.petitionId).filter((e) => e.type === 'feedback.rated')).toHaveLength(1);
  });

  it('needs reasons for a dissatisfied rating, online and in a visit (400 naming reasons), and changes nothing', async () => {
    const c = await repliedCase();
    const online = await rateOnline(c.caseNumber, c.printed, 'dissatisfied').expect(400);
    expect(online.body).toMatchObject({ code: 'RATING.REASONS_REQUIRED', field: 'reasons' });
    expect(online.headers['content-type']).toContain('application/problem+json');
    expect(online.body.title).toContain('reasons');
    const inVisit = await visit(ECOLOGY, { caseNumber: c.caseNumber, method: 'phone', summary: '不满意', satisfaction: 'dissatisfied', reasons: [' '] }).expect(400);
    expect(inVisit.body.code).toBe('RATING.REASONS_REQUIRED');
    expect(await db().collection('ratings').countDocuments({ petitionId: c.petitionId })).toBe(0);
    expect(await db().collection('visits').countDocuments({ petitionId: c.petitionId })).toBe(0);
    await rateOnline(c.caseNumber, c.printed, 'dissatisfied', ['未解决']).expect(201);
  });

  it('lists visits due and overdue per unit, working days after each reply, until visited', async () => {
    const overdue = await repliedCase(ECOLOGY, new Date(Date.now() - 30 * 86_400_000).toISOString());
    const due = await repliedCase(ECOLOGY);
    const other = await repliedCase(HOUSING);
    const list = (who: string, query = '') => request(server).get(`/api/v1/visits/due${query}`).set('Authorization', `Bearer ${token[who]}`);
    const cases = (body: { items: { caseNumber: string; status: string }[] }) =>
      Object.fromEntries(body.items.filter((i) => [overdue, due, other].some((c) => c.caseNumber === i.caseNumber)).map((i) => [i.caseNumber, i.status]));

    expect(cases((await list(ECOLOGY).expect(200)).body)).toEqual({ [overdue.caseNumber]: 'overdue', [due.caseNumber]: 'due' });
    expect(cases((await list(ECOLOGY, '?status=overdue').expect(200)).body)).toEqual({ [overdue.caseNumber]: 'overdue' });
    expect(cases((await list(ECOLOGY, `?unitId=${HOUSING}`).expect(200)).body)).toEqual({});
    expect(cases((await list('supervisor').expect(200)).body)).toEqual({ [overdue.caseNumber]: 'overdue', [due.caseNumber]: 'due', [other.caseNumber]: 'due' });
    expect(cases((await list('leader', `?unitId=${HOUSING}`).expect(200)).body)).toEqual({ [other.caseNumber]: 'due' });
    const item = (await list('joint-office', `?unitId=${ECOLOGY}&status=due`).expect(200)).body.items.find((i: { caseNumber: string }) => i.caseNumber === due.caseNumber);
    expect(Date.parse(item.dueBy) - Date.now()).toBeGreaterThan(5 * 86_400_000); // 5 working days: at least a weekend in between
    await list('registrar').expect(403);
    await list('supervisor', '?status=late').expect(400);

    await visit(ECOLOGY, { caseNumber: overdue.caseNumber, method: 'phone', summary: '已回访' }).expect(201);
    await waitUntil(() => list(ECOLOGY), (r) => !(r.body.items as { caseNumber: string }[]).some((i) => i.caseNumber === overdue.caseNumber), { message: 'the visited case leaves the list' });
    await publish(eventFor('case.replied', overdue.petitionId, { caseNumber: overdue.caseNumber, unitId: ECOLOGY, round: 2, repliedAt: new Date().toISOString() }));
    await waitUntil(() => list(ECOLOGY), (r) => cases(r.body)[overdue.caseNumber] === 'due', { message: 'a new reply is due a visit again' });
  });

  it('exports the unit’s ledger as XLSX, read back by exceljs and by Python openpyxl, with no contact details of the petitioner', async () => {
    const c = await repliedCase();
    const visitedAt = '2026-11-20T06:00:00.000Z';
    await visit(ECOLOGY, { caseNumber: c.caseNumber, method: 'on-site', visitor: '李明', summary: '王大明表示满意，电话13812345678，身份证511102198001011234', visitedAt, satisfaction: 'basically-satisfied' }).expect(201);
    await visit(ECOLOGY, { caseNumber: c.caseNumber, method: 'phone', summary: '再次电话回访，无新意见', visitedAt: '2026-11-21T02:00:00.000Z' }).expect(201);
    const housing = await repliedCase(HOUSING);
    await visit(HOUSING, { caseNumber: housing.caseNumber, method: 'phone', summary: '住建局的回访' }).expect(201);

    const download = (who: string, query: string) =>
      request(server).get(`/api/v1/visits/ledger.xlsx${query}`).set('Authorization', `Bearer ${token[who]}`).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const response = await download(ECOLOGY, '').expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain('visit-ledger.xlsx');
    const file = response.body as Buffer;

    const expectedRows = [
      [c.caseNumber, ECOLOGY, 1, '2026-11-20 14:00', '上门回访', '李明', expect.stringContaining('电话138****5678'), '基本满意', '回访代评'],
      [c.caseNumber, ECOLOGY, 1, '2026-11-21 10:00', '电话回访', expect.any(String), '再次电话回访，无新意见', '', ''],
    ];
    // An independent reader: Python's openpyxl.
    const [sheet] = readXlsxWithOpenpyxl(file);
    expect(sheet.title).toBe('回访台账');
    expect(sheet.frozen).toBe('A2');
    expect(sheet.rows[0]).toEqual(['案件编号', '承办单位', '答复轮次', '回访时间', '回访方式', '回访人', '群众意见', '满意度', '评价来源']);
    expect(sheet.rows.filter((r) => r[0] === c.caseNumber)).toEqual(expectedRows);
    expect(sheet.rows.some((r) => r[0] === housing.caseNumber)).toBe(false);
    expect(sheet.widths).toMatchObject({ A: 18, G: 60 });
    const everything = JSON.stringify(sheet.rows);
    expect(everything).not.toMatch(/13812345678|511102198001011234/);

    // And exceljs.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    const rows: unknown[][] = [];
    workbook.getWorksheet('回访台账')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.filter((r) => r[0] === c.caseNumber)).toHaveLength(2);

    // Cross-unit roles choose the unit; another unit's staff get an empty ledger; others none.
    expect(readXlsxWithOpenpyxl((await download('supervisor', `?unitId=${HOUSING}`).expect(200)).body as Buffer)[0].rows.map((r) => r[0])).toEqual(['案件编号', housing.caseNumber]);
    expect(readXlsxWithOpenpyxl((await download(HOUSING, `?unitId=${ECOLOGY}`).expect(200)).body as Buffer)[0].rows).toHaveLength(1);
    await download('leader', '').expect(403);
    await request(server).get('/api/v1/visits/ledger.xlsx').expect(401);
  });
});
