import type { Server } from 'node:http';
import request from 'supertest';
import type { Producer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { endOfDayAfter, parseEvent, Topics, type DomainEvent, type PayloadOf } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer, MessagingService, physicalTopic } from '@sunshine/messaging';
import { apiOperations, connectMongo, EventCollector, eventFor, openApiGaps, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { accept } from '../src/acceptance/acceptance';
import { CaseRepository } from '../src/cases/case.repository';
import { SERVICE } from '../src/service';

const DAY = 86_400_000;
const ECOLOGY = 'ecology-environment-bureau';
const JIAYANG = 'town-jiayang';
const HOUSING = 'housing-construction-bureau';
const LAW = 'law-enforcement-bureau';

const EXPECTED_OPERATIONS = ['GET /api/v1/cases', 'GET /api/v1/cases/{petitionId}', 'GET /api/v1/coordination-requests', 'GET /api/v1/extension-requests', 'GET /api/v1/leader-cases', 'GET /api/v1/not-accept-reasons', 'GET /api/v1/reply-templates', 'GET /api/v1/standard-answers', 'GET /api/v1/standard-answers/{id}', 'POST /api/v1/cases/{petitionId}/accept', 'POST /api/v1/cases/{petitionId}/assist-opinions', 'POST /api/v1/cases/{petitionId}/completion', 'POST /api/v1/cases/{petitionId}/convene', 'POST /api/v1/cases/{petitionId}/coordination-requests', 'POST /api/v1/cases/{petitionId}/extension-requests', 'POST /api/v1/cases/{petitionId}/extension-requests/{requestId}/decision', 'POST /api/v1/cases/{petitionId}/not-accept', 'POST /api/v1/cases/{petitionId}/reply', 'POST /api/v1/cases/{petitionId}/return', 'POST /api/v1/cases/{petitionId}/send-back', 'POST /api/v1/cases/{petitionId}/supervision-orders/{orderId}/answer', 'POST /api/v1/cases/{petitionId}/transfer', 'POST /api/v1/standard-answers', 'PUT /api/v1/standard-answers/{id}'];

describe('handling: the responsible units’ workbench', () => {
  const namespace = testNamespace('handling');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let server: Server;
  let events: EventCollector;
  let mongo: MongoClient;
  let producer: Producer;
  const token: Record<string, string> = {};

  const cases = () => mongo.db(`${namespace}_handling`).collection('cases');
  const publish = (event: DomainEvent, raw?: object) => publishEvent(producer, namespace, event, { raw });

  let sequence = 0;
  /** A fresh case, assigned by routing and arrived in handling. */
  async function assignedCase(payload: Partial<PayloadOf<'petition.assigned'>> = {}) {
    const petitionId = uuidv7();
    sequence += 1;
    const caseNumber = `SW-2026-${String(700_000 + sequence).padStart(6, '0')}`;
    const event = eventFor('petition.assigned', petitionId, { caseNumber, leadUnitId: ECOLOGY, leadUnitName: '区生态环境局', assistingUnitIds: [], ...payload });
    await publish(event);
    await waitUntil(() => cases().findOne({ _id: petitionId as never }), Boolean, { message: `case ${petitionId}` });
    return { petitionId, caseNumber, event };
  }

  const get = (path: string, who: string) => request(server).get(path).set('Authorization', `Bearer ${token[who]}`);
  const post = (path: string, who: string, body: object = {}) => request(server).post(path).set('Authorization', `Bearer ${token[who]}`).send(body);
  const reply = (petitionId: string, who = ECOLOGY, text = '您反映的问题已查实，已责令施工单位停止夜间施工。') =>
    post(`/api/v1/cases/${petitionId}/reply`, who, { outcome: 'supported', facts: '经现场核查，反映情况属实。', decision: text, basis: '《中华人民共和国噪声污染防治法》第四十三条' });

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { HANDLING_REOPEN_DAYS: '15' });
    server = service.server.listen(0);
    events = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.handling), physicalTopic({ namespace }, `${Topics.routing}.dlq`)]).start();
    mongo = await connectMongo();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    for (const unit of [ECOLOGY, JIAYANG, HOUSING, LAW]) token[unit] = await signDevToken({ roles: ['unit'], unitId: unit, subject: `staff-${unit}` });
    token.leader = await signDevToken({ roles: ['leader'], subject: 'leader-district-head' });
    token.registrar = await signDevToken({ roles: ['registrar'] });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await events?.stop();
    server?.close();
    await service?.close();
    await mongo?.db(`${namespace}_handling`).dropDatabase();
    await mongo?.close();
  });

  it('creates one case per petition from petition.assigned, with nothing about the petitioner, however often it is delivered', async () => {
    const petitionId = uuidv7();
    const assigned = eventFor('petition.assigned', petitionId, { caseNumber: 'SW-2026-600001', assistingUnitIds: [JIAYANG] });
    // A newer routing might add fields; the case file takes only what it knows.
    await publish(assigned, { ...assigned, payload: { ...assigned.payload, petitionerRef: 'q3JfS0lQbWJ2bHdvVnRRV3dGR0ZxVUJ6QjlqY2R4a1E' } });
    const created = await waitUntil(() => get(`/api/v1/cases/${petitionId}`, ECOLOGY), (r) => r.status === 200, { message: 'the case' });
    expect(created.body).toMatchObject({
      caseNumber: 'SW-2026-600001',
      status: 'assigned',
      round: 0,
      leadUnitId: ECOLOGY,
      assistingUnitIds: [JIAYANG],
      subject: assigned.payload.subject,
      kind: 'complaint',
      channel: 'web',
      confidential: false,
      acceptBy: assigned.payload.acceptBy,
      handleBy: assigned.payload.handleBy,
    });
    await post(`/api/v1/cases/${petitionId}/accept`, ECOLOGY).expect(200);

    // Redelivered as it was, and sent again under a new event id: neither resets the accepted case.
    await publish(assigned);
    await publish(eventFor('petition.assigned', petitionId, { caseNumber: 'SW-2026-600001' }));
    const stats = () => service.app.get(MessagingService).consumerStats.find((s) => s.group.endsWith('.handling-routing'))!;
    await waitUntil(() => stats(), (s) => s.duplicates >= 1 && s.applied >= 2, { message: 'the redeliveries' });

    const stored = await cases().find({ caseNumber: 'SW-2026-600001' }).toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'accepted', version: 2, unitIds: [ECOLOGY, JIAYANG] });
    expect(JSON.stringify(stored[0])).not.toContain('petitionerRef');
  });

  it('shows a case’s duplicates (判重并案) to its unit: an undone link leaves, a stale redelivery does not bring it back, a confidential report never shows', async () => {
    const original = await assignedCase();
    const linked = (caseNumber: string, changes: Partial<PayloadOf<'petition.duplicate-linked'>> = {}, at?: Date) =>
      eventFor('petition.duplicate-linked', uuidv7(), { caseNumber, originalPetitionId: original.petitionId, originalCaseNumber: original.caseNumber, relation: 'joint', similarity: 0.9, possibleReview: false, ...changes }, at ? { occurredAt: at } : {});
    const repeat = linked('SW-2026-790001', { relation: 'repeat', similarity: 0.97 }, new Date(Date.now() - 60_000));
    const joint = linked('SW-2026-790002');
    const report = linked('SW-2026-790003', { confidential: true });
    await publish(repeat);
    await publish(joint);
    await publish(report);
    await publish(repeat); // redelivered
    const duplicates = async () => (await get(`/api/v1/cases/${original.petitionId}`, ECOLOGY).expect(200)).body.duplicates as { caseNumber: string }[];
    await waitUntil(duplicates, (d) => d.length === 2, { message: 'two duplicates on the case' });
    // The confidential one has arrived (it is kept, flagged) before saying it never shows.
    const links = () => mongo.db(`${namespace}_handling`).collection('case_duplicate_links');
    await waitUntil(() => links().findOne({ _id: report.petitionId as never }), (r) => r?.confidential === true, { message: 'the confidential link kept, flagged' });
    const groupStats = () => service.app.get(MessagingService).consumerStats.find((s) => s.group.endsWith('.handling-routing'))!;
    const shown = (await get(`/api/v1/cases/${original.petitionId}`, ECOLOGY).expect(200)).body;
    expect(shown.duplicates).toEqual([
      { petitionId: repeat.petitionId, caseNumber: 'SW-2026-790001', relation: 'repeat', similarity: 0.97, linkedAt: repeat.occurredAt },
      { petitionId: joint.petitionId, caseNumber: 'SW-2026-790002', relation: 'joint', similarity: 0.9, linkedAt: joint.occurredAt },
    ]);
    expect(JSON.stringify(shown)).not.toContain('SW-2026-790003');

    // 撤销判重: the joint link is undone; delivered again later, the old link stays undone.
    const undone = eventFor('petition.link-undone', joint.petitionId!, {
      caseNumber: 'SW-2026-790002',
      originalPetitionId: original.petitionId,
      undoneBy: 'registrar-1',
      reason: '来电人说明是另一处',
      undoneAt: new Date().toISOString(),
    });
    await publish(undone);
    await waitUntil(duplicates, (d) => d.length === 1, { message: 'the undone link gone' });
    const before = groupStats().duplicates;
    await publish(joint);
    await waitUntil(() => groupStats(), (s) => s.duplicates > before, { message: 'the stale redelivery seen' });
    expect((await duplicates()).map((d) => d.caseNumber)).toEqual(['SW-2026-790001']);
    // The list of cases stays as it was (duplicates are on one case's view).
    const page = await get('/api/v1/cases?limit=100', ECOLOGY).expect(200);
    expect((page.body.items as Record<string, unknown>[]).find((c) => c.petitionId === original.petitionId)).not.toHaveProperty('duplicates');
  });

  it('shows a unit only its own cases (lead or assisting); leaders see all; another unit’s case is 404 like an unknown one', async () => {
    const a = await assignedCase({ assistingUnitIds: [JIAYANG] });
    const b = await assignedCase({ leadUnitId: HOUSING, leadUnitName: '区住房和城乡建设局' });
    const idsSeenBy = async (who: string) => {
      const response = await get('/api/v1/cases?limit=100', who).expect(200);
      return (response.body.items as { petitionId: string }[]).map((c) => c.petitionId).filter((id) => id === a.petitionId || id === b.petitionId);
    };
    expect(await idsSeenBy(ECOLOGY)).toEqual([a.petitionId]);
    expect(await idsSeenBy(JIAYANG)).toEqual([a.petitionId]);
    expect(await idsSeenBy(HOUSING)).toEqual([b.petitionId]);
    expect((await idsSeenBy('leader')).sort()).toEqual([a.petitionId, b.petitionId].sort());

    await get(`/api/v1/cases/${a.petitionId}`, JIAYANG).expect(200);
    const hidden = await get(`/api/v1/cases/${b.petitionId}`, ECOLOGY).expect(404);
    const unknown = await get(`/api/v1/cases/${uuidv7()}`, ECOLOGY).expect(404);
    expect(hidden.headers['content-type']).toContain('application/problem+json');
    expect(hidden.body.code).toBe('CASE.NOT_FOUND');
    const comparable = (body: Record<string, unknown>) => ({ ...body, instance: undefined, correlationId: undefined });
    expect(comparable(hidden.body)).toEqual(comparable(unknown.body));
  });

  it('answers 404 when a unit accepts another unit’s case, and 403 when an assisting unit does; nothing is published', async () => {
    const { petitionId } = await assignedCase({ assistingUnitIds: [JIAYANG] });
    const foreign = await post(`/api/v1/cases/${petitionId}/accept`, HOUSING).expect(404);
    expect(foreign.body.code).toBe('CASE.NOT_FOUND');
    const assisting = await post(`/api/v1/cases/${petitionId}/accept`, JIAYANG).expect(403);
    expect(assisting.body.code).toBe('CASE.NOT_LEAD_UNIT');
    await post(`/api/v1/cases/${petitionId}/accept`, 'leader').expect(403);
    const untouched = await cases().findOne({ _id: petitionId as never });
    expect(untouched).toMatchObject({ status: 'assigned', version: 1, outboxPending: false });
    expect(untouched!.outbox ?? []).toEqual([]);

    // The lead unit's acceptance is the first event of this case: nothing was published before it.
    await post(`/api/v1/cases/${petitionId}/accept`, ECOLOGY).expect(200);
    await events.waitFor('case.accepted', petitionId);
    expect(events.messages.filter((m) => (m.value as { petitionId?: string }).petitionId === petitionId)).toHaveLength(1);
  });

  it('accepts once: a second accept (even a simultaneous one) answers 409 and only one case.accepted is published', async () => {
    const { petitionId, caseNumber } = await assignedCase();
    const simultaneous = await Promise.all(Array.from({ length: 8 }, () => post(`/api/v1/cases/${petitionId}/accept`, ECOLOGY)));
    expect(simultaneous.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    expect(new Set(simultaneous.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(new Set(['CASE.ALREADY_ACCEPTED']));
    const again = await post(`/api/v1/cases/${petitionId}/accept`, ECOLOGY).expect(409);
    expect(again.body.code).toBe('CASE.ALREADY_ACCEPTED');

    const [accepted] = await events.waitFor('case.accepted', petitionId);
    expect(parseEvent(accepted).ok).toBe(true);
    expect(accepted.producer).toBe('handling');
    const { acceptedAt, handleBy } = accepted.payload as { acceptedAt: string; handleBy: string };
    expect(accepted.payload).toMatchObject({ caseNumber, unitId: ECOLOGY });
    // 信访工作条例 art. 32: 60 calendar days from acceptance, ending at the end of the last day (Asia/Shanghai).
    expect(handleBy).toBe(endOfDayAfter(new Date(acceptedAt), 60, 'Asia/Shanghai').toISOString());
    const shown = await get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200);
    expect(shown.body).toMatchObject({ status: 'accepted', acceptedAt, handleBy });

    // A later event of the same case (same partition) arrives after anything published before it.
    await reply(petitionId).expect(200);
    await events.waitFor('case.replied', petitionId);
    expect(events.events('case.accepted', petitionId)).toHaveLength(1);
  });

  it('refuses a write based on a stale read of the case (the optimistic lock behind every command)', async () => {
    const { petitionId } = await assignedCase();
    const repository = service.app.get(CaseRepository);
    const stale = (await repository.findById(petitionId))!;
    const decision = accept(stale, { unitId: ECOLOGY, subject: 'staff' }, new Date(), { handleDays: 60, reopenDays: 30 });
    const event = eventFor('case.accepted', petitionId, decision.event.payload as PayloadOf<'case.accepted'>);
    expect(await repository.apply(petitionId, stale.version, decision, [event], new Date())).toBe(true);
    expect(await repository.apply(petitionId, stale.version, decision, [event], new Date())).toBe(false);
    expect(await cases().findOne({ _id: petitionId as never })).toMatchObject({ status: 'accepted', version: stale.version + 1 });
  });

  it('refuses to reply before acceptance (409) and checks the reply', async () => {
    const { petitionId } = await assignedCase();
    expect((await reply(petitionId).expect(409)).body.code).toBe('CASE.NOT_ACCEPTED_YET');
    await post(`/api/v1/cases/${petitionId}/accept`, ECOLOGY).expect(200);
    const invalid = await post(`/api/v1/cases/${petitionId}/reply`, ECOLOGY, { outcome: 'done', text: '长'.repeat(5001), extra: 1 }).expect(400);
    expect(invalid.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect((invalid.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['extra', 'outcome', 'text']);
  });

  it('reopens the case on a dissatisfied rating, and the second reply is round 2; a satisfied rating closes it', async () => {
    const { petitionId, caseNumber } = await assignedCase();
    await post(`/api/v1/cases/${petitionId}/accept`, ECOLOGY).expect(200);
    const first = await reply(petitionId).expect(200);
    expect(first.body).toMatchObject({ status: 'replied', round: 1 });
    expect((await reply(petitionId).expect(409)).body.code).toBe('CASE.ALREADY_REPLIED');

    const dissatisfied = eventFor('feedback.rated', petitionId, { caseNumber, unitId: ECOLOGY, satisfaction: 'dissatisfied', round: 1, comment: '晚上还在施工' });
    await publish(dissatisfied);
    const [reopened] = await events.waitFor('case.reopened', petitionId);
    const { reopenedAt, handleBy } = reopened.payload as { reopenedAt: string; handleBy: string };
    expect(reopened.payload).toMatchObject({ caseNumber, unitId: ECOLOGY, reason: 'dissatisfied', note: '晚上还在施工' });
    expect(new Date(handleBy).getTime() - new Date(reopenedAt).getTime()).toBe(15 * DAY); // HANDLING_REOPEN_DAYS
    expect((await get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(200)).body).toMatchObject({ status: 'reopened', round: 1, handleBy });

    await publish(dissatisfied); // redelivered
    const second = await reply(petitionId, ECOLOGY, '已没收施工设备，夜间施工已停止。').expect(200);
    expect(second.body).toMatchObject({ status: 'replied', round: 2 });
    expect(second.body.replies.map((r: { round: number }) => r.round)).toEqual([1, 2]);

    await publish(eventFor('feedback.rated', petitionId, { caseNumber, unitId: ECOLOGY, satisfaction: 'satisfied', round: 2 }));
    const [closed] = await events.waitFor('case.closed', petitionId);
    expect(closed.payload).toMatchObject({ caseNumber, unitId: ECOLOGY, reason: 'satisfied' });
    expect(events.events('case.replied', petitionId).map((e) => e.payload.round)).toEqual([1, 2]);
    expect(events.events('case.reopened', petitionId)).toHaveLength(1);
    expect((await reply(petitionId).expect(409)).body.code).toBe('CASE.CLOSED');
  });

  it('lets the lead unit return a case before acceptance; routing’s reassignment moves it to the new unit', async () => {
    const { petitionId, caseNumber } = await assignedCase({ assistingUnitIds: [JIAYANG] });
    await post(`/api/v1/cases/${petitionId}/return`, JIAYANG, { reason: '不属本单位职责' }).expect(403);
    const returned = await post(`/api/v1/cases/${petitionId}/return`, ECOLOGY, { reason: '夜间建筑施工噪音由城管执法部门查处', suggestedUnitId: LAW }).expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', returned: { unitId: ECOLOGY, suggestedUnitId: LAW } });
    const [event] = await events.waitFor('case.returned', petitionId);
    expect(event.payload).toMatchObject({ caseNumber, unitId: ECOLOGY, suggestedUnitId: LAW });
    expect((await post(`/api/v1/cases/${petitionId}/accept`, ECOLOGY).expect(409)).body.code).toBe('CASE.RETURNED');

    await publish(eventFor('petition.reassigned', petitionId, { caseNumber, leadUnitId: LAW, previousUnitId: ECOLOGY, assistingUnitIds: [] }));
    await waitUntil(() => get(`/api/v1/cases/${petitionId}`, LAW), (r) => r.status === 200, { message: 'the new unit sees the case' });
    await get(`/api/v1/cases/${petitionId}`, ECOLOGY).expect(404);
    await get(`/api/v1/cases/${petitionId}`, JIAYANG).expect(404);
    const accepted = await post(`/api/v1/cases/${petitionId}/accept`, LAW).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', leadUnitId: LAW, leadUnitName: '区综合行政执法局' });
    await post(`/api/v1/cases/${petitionId}/return`, LAW, { reason: '晚了' }).expect(409);
  });

  it('declines a case with its legal basis, and extends a deadline once by at most 30 days', async () => {
    const declined = await assignedCase();
    await post(`/api/v1/cases/${declined.petitionId}/not-accept`, ECOLOGY, { reason: '该事项已进入诉讼程序', legalBasis: '信访工作条例 第三十条' }).expect(200);
    const [notAccepted] = await events.waitFor('case.not-accepted', declined.petitionId);
    expect(notAccepted.payload).toMatchObject({ legalBasis: '信访工作条例 第三十条' });
    expect((await post(`/api/v1/cases/${declined.petitionId}/accept`, ECOLOGY).expect(409)).body.code).toBe('CASE.DECLINED');

    // 延期 is asked by the unit and approved by a leader (extension.int-spec.ts has the whole flow).
    const { petitionId } = await assignedCase();
    token.deputy = await signDevToken({ roles: ['leader'], leaderId: 'leader-deputy-head-1' });
    const extension = { days: 20, reason: '涉及多个部门，需联合调查' };
    expect((await post(`/api/v1/cases/${petitionId}/extension-requests`, ECOLOGY, extension).expect(409)).body.code).toBe('CASE.NOT_ACCEPTED_YET');
    const accepted = await post(`/api/v1/cases/${petitionId}/accept`, ECOLOGY).expect(200);
    await post(`/api/v1/cases/${petitionId}/extension-requests`, ECOLOGY, { ...extension, days: 31 }).expect(400);
    const { requestId } = (await post(`/api/v1/cases/${petitionId}/extension-requests`, ECOLOGY, extension).expect(201)).body as { requestId: string };
    const extended = await post(`/api/v1/cases/${petitionId}/extension-requests/${requestId}/decision`, 'deputy', { approve: true }).expect(200);
    expect(new Date(extended.body.handleBy).getTime() - new Date(accepted.body.handleBy).getTime()).toBe(20 * DAY);
    expect((await post(`/api/v1/cases/${petitionId}/extension-requests`, ECOLOGY, { ...extension, days: 1 }).expect(409)).body.code).toBe('CASE.ALREADY_EXTENDED');
    const [event] = await events.waitFor('case.extended', petitionId);
    expect(event.payload).toMatchObject({ days: 20, approvedBy: 'leader-deputy-head-1', handleBy: extended.body.handleBy, requestId });
  });

  it('records a supervision order on the case', async () => {
    const { petitionId, caseNumber } = await assignedCase();
    await publish(eventFor('supervision.order-issued', petitionId, { caseNumber, unitId: ECOLOGY, orderId: 'DB-2026-0042' }));
    const shown = await waitUntil(() => get(`/api/v1/cases/${petitionId}`, ECOLOGY), (r) => r.body.supervisionOrders?.length === 1, {
      message: 'the order on the case',
    });
    expect(shown.body).toMatchObject({ status: 'assigned', supervisionOrders: [{ orderId: 'DB-2026-0042', reason: '超期未受理', issuedBy: 'supervisor-1' }] });
  });

  it('pages a unit’s cases newest first, by cursor or offset, and filters by status', async () => {
    const unit = 'paging-test-unit';
    token[unit] = await signDevToken({ roles: ['unit'], unitId: unit });
    const created: string[] = [];
    for (let i = 0; i < 5; i += 1) created.push((await assignedCase({ leadUnitId: unit })).petitionId);

    const seen: { petitionId: string; assignedAt: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await get(`/api/v1/cases?limit=2${cursor ? `&cursor=${cursor}` : ''}`, unit).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((c) => c.petitionId).sort()).toEqual([...created].sort());
    const times = seen.map((c) => new Date(c.assignedAt).getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));

    const second = await get('/api/v1/cases?limit=2&offset=2', unit).expect(200);
    expect(second.body.items.map((c: { petitionId: string }) => c.petitionId)).toEqual(seen.slice(2, 4).map((c) => c.petitionId));

    await post(`/api/v1/cases/${created[1]}/accept`, unit).expect(200);
    const accepted = await get('/api/v1/cases?status=accepted', unit).expect(200);
    expect(accepted.body.items.map((c: { petitionId: string }) => c.petitionId)).toEqual([created[1]]);
    await get('/api/v1/cases?status=lost', unit).expect(400);
    await get('/api/v1/cases?cursor=bm9wZQ&offset=1', unit).expect(400);
  });

  it('requires a token, and a role that may read cases', async () => {
    const { petitionId } = await assignedCase();
    await request(server).get('/api/v1/cases').expect(401);
    await request(server).post(`/api/v1/cases/${petitionId}/accept`).expect(401);
    await get('/api/v1/cases', 'registrar').expect(403);
  });

  it('sends an assignment that breaks the contract to the dead-letter topic and goes on with the next', async () => {
    const bad = eventFor('petition.assigned', uuidv7(), { caseNumber: 'SW-2026-600002' });
    await publish(bad, { ...bad, payload: { ...bad.payload, leadUnitId: 'Not A Unit Id' } });
    const good = await assignedCase();
    const [dead] = await waitUntil(
      () => events.messages.filter((m) => m.topic.endsWith('.dlq') && (m.value as { id?: string }).id === bad.id),
      (found) => found.length === 1,
      { message: 'the invalid assignment in the DLQ' },
    );
    expect(dead.headers['dlq-reason']).toContain('leadUnitId');
    expect(await cases().findOne({ _id: bad.petitionId as never })).toBeNull();
    expect(await cases().findOne({ _id: good.petitionId as never })).not.toBeNull();
  });

  it('documents every endpoint in OpenAPI: a summary, a typed success response, examples on the request bodies', async () => {
    const doc = (await request(server).get('/docs-json').expect(200)).body;
    expect(apiOperations(doc).map((o) => o.name).sort()).toEqual([...EXPECTED_OPERATIONS].sort());
    expect(openApiGaps(doc)).toEqual([]);
  });
});
