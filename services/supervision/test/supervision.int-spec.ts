import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Producer as KafkaProducer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { fixtureOf, Topics, type DomainEvent } from '@sunshine/contracts';
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
  topicOf,
  waitUntil,
  type TestServiceApp,
} from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';
import { RecordEventService } from '../src/timeline/record-event.service';
import { TimelineRepository } from '../src/timeline/timeline.repository';
import { UnitLedgerRepository } from '../src/unit-summary/unit-ledger.repository';

const DAY = 86_400_000;
const ECO = 'ecology-environment-bureau';
const FUXI = 'town-fuxi';
const NOW = Date.now();
const day = (n: number) => new Date(NOW + n * DAY).toISOString();

describe('supervision: timelines, warning lights and unit summaries from every topic', () => {
  const namespace = testNamespace('supervision');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let mongo: MongoClient;
  let producer: KafkaProducer;
  let deadLetters: EventCollector;
  let supervisor: string;
  let fuxiStaff: string;
  let sent = { all: 0, supervisionTopic: 0 };

  // A: assigned to the ecology bureau, accepted, replied, rated dissatisfied, reopened with 2 days left → yellow.
  const A = randomUUID();
  const a = {
    registered: eventFor('petition.registered', A, { caseNumber: 'SW-2026-000201', receivedAt: day(-20) }, { occurredAt: day(-20) }),
    triaged: eventFor('petition.triaged', A, { caseNumber: 'SW-2026-000201' }, { occurredAt: day(-19.9) }),
    instructionRequested: eventFor('petition.instruction-requested', A, { caseNumber: 'SW-2026-000201' }, { occurredAt: day(-19.8) }),
    instructed: eventFor('petition.instructed', A, { caseNumber: 'SW-2026-000201', leadUnitId: ECO, instructedAt: day(-19.7) }, { occurredAt: day(-19.7) }),
    assigned: eventFor('petition.assigned', A, {
      caseNumber: 'SW-2026-000201',
      leadUnitId: ECO,
      acceptBy: day(-5),
      handleBy: day(40),
      receivedAt: day(-20),
    }, { occurredAt: day(-19) }),
    accepted: eventFor('case.accepted', A, { caseNumber: 'SW-2026-000201', unitId: ECO, acceptedAt: day(-18), handleBy: day(42) }, { occurredAt: day(-18) }),
    replied: eventFor('case.replied', A, { caseNumber: 'SW-2026-000201', unitId: ECO, round: 1, repliedAt: day(-10) }, { occurredAt: day(-10) }),
    visited: eventFor('feedback.visited', A, { caseNumber: 'SW-2026-000201', unitId: ECO, visitedAt: day(-9) }, { occurredAt: day(-9) }),
    rated: eventFor('feedback.rated', A, { caseNumber: 'SW-2026-000201', unitId: ECO, round: 1, satisfaction: 'dissatisfied', ratedAt: day(-8) }, { occurredAt: day(-8) }),
    reopened: eventFor('case.reopened', A, { caseNumber: 'SW-2026-000201', unitId: ECO, reopenedAt: day(-7), handleBy: day(2) }, { occurredAt: day(-7) }),
  };
  // B: assigned to the ecology bureau and never accepted; the acceptance period ended 4 days ago → red.
  const B = randomUUID();
  const b = {
    registered: eventFor('petition.registered', B, { caseNumber: 'SW-2026-000202', receivedAt: day(-20) }, { occurredAt: day(-20) }),
    assigned: eventFor('petition.assigned', B, { caseNumber: 'SW-2026-000202', leadUnitId: ECO, acceptBy: day(-4), handleBy: day(41), receivedAt: day(-20) }, { occurredAt: day(-19) }),
  };
  // C: the ecology bureau handled it, the petitioner was satisfied, closed and concluded → no light.
  const C = randomUUID();
  const c = {
    registered: eventFor('petition.registered', C, { caseNumber: 'SW-2026-000203', receivedAt: day(-30) }, { occurredAt: day(-30) }),
    assigned: eventFor('petition.assigned', C, { caseNumber: 'SW-2026-000203', leadUnitId: ECO, acceptBy: day(-15), handleBy: day(30), receivedAt: day(-30) }, { occurredAt: day(-29) }),
    accepted: eventFor('case.accepted', C, { caseNumber: 'SW-2026-000203', unitId: ECO, acceptedAt: day(-28), handleBy: day(32) }, { occurredAt: day(-28) }),
    replied: eventFor('case.replied', C, { caseNumber: 'SW-2026-000203', unitId: ECO, round: 1, repliedAt: day(-20) }, { occurredAt: day(-20) }),
    rated: eventFor('feedback.rated', C, { caseNumber: 'SW-2026-000203', unitId: ECO, round: 1, satisfaction: 'satisfied', ratedAt: day(-18) }, { occurredAt: day(-18) }),
    closed: eventFor('case.closed', C, { caseNumber: 'SW-2026-000203', unitId: ECO, closedAt: day(-17) }, { occurredAt: day(-17) }),
    concluded: eventFor('petition.concluded', C, { caseNumber: 'SW-2026-000203', concludedAt: day(-16) }, { occurredAt: day(-16) }),
  };
  // D: another unit's fresh case → green.
  const D = randomUUID();
  const d = {
    registered: eventFor('petition.registered', D, { caseNumber: 'SW-2026-000204', receivedAt: day(-5) }, { occurredAt: day(-5) }),
    assigned: eventFor('petition.assigned', D, {
      caseNumber: 'SW-2026-000204',
      leadUnitId: FUXI,
      leadUnitName: '福禄镇',
      acceptBy: day(10),
      handleBy: day(55),
      receivedAt: day(-5),
    }, { occurredAt: day(-4) }),
  };
  // E: a repeat of A, linked to it.
  const E = randomUUID();
  const e = {
    registered: eventFor('petition.registered', E, { caseNumber: 'SW-2026-000205', receivedAt: day(-1) }, { occurredAt: day(-1) }),
    linked: eventFor('petition.duplicate-linked', E, {
      caseNumber: 'SW-2026-000205',
      originalPetitionId: A,
      originalCaseNumber: 'SW-2026-000201',
      relation: 'repeat',
    }, { occurredAt: day(-0.9) }),
  };
  const appraisal = { ...fixtureOf('appraisal.published'), id: randomUUID() };
  const bulletin = { ...fixtureOf('supervision.bulletin-published'), id: randomUUID() };

  const publish = async (event: DomainEvent, key?: string) => {
    await publishEvent(producer, namespace, event, { key });
    sent = { all: sent.all + 1, supervisionTopic: sent.supervisionTopic + (topicOf(event.type) === Topics.supervision ? 1 : 0) };
  };

  /** Wait until both consumers have finished every message sent so far (applied, duplicate, ignored or dead-lettered). */
  const settled = () =>
    waitUntil(
      () => {
        const stats = service.app.get(MessagingService).consumerStats;
        const done = (group: string) => {
          const s = stats.find((x) => x.group.endsWith(`.${group}`));
          return s ? s.applied + s.duplicates + s.ignored + s.deadLettered : 0;
        };
        return { timeline: done('supervision-timeline'), units: done('supervision-units') };
      },
      (done) => done.timeline >= sent.all && done.units >= sent.supervisionTopic,
      { timeoutMs: 45_000, message: 'every event handled' },
    );

  const get = (path: string, token?: string) => {
    const req = request(service.server).get(path);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  beforeAll(async () => {
    // The schedulers publish events of their own (reminders, bulletins) that the timeline group also
    // counts; `settled()` counts only what this spec sent, so they stay off here (their own specs test them).
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { SUPERVISION_SCAN_MS: '86400000', SUPERVISION_BULLETINS_SCHEDULED: 'false' });
    mongo = await connectMongo();
    deadLetters = await new EventCollector(kafka, [physicalTopic({ namespace }, `${Topics.handling}.dlq`)]).start();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    supervisor = await signDevToken({ roles: ['supervisor'] });
    fuxiStaff = await signDevToken({ roles: ['unit'], unitId: FUXI });

    // Feedback and handling first, routing and intake last: every petition's events arrive out of order across topics.
    for (const ev of [a.rated, a.visited, c.rated, c.concluded]) await publish(ev);
    for (const ev of [a.accepted, a.replied, a.replied /* redelivered */, a.reopened, c.accepted, c.replied, c.closed]) await publish(ev);
    for (const ev of [e.linked, a.assigned, a.instructed, a.instructionRequested, a.triaged, b.assigned, c.assigned, d.assigned]) await publish(ev);
    for (const ev of [e.registered, a.registered, b.registered, c.registered, d.registered]) await publish(ev);
    await publish(appraisal as DomainEvent);
    await publish(bulletin as DomainEvent);
    await publish(bulletin as DomainEvent); // redelivered
    await publish(a.rated); // redelivered long after, from its own topic
    await settled();
  }, 90_000);

  afterAll(async () => {
    await producer?.disconnect();
    await deadLetters?.stop();
    await service?.close();
    await mongo?.db(`${namespace}_supervision`).dropDatabase();
    await mongo?.close();
  });

  it('shows every step of a petition once, in the order it happened, whatever order the topics delivered them', async () => {
    const { body } = await get(`/api/v1/timeline/${A}`, supervisor).expect(200);
    expect(body.events.map((x: { type: string }) => x.type)).toEqual([
      'petition.registered',
      'petition.triaged',
      'petition.instruction-requested',
      'petition.instructed',
      'petition.assigned',
      'case.accepted',
      'case.replied',
      'feedback.visited',
      'feedback.rated',
      'case.reopened',
    ]);
    expect(body.events.map((x: { eventId: string }) => x.eventId)).toEqual(Object.values(a).map((x) => x.id));
    expect(body.events[4]).toMatchObject({ producer: 'routing', occurredAt: a.assigned.occurredAt, summary: expect.stringContaining('主办 区生态环境局') });
    expect(body).toMatchObject({
      petitionId: A,
      caseNumber: 'SW-2026-000201',
      status: 'reopened',
      statusLabel: '重新办理中',
      open: true,
      leadUnit: { unitId: ECO, name: '区生态环境局' },
      deadlines: { receivedAt: day(-20), acceptBy: day(-5), acceptedAt: day(-18), handleBy: day(2), extensions: 0 },
      warning: { light: 'yellow', lightLabel: '黄灯（临近期限）', deadline: 'handle-by', dueAt: day(2) },
      replies: [{ round: 1, unitId: ECO, outcome: 'supported', outcomeLabel: '支持', repliedAt: day(-10), dueAt: day(42), onTime: true }],
      ratings: [{ round: 1, unitId: ECO, satisfaction: 'dissatisfied', satisfactionLabel: '不满意' }],
      acceptanceDecisions: [{ unitId: ECO, accepted: true, decidedAt: day(-18), dueAt: day(-5), onTime: true }],
      duplicates: { linkedFrom: [{ petitionId: E, caseNumber: 'SW-2026-000205', relation: 'repeat' }] },
    });
  });

  it('keeps no free text of the events: no petition text, reply text, comment or instruction', async () => {
    const { body } = await get(`/api/v1/timeline/${A}`, supervisor).expect(200);
    const shown = JSON.stringify(body);
    const stored = JSON.stringify(await mongo.db(`${namespace}_supervision`).collection('timelines').findOne({ _id: A as never }));
    for (const text of [a.registered.payload.text, a.replied.payload.text, a.rated.payload.comment!, a.instructed.payload.instruction, a.visited.payload.summary]) {
      expect(shown).not.toContain(text);
      expect(stored).not.toContain(text);
    }
  });

  it('links a repeat petition to the original on both timelines', async () => {
    const { body } = await get(`/api/v1/timeline/${E}`, supervisor).expect(200);
    expect(body).toMatchObject({
      status: 'linked',
      open: false,
      warning: { light: null },
      duplicates: { linkedTo: { petitionId: A, caseNumber: 'SW-2026-000201', relation: 'repeat' }, linkedFrom: [] },
    });
  });

  it('gives an unaccepted case past its acceptance deadline a red light, and a concluded case none', async () => {
    const red = await get(`/api/v1/timeline/${B}`, supervisor).expect(200);
    expect(red.body).toMatchObject({ status: 'assigned', warning: { light: 'red', deadline: 'accept-by', dueAt: day(-4) } });
    const done = await get(`/api/v1/timeline/${C}`, supervisor).expect(200);
    expect(done.body).toMatchObject({ status: 'concluded', open: false, warning: { light: null } });
    expect(done.body.events).toHaveLength(7);
  });

  it('sums up a unit: open, overdue, replied, on time and satisfaction, redelivered events counted once', async () => {
    const { body } = await get(`/api/v1/units/${ECO}/summary`, supervisor).expect(200);
    expect(body).toEqual({
      unitId: ECO,
      unitName: '区生态环境局',
      asOf: expect.any(String),
      cases: 3,
      open: 2,
      assisting: 0,
      lights: { red: 1, yellow: 1, green: 0 },
      overdue: 1,
      replied: 2,
      replies: { total: 2, onTime: 2, onTimeRate: 1 },
      acceptance: { total: 2, onTime: 2, onTimeRate: 1 },
      ratings: { satisfied: 1, basicallySatisfied: 0, dissatisfied: 1, total: 2, satisfactionRate: 0.5 },
      // A's return visit (feedback.visited) counts once: one of the two replied cases was visited.
      visits: { visited: 1, visitRate: 0.5, ratedInVisit: 0, ratedOnline: 2 },
      latestAppraisal: { appraisalId: 'AP-2026-Q4', period: '2026-Q4', score: 92.5, grade: 'excellent', rank: 1, findings: [] },
      namedInBulletins: [],
    });
    const stats = service.app.get(MessagingService).consumerStats;
    expect(stats.find((s) => s.group.endsWith('.supervision-timeline'))!.duplicates).toBeGreaterThanOrEqual(2);
    expect(stats.find((s) => s.group.endsWith('.supervision-units'))!.duplicates).toBeGreaterThanOrEqual(1);
  });

  it('lists open cases by warning light for the supervision office, red first', async () => {
    const all = await get('/api/v1/warnings', supervisor).expect(200);
    expect(all.body.items.map((x: { petitionId: string; light: string }) => [x.petitionId, x.light])).toEqual([
      [B, 'red'],
      [A, 'yellow'],
      [D, 'green'],
    ]);
    const red = await get('/api/v1/warnings?light=red', supervisor).expect(200);
    expect(red.body).toMatchObject({ total: 1, items: [{ petitionId: B, caseNumber: 'SW-2026-000202', leadUnitId: ECO, light: 'red', deadline: 'accept-by', dueAt: day(-4) }] });
    const bad = await get('/api/v1/warnings?light=purple', supervisor).expect(400);
    expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('lets a unit read only its own cases and summary: another unit’s answer 404', async () => {
    const own = await get(`/api/v1/timeline/${D}`, fuxiStaff).expect(200);
    expect(own.body.leadUnit).toEqual({ unitId: FUXI, name: '福禄镇' });
    const other = await get(`/api/v1/timeline/${A}`, fuxiStaff).expect(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.body).toMatchObject({ code: 'TIMELINE.NOT_FOUND', i18n: { 'zh-CN': { title: '未找到该信访件的办理记录' }, en: { title: 'No timeline for this petition' } } });
    const unknown = await get(`/api/v1/timeline/${randomUUID()}`, fuxiStaff).expect(404);
    // An unknown case and another unit's case give the same answer.
    const comparable = (body: object) => ({ ...body, instance: undefined, correlationId: undefined });
    expect(comparable(unknown.body)).toEqual(comparable(other.body));

    const otherSummary = await get(`/api/v1/units/${ECO}/summary`, fuxiStaff).expect(404);
    expect(otherSummary.body.code).toBe('UNIT.NOT_FOUND');
    const ownSummary = await get(`/api/v1/units/${FUXI}/summary`, fuxiStaff).expect(200);
    expect(ownSummary.body).toMatchObject({
      unitId: FUXI,
      unitName: '福禄镇',
      cases: 1,
      open: 1,
      lights: { red: 0, yellow: 0, green: 1 },
      latestAppraisal: { grade: 'fail', findings: ['reply', 'resolution'] },
      namedInBulletins: [{ bulletinId: 'BL-2026-11', period: 'monthly', periodKey: '2026-11' }],
    });
    const warnings = await get('/api/v1/warnings', fuxiStaff).expect(200);
    expect(warnings.body.items.map((x: { petitionId: string }) => x.petitionId)).toEqual([D]);
  });

  it('refuses callers without a token or without a reading role', async () => {
    const anonymous = await get(`/api/v1/timeline/${A}`).expect(401);
    expect(anonymous.body.code).toBe('AUTH.UNAUTHENTICATED');
    const registrar = await get(`/api/v1/units/${ECO}/summary`, await signDevToken({ roles: ['registrar'] })).expect(403);
    expect(registrar.body.code).toBe('AUTH.FORBIDDEN');
    await get(`/api/v1/timeline/${A}`, await signDevToken({ roles: ['leader'] })).expect(200);
    await get(`/api/v1/units/${ECO}/summary`, await signDevToken({ roles: ['organization-department'] })).expect(200);
  });

  it('documents its endpoints in OpenAPI with examples and bearer auth', async () => {
    const { body } = await request(service.server).get('/docs-json').expect(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/v1/timeline/{petitionId}', '/api/v1/units/{unitId}/summary', '/api/v1/warnings']));
    const timeline = body.paths['/api/v1/timeline/{petitionId}'].get;
    expect(timeline.security).toEqual([{ bearer: [] }]);
    expect(timeline.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/TimelineResponseDto');
    expect(body.components.schemas.TimelineResponseDto.properties.status.example).toBe('accepted');
    // A described $ref is written as allOf: [{ $ref }] (OpenAPI 3.0 allows no siblings beside $ref).
    const ratings = body.components.schemas.UnitSummaryResponseDto.properties.ratings;
    expect(ratings.$ref ?? ratings.allOf?.[0]?.$ref).toBe('#/components/schemas/RatingCountsDto');
    expect(body.paths['/api/v1/warnings'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['light', 'limit', 'unitId']);
  });

  it('sends a case event without a petition to the dead-letter topic and carries on', async () => {
    const orphan = { ...eventFor('case.accepted', 'x', {}, { occurredAt: day(0) }), petitionId: null, subjectId: 'orphan' };
    await publish(orphan as unknown as DomainEvent, 'orphan');
    const later = eventFor('supervision.reminded', D, { caseNumber: 'SW-2026-000204', unitId: FUXI, light: 'green', deadline: 'accept-by', dueAt: day(10) }, { occurredAt: day(-1) });
    await publish(later);
    await settled();
    const [dead] = await waitUntil(() => deadLetters.messages, (m) => m.length >= 1, { message: 'a dead letter' });
    expect(dead.raw).toContain(orphan.id);
    const { body } = await get(`/api/v1/timeline/${D}`, supervisor).expect(200);
    expect(body.supervision).toEqual({ reminders: 1, orders: 0 });
  });

  it('keeps every event of a new petition handled concurrently, and derives from all of them', async () => {
    // Topics are consumed in parallel: the first events of a petition race to create its timeline and ledger lines.
    const P = randomUUID();
    const n = 'SW-2026-000299';
    const events = [
      eventFor('petition.registered', P, { caseNumber: n, receivedAt: day(-3) }, { occurredAt: day(-3) }),
      eventFor('petition.triaged', P, { caseNumber: n }, { occurredAt: day(-2.9) }),
      eventFor('petition.escalated', P, { caseNumber: n }, { occurredAt: day(-2.8) }),
      eventFor('petition.assigned', P, { caseNumber: n, leadUnitId: FUXI, leadUnitName: '福禄镇', acceptBy: day(12), handleBy: day(57), receivedAt: day(-3) }, { occurredAt: day(-2.5) }),
      eventFor('case.accepted', P, { caseNumber: n, unitId: FUXI, acceptedAt: day(-2), handleBy: day(58) }, { occurredAt: day(-2) }),
      eventFor('case.extended', P, { caseNumber: n, unitId: FUXI, handleBy: day(88), days: 30 }, { occurredAt: day(-1.5) }),
      eventFor('case.replied', P, { caseNumber: n, unitId: FUXI, round: 1, repliedAt: day(-1) }, { occurredAt: day(-1) }),
      eventFor('feedback.visited', P, { caseNumber: n, unitId: FUXI, visitedAt: day(-0.8) }, { occurredAt: day(-0.8) }),
      eventFor('feedback.rated', P, { caseNumber: n, unitId: FUXI, round: 1, satisfaction: 'basically-satisfied', ratedAt: day(-0.5) }, { occurredAt: day(-0.5) }),
      eventFor('supervision.reminded', P, { caseNumber: n, unitId: FUXI }, { occurredAt: day(-0.4) }),
    ];
    const recorder = service.app.get(RecordEventService);
    await Promise.all(events.map((ev) => recorder.record(ev)));

    const { body } = await get(`/api/v1/timeline/${P}`, supervisor).expect(200);
    expect(body.events.map((x: { eventId: string }) => x.eventId)).toEqual(events.map((ev) => ev.id));
    expect(body).toMatchObject({ status: 'replied', deadlines: { handleBy: day(88), extensions: 1 }, warning: { light: null }, supervision: { reminders: 1 } });
    const stored = await mongo.db(`${namespace}_supervision`).collection('timelines').findOne({ _id: P as never });
    expect(stored).toMatchObject({ derivedFrom: events.length, open: true, unitIds: [FUXI], case: { status: 'replied', extensions: 1 } });
    const ledger = await mongo.db(`${namespace}_supervision`).collection('unit_ledgers').findOne({ _id: FUXI as never });
    expect(ledger!.cases[P]).toMatchObject({ v: events.length, role: 'lead', status: 'replied', replies: 1, repliesOnTime: 1, decisions: 1, basicallySatisfied: 1 });
  });

  it('never lets an older derivation overwrite a newer one', async () => {
    const ledgers = service.app.get(UnitLedgerRepository);
    const before = (await get(`/api/v1/units/${ECO}/summary`, supervisor).expect(200)).body;
    const stale = { petitionId: A, role: 'lead' as const, status: 'assigned' as const, caseOpen: true, replies: 0, repliesOnTime: 0, decisions: 0, decisionsOnTime: 0, satisfied: 0, basicallySatisfied: 0, dissatisfied: 5 };
    expect(await ledgers.saveLine(ECO, stale, 3, new Date())).toBe(false);
    expect(await ledgers.saveLine(ECO, stale, Object.keys(a).length, new Date())).toBe(false);
    const timelines = service.app.get(TimelineRepository);
    expect(await timelines.saveDerived(A, { ...(await get(`/api/v1/timeline/${A}`, supervisor)).body, status: 'assigned' }, 3, new Date())).toBe(false);
    const after = (await get(`/api/v1/units/${ECO}/summary`, supervisor).expect(200)).body;
    expect({ ...after, asOf: undefined }).toEqual({ ...before, asOf: undefined });
    expect((await get(`/api/v1/timeline/${A}`, supervisor)).body.status).toBe('reopened');
  });

  it('turns lights as time passes, with no new event (CLOCK_OFFSET_DAYS=8)', async () => {
    // A second instance on the same database, 8 days ahead, consuming an empty namespace of its own.
    const later = await startServiceApp({ ...SERVICE, module: AppModule }, testNamespace('later'), {
      MONGO_DB: `${namespace}_supervision`,
      CLOCK_OFFSET_DAYS: '8',
      // Its brand-new, empty topics make kafkajs log leader elections; this instance only reads.
      LOG_LEVEL: 'fatal',
    });
    try {
      const eco = await request(later.server).get(`/api/v1/units/${ECO}/summary`).set('Authorization', `Bearer ${supervisor}`).expect(200);
      expect(eco.body).toMatchObject({ open: 2, lights: { red: 2, yellow: 0, green: 0 }, overdue: 2 });
      const fuxi = await request(later.server).get(`/api/v1/units/${FUXI}/summary`).set('Authorization', `Bearer ${supervisor}`).expect(200);
      expect(fuxi.body.lights).toEqual({ red: 0, yellow: 1, green: 0 });
      const timeline = await request(later.server).get(`/api/v1/timeline/${A}`).set('Authorization', `Bearer ${supervisor}`).expect(200);
      expect(timeline.body.warning).toMatchObject({ light: 'red', dueAt: day(2) });
    } finally {
      await later.close();
    }
  });

  it('documents every endpoint in OpenAPI: a summary, a typed success response, examples on the request bodies', async () => {
    const { body } = await request(service.server).get('/docs-json').expect(200);
    expect(apiOperations(body).length).toBeGreaterThan(0);
    expect(openApiGaps(body)).toEqual([]);
  });
});
