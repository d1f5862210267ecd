import request from 'supertest';
import { signDevToken } from '@sunshine/auth';
import { createEvent, parseEvent, type DomainEvent } from '@sunshine/contracts';
import { EventCollector, eventFor, openApiGaps, waitUntil, type TestServiceApp } from '@sunshine/testing';
import type { MongoClient } from 'mongodb';
import { registrations, routingTestKit } from './support/routing-test-kit';

const registered = registrations({ caseNumberBase: 500, correlation: 'c' });

type FeedItem = { id: string; petitionId: string; caseNumber: string; reason: string; read: boolean };

describe('routing: the leaders — their own queues, notifications and instructions at any stage', () => {
  const routing = routingTestKit('routing-leaders');
  const { namespace, publish } = routing;
  let service: TestServiceApp;
  let out: EventCollector;
  let mongo: MongoClient;
  const tokens: Record<'secretary' | 'head' | 'deputy' | 'anyLeader' | 'jointOffice' | 'unit' | 'channel', string> = {} as never;

  const record = (petitionId: string) => mongo.db(`${namespace}_routing`).collection('routing_petitions').findOne({ _id: petitionId as never });
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const queueOf = async (token: string) =>
    ((await request(service.server).get('/api/v1/instructions').set(auth(token)).expect(200)).body.items as { petitionId: string; leaderId?: string }[]);
  const feedOf = async (token: string, query = '') => ((await request(service.server).get(`/api/v1/notifications${query}`).set(auth(token)).expect(200)).body.items as FeedItem[]);

  beforeAll(async () => {
    ({ service, out, mongo } = await routing.start());
    tokens.secretary = await signDevToken({ roles: ['leader'], leaderId: 'party-secretary' });
    tokens.head = await signDevToken({ roles: ['leader'], leaderId: 'district-head' });
    tokens.deputy = await signDevToken({ roles: ['leader'], leaderId: 'leader-deputy-head-1' });
    tokens.anyLeader = await signDevToken({ roles: ['leader'], subject: 'leader-without-id' });
    tokens.jointOffice = await signDevToken({ roles: ['joint-office'] });
    tokens.unit = await signDevToken({ roles: ['unit'], unitId: 'education-bureau' });
    tokens.channel = await signDevToken({ roles: ['channel'] });
  }, 120_000);

  afterAll(() => routing.stop());

  it('lists the leader catalogue to staff, and not to a channel or without a token', async () => {
    const { body } = await request(service.server).get('/api/v1/leaders').set(auth(tokens.unit)).expect(200);
    expect(body.leaders).toEqual(
      expect.arrayContaining([
        { id: 'party-secretary', name: '区委书记', office: '区委', mailbox: 'secretary-mailbox' },
        { id: 'district-head', name: '区长', office: '区政府', mailbox: 'head-mailbox' },
        expect.objectContaining({ id: 'leader-deputy-head-1' }),
      ]),
    );
    await request(service.server).get('/api/v1/leaders').set(auth(tokens.channel)).expect(403);
    await request(service.server).get('/api/v1/leaders').expect(401);
  });

  it('puts a letter to the Secretary’s mailbox in the Party secretary’s queue and not in the district head’s; only she instructs it', async () => {
    const event = registered({ channel: 'secretary-mailbox', subject: '孩子上学难', text: '小区附近小学学位紧张，孩子无法就近入学，希望教育部门统筹解决入学问题。' });
    await publish(event);
    const [requested] = await out.waitFor('petition.instruction-requested', event.petitionId!);
    expect(parseEvent(requested).ok).toBe(true);
    expect(requested.payload).toMatchObject({ leaderId: 'party-secretary', reasons: expect.arrayContaining(['leader-mailbox']) });

    expect((await queueOf(tokens.secretary)).find((i) => i.petitionId === event.petitionId)).toMatchObject({ leaderId: 'party-secretary' });
    expect((await queueOf(tokens.head)).map((i) => i.petitionId)).not.toContain(event.petitionId);
    expect((await queueOf(tokens.jointOffice)).map((i) => i.petitionId)).toContain(event.petitionId);

    const instruction = { decision: 'approve', instruction: '请区教育局统筹学位，十日内答复群众。' };
    const refused = await request(service.server).post(`/api/v1/instructions/${event.petitionId}`).set(auth(tokens.head)).send(instruction).expect(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'INSTRUCTION.OTHER_LEADER' });
    await request(service.server).post(`/api/v1/instructions/${event.petitionId}`).set(auth(tokens.anyLeader)).send(instruction).expect(403);
    const undecided = await request(service.server)
      .post(`/api/v1/instructions/${event.petitionId}`)
      .set(auth(tokens.secretary))
      .send({ instruction: instruction.instruction })
      .expect(400);
    expect(undecided.body).toMatchObject({ code: 'INSTRUCTION.DECISION_REQUIRED' });
    expect(await record(event.petitionId!)).toMatchObject({ status: 'awaiting-instruction' });
    expect(out.events('petition.instructed', event.petitionId!)).toHaveLength(0);

    const done = await request(service.server).post(`/api/v1/instructions/${event.petitionId}`).set(auth(tokens.secretary)).send(instruction).expect(200);
    expect(done.body).toMatchObject({ status: 'assigned', assignment: { leadUnitId: 'education-bureau' } });
    const [instructed] = await out.waitFor('petition.instructed', event.petitionId!);
    expect(instructed.payload).toMatchObject({ leaderId: 'party-secretary', decision: 'approve' });
    await out.waitFor('petition.assigned', event.petitionId!);
  });

  it('notifies the Party secretary and the district head of an urgent petition, once each, in their own feeds', async () => {
    const event = registered({ subject: '讨要工资无果', text: '工地老板拖欠我们十几个农民工工资半年了，再不给钱我就去跳楼，不想活了。' });
    await publish(event);
    const [escalated] = await out.waitFor('petition.escalated', event.petitionId!);
    expect(escalated.payload).toMatchObject({ reason: 'urgent', leaderIds: ['party-secretary', 'district-head'] });

    const secretaryFeed = await waitUntil(() => feedOf(tokens.secretary), (items) => items.some((i) => i.petitionId === event.petitionId));
    const mine = secretaryFeed.find((i) => i.petitionId === event.petitionId)!;
    expect(mine).toMatchObject({ caseNumber: (event.payload as { caseNumber: string }).caseNumber, reason: 'urgent', reasonLabel: { 'zh-CN': '紧急', en: 'Urgent' }, read: false });
    expect(mine).not.toHaveProperty('petitionerRef');
    expect(JSON.stringify(mine)).not.toContain((event.payload as { petitionerRef: string }).petitionerRef);
    await waitUntil(() => feedOf(tokens.head), (items) => items.some((i) => i.petitionId === event.petitionId));
    expect((await feedOf(tokens.deputy)).map((i) => i.petitionId)).not.toContain(event.petitionId);
    expect(await feedOf(tokens.anyLeader)).toEqual([]);
    await request(service.server).get('/api/v1/notifications').set(auth(tokens.unit)).expect(403);

    // A redelivered escalation adds no row; a later escalation of the same petition (same partition) shows it was read.
    await publish(escalated as unknown as DomainEvent);
    const later = createEvent('petition.escalated', { petitionId: event.petitionId! }, { ...escalated.payload, leaderIds: ['leader-deputy-head-1'] } as never, { producer: 'routing', correlationId: 'later' });
    await publish(later);
    await waitUntil(() => feedOf(tokens.deputy), (items) => items.some((i) => i.petitionId === event.petitionId));
    const rows = await mongo.db(`${namespace}_routing`).collection('leader_notifications').find({ petitionId: event.petitionId }).toArray();
    expect(rows.map((r) => r.leaderId).sort()).toEqual(['district-head', 'leader-deputy-head-1', 'party-secretary']);

    // Read: only by the leader whose row it is.
    await request(service.server).post(`/api/v1/notifications/${encodeURIComponent(mine.id)}/read`).set(auth(tokens.head)).expect(404);
    await request(service.server).post('/api/v1/notifications/not-an-id/read').set(auth(tokens.secretary)).expect(404);
    const read = await request(service.server).post(`/api/v1/notifications/${encodeURIComponent(mine.id)}/read`).set(auth(tokens.secretary)).expect(200);
    expect(read.body).toMatchObject({ id: mine.id, read: true, readAt: expect.any(String) });
    expect((await feedOf(tokens.secretary, '?unreadOnly=true')).map((i) => i.id)).not.toContain(mine.id);
    expect((await feedOf(tokens.head, '?unreadOnly=true')).map((i) => i.petitionId)).toContain(event.petitionId);
  });

  it('records a leader’s instruction on a case already assigned and publishes petition.leader-instructed, reassigning nothing', async () => {
    const event = registered({ subject: '公交站台雨棚损坏', text: '滨江路公交站台的雨棚坏了，下雨天候车的乘客无处避雨。' });
    await publish(event);
    const [assigned] = await out.waitFor('petition.assigned', event.petitionId!);
    const url = `/api/v1/instructions/${event.petitionId}`;

    await request(service.server).post(url).set(auth(tokens.head)).send({ instruction: '' }).expect(400);
    await request(service.server).post(url).set(auth(tokens.head)).send({ decision: 'approve', instruction: '同意。' }).expect(409);
    const moved = await request(service.server).post(url).set(auth(tokens.head)).send({ instruction: '改由住建局办理。', leadUnitId: 'housing-construction-bureau' }).expect(400);
    expect(moved.body).toMatchObject({ code: 'INSTRUCTION.ASSIGNMENT_NEEDS_DECISION' });
    await request(service.server).post(url).set(auth(tokens.unit)).send({ instruction: '请加快办理。' }).expect(403);
    expect(out.events('petition.leader-instructed', event.petitionId!)).toHaveLength(0);

    const done = await request(service.server).post(url).set(auth(tokens.head)).send({ instruction: '请区教育局加快办理，三日内向我报告进展。' }).expect(200);
    expect(done.body).toMatchObject({ status: 'assigned', assignment: { leadUnitId: (assigned.payload as { leadUnitId: string }).leadUnitId } });
    const [instructed] = await out.waitFor('petition.leader-instructed', event.petitionId!);
    expect(parseEvent(instructed).ok).toBe(true);
    expect(instructed.payload).toMatchObject({ leaderId: 'district-head', instruction: '请区教育局加快办理，三日内向我报告进展。', caseNumber: (event.payload as { caseNumber: string }).caseNumber });
    expect(await record(event.petitionId!)).toMatchObject({ status: 'assigned', leaderInstructions: [{ leaderId: 'district-head' }] });

    // Replied: still open to an instruction. Withdrawn: no case to instruct.
    await publish(eventFor('case.replied', event.petitionId!));
    await waitUntil(() => record(event.petitionId!), (doc) => doc?.status === 'replied');
    await request(service.server).post(url).set(auth(tokens.secretary)).send({ instruction: '答复不够具体，请补充说明。' }).expect(200);
    await waitUntil(() => Promise.resolve(out.events('petition.leader-instructed', event.petitionId!)), (events) => events.length === 2);
    await publish(eventFor('petition.withdrawn', event.petitionId!));
    await waitUntil(() => record(event.petitionId!), (doc) => doc?.status === 'withdrawn');
    const closed = await request(service.server).post(url).set(auth(tokens.secretary)).send({ instruction: '再查。' }).expect(409);
    expect(closed.body).toMatchObject({ code: 'INSTRUCTION.CASE_NOT_OPEN' });
    expect(out.events('petition.reassigned', event.petitionId!)).toHaveLength(0);
    expect(out.events('petition.assigned', event.petitionId!)).toHaveLength(1);
  });

  it('documents the leaders’, instructions’ and notifications’ endpoints in OpenAPI', async () => {
    const { body } = await request(service.server).get('/docs-json').expect(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/v1/leaders', '/api/v1/notifications', '/api/v1/notifications/{id}/read']));
    expect(openApiGaps(body)).toEqual([]);
  });
});
