import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { MongoClient } from 'mongodb';
import { signDevToken } from '@sunshine/auth';
import { Topics } from '@sunshine/contracts';
import { physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, startServiceApp, testKafka, testNamespace, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const valid: Record<string, { path: string; role: 'registrar' | 'channel'; body: Record<string, unknown>; text: string }> = {
  hotline: {
    path: '/api/v1/channels/hotline/calls',
    role: 'registrar',
    text: 'summary',
    body: {
      callerNumber: '13881302211',
      callStartedAt: '2026-01-05T09:00:00+08:00',
      durationSeconds: 60,
      subject: '路灯不亮',
      summary: '滨江路路灯连续一周不亮。',
    },
  },
  mailbox: {
    path: '/api/v1/channels/mailboxes/head/messages',
    role: 'channel',
    text: 'body',
    body: {
      messageId: '<valid-1@mail.example.cn>',
      from: { address: 'citizen@example.cn' },
      subject: '路灯不亮',
      body: '滨江路路灯连续一周不亮。',
      receivedAt: '2026-01-05T09:00:00+08:00',
    },
  },
  upperLevel: {
    path: '/api/v1/channels/upper-level/items',
    role: 'channel',
    text: 'text',
    body: {
      source: 'municipal-bureau',
      sourceRef: 'LS-2026-0001',
      transferKind: 'transfer',
      subject: '路灯不亮',
      text: '滨江路路灯连续一周不亮。',
      transferredAt: '2026-01-05T09:00:00+08:00',
    },
  },
};

/** The fixture message with one more attachment: a PDF of the given size (base64 in the message). */
function emlWithPdf(bytes: number, messageId: string): Buffer {
  const eml = readFileSync(join(__dirname, 'fixtures/secretary-mailbox-waterlogging.eml'), 'utf8');
  const boundary = '------=_NextPart_001_0000_01DB4F7A.2C3B1A20';
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes, 0x20)]).toString('base64').replace(/.{76}/g, '$&\r\n');
  const part = `${boundary}\r\nContent-Type: application/pdf; name="scan.pdf"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="scan.pdf"\r\n\r\n${pdf}\r\n\r\n${boundary}--`;
  return Buffer.from(eml.replace(/^Message-ID: .*$/m, `Message-ID: <${messageId}>`).replace(`${boundary}--`, part));
}

describe('intake channels refuse what they must, and store nothing when they do', () => {
  const namespace = testNamespace('chanval');
  let service: TestServiceApp;
  let events: EventCollector;
  let mongo: MongoClient;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace);
    events = await new EventCollector(testKafka(namespace), [physicalTopic({ namespace }, Topics.intake)]).start();
    mongo = await connectMongo();
    token.registrar = await signDevToken({ roles: ['registrar'] });
    token.channel = await signDevToken({ roles: ['channel'] });
    token.unit = await signDevToken({ roles: ['unit'], unitId: 'housing-bureau' });
  });

  afterAll(async () => {
    await events?.stop();
    await service?.close();
    await mongo?.db(`${namespace}_intake`).dropDatabase();
    await mongo?.close();
  });

  const send = (route: (typeof valid)[string], body: unknown, who: string = route.role) =>
    request(service.server).post(route.path).set('Authorization', `Bearer ${token[who]}`).set('Content-Type', 'application/json').send(body as object);

  describe.each(Object.entries(valid))('%s', (_name, route) => {
    it('answers 401 without a token and 403 to a unit’s token', async () => {
      await request(service.server).post(route.path).send(route.body).expect(401);
      const forbidden = await send(route, route.body, 'unit').expect(403);
      expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');
    });

    it('refuses unknown fields, wrong types, operator objects, __proto__ keys and a text over 10,000 characters', async () => {
      const unknown = await send(route, { ...route.body, priority: 'high' }).expect(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'priority', code: 'whitelistValidation' })]);
      const wrongType = await send(route, { ...route.body, subject: 42 }).expect(400);
      expect(wrongType.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'subject', code: 'isString' })]));
      const operator = await send(route, { ...route.body, subject: { $ne: null } }).expect(400);
      expect(operator.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'subject' })]));
      const proto = await send(route, `{"__proto__":{"admin":true},${JSON.stringify(route.body).slice(1)}`).expect(400);
      expect(proto.body.code).toBe('REQUEST.VALIDATION_FAILED');
      const long = await send(route, { ...route.body, [route.text]: '长'.repeat(10_001) }).expect(400);
      expect(long.body.errors).toEqual([expect.objectContaining({ field: route.text, code: 'maxLength' })]);
    });

    it('answers 413 to a JSON body over 1 MB', async () => {
      const huge = await send(route, { ...route.body, [route.text]: 'x'.repeat(1_100_000) }).expect(413);
      expect(huge.headers['content-type']).toContain('application/problem+json');
    });
  });

  it('takes a raw message far over the 1 MB JSON limit on the .eml route, and refuses one over 25 MB with 413', async () => {
    const eml = (bytes: number, id: string) =>
      request(service.server)
        .post('/api/v1/channels/mailboxes/head/eml')
        .set('Authorization', `Bearer ${token.channel}`)
        .set('Content-Type', 'message/rfc822')
        .send(emlWithPdf(bytes, id));
    const tooLarge = await eml(20 * 1024 * 1024, 'too-large@mail.example.cn').expect(413);
    expect(tooLarge.body.code).toBe('MAILBOX.EML_TOO_LARGE');
    const forbidden = await request(service.server)
      .post('/api/v1/channels/mailboxes/head/eml')
      .set('Authorization', `Bearer ${token.unit}`)
      .set('Content-Type', 'message/rfc822')
      .send(emlWithPdf(10, 'unit@mail.example.cn'))
      .expect(403);
    expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');
    const big = await eml(2 * 1024 * 1024, 'big@mail.example.cn').expect(201);
    expect(big.body.attachments.map((a: { contentType: string }) => a.contentType)).toEqual(['image/jpeg', 'application/pdf']);
    await events.waitFor('petition.registered', big.body.petitionId);
  });

  it('stored no petition and published no event for any refused request', async () => {
    const accepted = await send(valid.upperLevel, { ...valid.upperLevel.body, sourceRef: 'LS-2026-OK' }).expect(201);
    await events.waitFor('petition.registered', accepted.body.petitionId);
    // Two accepted requests in this file: the 2 MB message above and this item.
    expect(await mongo.db(`${namespace}_intake`).collection('petitions').countDocuments()).toBe(2);
    expect(events.events('petition.registered')).toHaveLength(2);
  });
});
