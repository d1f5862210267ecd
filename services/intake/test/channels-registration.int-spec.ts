import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { MongoClient } from 'mongodb';
import { signDevToken } from '@sunshine/auth';
import { parseEvent, Taxonomy, Topics } from '@sunshine/contracts';
import { physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, startServiceApp, testKafka, testNamespace, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const CALLER = '13881302211';
const ID_NUMBER = '11010519491231002X';
const CALLER_NAME = '李秀英';
const EML = readFileSync(join(__dirname, 'fixtures/secretary-mailbox-waterlogging.eml'));

const [level1] = Taxonomy.level1();
const [level2] = Taxonomy.level2(level1);

const call = (overrides: Record<string, unknown> = {}) => ({
  callerNumber: '138 8130 2211',
  callStartedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
  durationSeconds: 312,
  subject: '嘉农镇杨柳村自来水停水三天',
  summary: `来电人${CALLER_NAME}反映：杨柳村3组自11月23日起停水，至今已三天，村里老人多，生活用水困难。回电请拨${CALLER}。`,
  caller: { name: CALLER_NAME, idNumber: ID_NUMBER, address: '沙湾区嘉农镇杨柳村3组' },
  kind: 'request',
  category: { level1, level2 },
  area: 'town-jianong',
  ...overrides,
});

const mail = (overrides: Record<string, unknown> = {}) => ({
  messageId: '<20261126083012.4711@mail.example.cn>',
  from: { name: '王建国', address: 'WangJianguo@example.cn' },
  subject: '滨江路人行道积水严重，请尽快疏通',
  body: '书记您好：滨江路嘉州花园门口的人行道每逢下雨就积水，最深处没过脚踝。我的邮箱 wangjianguo@example.cn，电话13981234567。',
  receivedAt: new Date(Date.now() - 60_000).toISOString(),
  ...overrides,
});

const item = (overrides: Record<string, unknown> = {}) => ({
  source: 'national-bureau',
  sourceRef: 'GJXF-2026-1126-00042',
  transferKind: 'assign',
  subject: '沙湾区某小区业主反映物业公司违规收取停车费',
  text: '信访人反映：所住小区物业公司自2026年9月起对业主车位加收每月100元管理费，未经业主大会同意，请求查处并退还。',
  petitioner: { name: '赵明', phone: '13700001111' },
  dueBy: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  transferredAt: new Date(Date.now() - 3_600_000).toISOString(),
  ...overrides,
});

describe('intake channels: hotline, leaders’ mailboxes and upper-level items become petition.registered', () => {
  const namespace = testNamespace('channels');
  let service: TestServiceApp;
  let events: EventCollector;
  let mongo: MongoClient;
  const token: Record<string, string> = {};
  const db = () => mongo.db(`${namespace}_intake`);
  const countPetitions = () => db().collection('petitions').countDocuments();

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace);
    events = await new EventCollector(testKafka(namespace), [physicalTopic({ namespace }, Topics.intake)]).start();
    mongo = await connectMongo();
    token.operator = await signDevToken({ roles: ['registrar'], subject: 'op-0142' });
    token.gateway = await signDevToken({ roles: ['channel'], subject: 'mail-gateway' });
  });

  afterAll(async () => {
    await events?.stop();
    await service?.close();
    await db()?.dropDatabase();
    await mongo?.close();
  });

  const post = (path: string, who: string) => request(service.server).post(path).set('Authorization', `Bearer ${token[who]}`);

  describe('hotline (电话热线)', () => {
    it('registers the operator’s call with the caller as petitioner, and reads out case number, query code and the 15-day promise', async () => {
      const started = new Date(Date.now() - 20 * 60_000);
      const response = await post('/api/v1/channels/hotline/calls', 'operator').send(call({ callStartedAt: started.toISOString() })).expect(201);
      const receipt = response.body;
      expect(receipt.caseNumber).toMatch(/^SW-\d{4}-\d{6}$/);
      const [a, b] = (receipt.queryCode as string).split('-');
      expect(receipt.readOut['zh-CN']).toContain(receipt.caseNumber);
      expect(receipt.readOut['zh-CN']).toContain(`${[...a].join('、')}，横杠，${[...b].join('、')}`);
      expect(receipt.readOut['zh-CN']).toContain('十五日内');
      expect(receipt.readOut.en).toContain('within 15 days');

      const [event] = await events.waitFor('petition.registered', receipt.petitionId);
      expect(parseEvent(event).ok).toBe(true);
      expect(event.payload).toMatchObject({
        caseNumber: receipt.caseNumber,
        channel: 'hotline',
        kindHint: 'request',
        categoryHint: { level1, level2 },
        area: 'town-jianong',
        receivedAt: started.toISOString(),
        anonymous: false,
        attachments: [],
      });
      expect((event.payload as { petitionerKeys: Record<string, string> }).petitionerKeys).toEqual({
        phone: expect.any(String),
        idNumber: expect.any(String),
        nameAddress: expect.any(String),
      });
      const raw = JSON.stringify(event);
      for (const secret of [CALLER, '8130 2211', ID_NUMBER, CALLER_NAME, '沙湾区嘉农镇杨柳村3组']) expect(raw).not.toContain(secret);
      expect(event.payload.text).toContain('138****2211');

      const stored = await db().collection('petitions').findOne({ _id: receipt.petitionId });
      expect(JSON.stringify(stored)).not.toMatch(new RegExp(`${CALLER}|${ID_NUMBER}|${CALLER_NAME}`));
      const logged = await db().collection('hotline_calls').findOne({ _id: receipt.petitionId });
      expect(logged).toMatchObject({ caseNumber: receipt.caseNumber, operatorId: 'op-0142', durationSeconds: 312 });
    });

    it('refuses a call whose body names another operator, and stores nothing', async () => {
      const before = await countPetitions();
      const refused = await post('/api/v1/channels/hotline/calls', 'operator').send(call({ operatorId: 'op-9999' })).expect(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.code).toBe('HOTLINE.OPERATOR_MISMATCH');
      await post('/api/v1/channels/hotline/calls', 'operator').send(call({ operatorId: 'op-0142' })).expect(201);
      expect(await countPetitions()).toBe(before + 1);
    });

    it('replays the receipt for a repeated Idempotency-Key of the same operator, and refuses the key with another call', async () => {
      const key = `call-${namespace}`;
      const body = call();
      const first = await post('/api/v1/channels/hotline/calls', 'operator').set('Idempotency-Key', key).send(body).expect(201);
      const again = await post('/api/v1/channels/hotline/calls', 'operator').set('Idempotency-Key', key).send(body).expect(201);
      expect(again.body).toEqual(first.body);
      const conflict = await post('/api/v1/channels/hotline/calls', 'operator').set('Idempotency-Key', key).send(call({ subject: '另一通来电' })).expect(409);
      expect(conflict.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      await events.waitFor('petition.registered', first.body.petitionId);
      expect(events.events('petition.registered', first.body.petitionId)).toHaveLength(1);
    });

    it('refuses a call that starts in the future and a category the taxonomy does not have', async () => {
      const future = await post('/api/v1/channels/hotline/calls', 'operator')
        .send(call({ callStartedAt: new Date(Date.now() + 3_600_000).toISOString() }))
        .expect(400);
      expect(future.body.errors).toEqual([expect.objectContaining({ field: 'callStartedAt', code: 'notInFuture' })]);
      const unknown = await post('/api/v1/channels/hotline/calls', 'operator').send(call({ category: { level1, level2: '不存在的分类' } })).expect(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'category', code: 'isKnownCategory' })]);
    });
  });

  describe('leaders’ mailboxes (书记信箱 / 区长信箱)', () => {
    it('registers a JSON message with the sender sealed, and a re-delivery of the same Message-ID returns the same receipt', async () => {
      const first = await post('/api/v1/channels/mailboxes/secretary/messages', 'gateway').send(mail()).expect(201);
      expect(first.body).toMatchObject({ channel: 'secretary-mailbox', messageId: '20261126083012.4711@mail.example.cn', attachments: [], ignoredAttachments: [] });
      // The gateway re-delivers the message later, stamping a new received-at time.
      const again = await post('/api/v1/channels/mailboxes/secretary/messages', 'gateway')
        .send(mail({ messageId: '20261126083012.4711@mail.example.cn', receivedAt: new Date().toISOString() }))
        .expect(201);
      expect(again.body).toEqual(first.body);

      const [event] = await events.waitFor('petition.registered', first.body.petitionId);
      expect(event.payload).toMatchObject({ channel: 'secretary-mailbox', sourceRef: expect.stringMatching(/^message-id:[0-9a-f]{64}$/) });
      expect((event.payload as { petitionerKeys: Record<string, string> }).petitionerKeys.email).toEqual(expect.any(String));
      const raw = JSON.stringify(event);
      for (const secret of ['wangjianguo@example.cn', 'WangJianguo', '王建国', '13981234567']) expect(raw).not.toContain(secret);
      expect(events.events('petition.registered').filter((e) => e.payload.caseNumber === first.body.caseNumber)).toHaveLength(1);
      expect(await db().collection('petitions').countDocuments({ caseNumber: first.body.caseNumber })).toBe(1);
    });

    it('refuses the same Message-ID with other content (409), and keeps the two mailboxes apart', async () => {
      const before = await countPetitions();
      const conflict = await post('/api/v1/channels/mailboxes/secretary/messages', 'gateway').send(mail({ body: '完全不同的内容。' })).expect(409);
      expect(conflict.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      expect(await countPetitions()).toBe(before);
      const head = await post('/api/v1/channels/mailboxes/head/messages', 'gateway').send(mail()).expect(201);
      expect(head.body.channel).toBe('head-mailbox');
      const [event] = await events.waitFor('petition.registered', head.body.petitionId);
      expect(event.payload.channel).toBe('head-mailbox');
    });

    it('registers a raw .eml: sender, encoded-word subject and UTF-8 text parsed, the JPEG stored and claimed, the text file reported', async () => {
      const response = await post('/api/v1/channels/mailboxes/secretary/eml', 'gateway').set('Content-Type', 'message/rfc822').send(EML).expect(201);
      const receipt = response.body;
      expect(receipt).toMatchObject({
        channel: 'secretary-mailbox',
        messageId: '20261126083012.5F3A2C1B@mail.example.cn',
        attachments: [{ id: expect.stringMatching(/^[0-9a-f]{24}$/), filename: '积水照片.jpg', contentType: 'image/jpeg', size: 751 }],
        ignoredAttachments: [{ filename: '情况说明.txt', reason: 'unsupported-type' }],
      });
      const [event] = await events.waitFor('petition.registered', receipt.petitionId);
      expect(parseEvent(event).ok).toBe(true);
      expect(event.payload).toMatchObject({
        channel: 'secretary-mailbox',
        subject: '滨江路嘉州花园门口人行道长期积水，请求疏通排水管道',
        receivedAt: '2026-11-26T00:30:12.000Z',
        attachments: [{ id: receipt.attachments[0].id, contentType: 'image/jpeg', size: 751 }],
      });
      expect(event.payload.text).toContain('最深处没过脚踝');
      expect(event.payload.text).toContain('139****4567');
      const raw = JSON.stringify(event);
      for (const secret of ['wangjianguo@example.cn', '王建国', '13981234567']) expect(raw).not.toContain(secret);

      const file = await db().collection('attachments.files').findOne({ _id: new (await import('mongodb')).ObjectId(receipt.attachments[0].id) });
      expect(file?.metadata).toMatchObject({ contentType: 'image/jpeg', claimedBy: receipt.petitionId });

      // Re-delivered by the gateway: the same receipt, no second petition, no second upload.
      const files = await db().collection('attachments.files').countDocuments();
      const again = await post('/api/v1/channels/mailboxes/secretary/eml', 'gateway').set('Content-Type', 'message/rfc822').send(EML).expect(201);
      expect(again.body).toEqual(receipt);
      expect(await db().collection('attachments.files').countDocuments()).toBe(files);
      expect(await db().collection('petitions').countDocuments({ caseNumber: receipt.caseNumber })).toBe(1);
    });

    it('refuses a raw message of another content type (415), one without Message-ID (400), and an unknown mailbox (400)', async () => {
      const before = await countPetitions();
      await post('/api/v1/channels/mailboxes/secretary/eml', 'gateway').set('Content-Type', 'text/plain').send(EML.toString('utf8')).expect(415);
      const withoutId = EML.toString('utf8').replace(/^Message-ID: .*\r\n/m, '');
      const noId = await post('/api/v1/channels/mailboxes/secretary/eml', 'gateway').set('Content-Type', 'message/rfc822').send(Buffer.from(withoutId)).expect(400);
      expect(noId.body.code).toBe('MAILBOX.EML_UNREADABLE');
      await post('/api/v1/channels/mailboxes/mayor/messages', 'gateway').send(mail()).expect(400);
      expect(await countPetitions()).toBe(before);
    });
  });

  describe('upper-level items (上级转送/交办)', () => {
    it('carries source reference and the upper office’s deadline; a re-send returns the same receipt, other content under the reference is 409', async () => {
      const body = item();
      const first = await post('/api/v1/channels/upper-level/items', 'gateway').send(body).expect(201);
      expect(first.body).toMatchObject({ sourceRef: 'national-bureau:GJXF-2026-1126-00042', dueBy: body.dueBy });
      const again = await post('/api/v1/channels/upper-level/items', 'gateway').send(body).expect(201);
      expect(again.body).toEqual(first.body);
      const conflict = await post('/api/v1/channels/upper-level/items', 'gateway').send(item({ text: '另一件事。' })).expect(409);
      expect(conflict.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      // Another source may use the same number.
      const province = await post('/api/v1/channels/upper-level/items', 'gateway').send(item({ source: 'provincial-leader-mailbox', transferKind: 'transfer', dueBy: undefined })).expect(201);
      expect(province.body.caseNumber).not.toBe(first.body.caseNumber);

      const [event] = await events.waitFor('petition.registered', first.body.petitionId);
      expect(event.payload).toMatchObject({
        channel: 'upper-level',
        sourceRef: 'national-bureau:GJXF-2026-1126-00042',
        dueBy: body.dueBy,
        receivedAt: body.transferredAt,
      });
      expect(JSON.stringify(event)).not.toMatch(/13700001111|赵明/);
      expect(events.events('petition.registered', first.body.petitionId)).toHaveLength(1);
      const record = await db().collection('upper_level_items').findOne({ _id: 'national-bureau:GJXF-2026-1126-00042' as never });
      expect(record).toMatchObject({ caseNumber: first.body.caseNumber, transferKind: 'assign' });
    });

    it('refuses a deadline in the past and an assignment without deadline, storing nothing', async () => {
      const before = await countPetitions();
      const past = await post('/api/v1/channels/upper-level/items', 'gateway')
        .send(item({ sourceRef: 'GJXF-PAST', dueBy: new Date(Date.now() - 86_400_000).toISOString() }))
        .expect(400);
      expect(past.body.errors).toEqual([expect.objectContaining({ field: 'dueBy', code: 'inFuture' })]);
      const missing = await post('/api/v1/channels/upper-level/items', 'gateway').send(item({ sourceRef: 'GJXF-NODUE', dueBy: undefined })).expect(400);
      expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'dueBy' })]);
      expect(await countPetitions()).toBe(before);
    });
  });
});
