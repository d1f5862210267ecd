import request from 'supertest';
import type { MongoClient } from 'mongodb';
import { Topics } from '@sunshine/contracts';
import { physicalTopic } from '@sunshine/messaging';
import { connectMongo, readTopic, startServiceApp, testKafka, testNamespace, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const good = { subject: '路灯不亮', text: '滨河路路灯坏了一个月。', petitioner: { name: '张三', phone: '13812345678' } };

describe('intake: bad input is refused with a clear 4xx and changes nothing', () => {
  const namespace = testNamespace('badinput');
  let service: TestServiceApp;
  let mongo: MongoClient;

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { INTAKE_PUBLIC_RATE_LIMIT: '100000' });
    mongo = await connectMongo();
  });

  afterAll(async () => {
    await service?.close();
    await mongo?.db(`${namespace}_intake`).dropDatabase();
    await mongo?.close();
  });

  const post = (body: string | object, type = 'application/json') =>
    request(service.server)
      .post('/api/v1/petitions')
      .set('Content-Type', type)
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  interface Case {
    what: string;
    body: string | object;
    status: number;
    code: string;
    field?: string;
    key?: string;
  }
  const cases: Case[] = [
    { what: 'malformed JSON', body: '{"subject": "路灯", "text": ', status: 400, code: 'REQUEST.MALFORMED_JSON' },
    { what: 'a number where text belongs', body: { ...good, subject: 12345 }, status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'subject' },
    { what: 'an unknown field', body: { ...good, status: 'closed' }, status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'status' },
    { what: 'a Mongo operator in a text field', body: { ...good, subject: { $ne: null } }, status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'subject' },
    { what: 'a Mongo operator in a nested field', body: { ...good, petitioner: { phone: { $gt: '' } } }, status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'petitioner.phone' },
    { what: 'a __proto__ key', body: '{"subject":"路灯","text":"坏了","__proto__":{"admin":true}}', status: 400, code: 'REQUEST.VALIDATION_FAILED', field: '__proto__' },
    { what: 'a nested constructor key', body: '{"subject":"路灯","text":"坏了","petitioner":{"constructor":{"prototype":{}}}}', status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'petitioner.constructor' },
    { what: 'an ID number with a wrong check digit', body: { ...good, petitioner: { ...good.petitioner, idNumber: '110105194912310021' } }, status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'petitioner.idNumber' },
    { what: 'a phone number that is none', body: { ...good, petitioner: { phone: '12345' } }, status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'petitioner.phone' },
    { what: 'a text over 10,000 characters', body: { ...good, text: '长'.repeat(10_001) }, status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'text' },
    { what: 'an empty subject', body: { ...good, subject: '' }, status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'subject' },
    { what: 'control characters', body: { ...good, subject: 'a\u0000b' }, status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'subject' },
    { what: 'a body over 1 MB', body: { ...good, text: 'x'.repeat(1_100_000) }, status: 413, code: 'REQUEST.TOO_LARGE' },
    { what: 'an array instead of an object', body: [good], status: 400, code: 'REQUEST.VALIDATION_FAILED', field: '' },
    { what: 'attachment ids that are not ids', body: { ...good, attachmentIds: ['../../etc/passwd'] }, status: 400, code: 'REQUEST.VALIDATION_FAILED', field: 'attachmentIds' },
    { what: 'an unusable Idempotency-Key', body: good, status: 400, code: 'IDEMPOTENCY.KEY_INVALID', key: 'no spaces allowed here' },
  ];

  it.each(cases)('$what → $status $code', async ({ body, status, code, field, key }) => {
    const call = post(body);
    if (key) call.set('Idempotency-Key', key);
    const response = await call;
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status, code, type: expect.stringMatching(/^urn:/), title: expect.any(String) });
    expect(response.body.i18n['zh-CN'].title).toBeTruthy();
    expect(response.body.i18n.en.title).toBeTruthy();
    if (field !== undefined) {
      const error = response.body.errors.find((e: { field: string }) => e.field === field);
      expect(error).toBeDefined();
      expect(error.message['zh-CN']).toBeTruthy();
      expect(error.message.en).toBeTruthy();
      expect(JSON.stringify(response.body.errors)).not.toContain('undefined');
    }
  });

  it('answers in English when asked, in Chinese otherwise', async () => {
    const zh = await post({ ...good, subject: 1 });
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(zh.body.title).toBe('请求内容有误');
    const en = await post({ ...good, subject: 1 }).set('Accept-Language', 'en');
    expect(en.body.title).toBe('The request is not valid');
  });

  it('stored nothing and published nothing for any of them', async () => {
    const db = mongo.db(`${namespace}_intake`);
    expect(await db.collection('petitions').countDocuments()).toBe(0);
    expect(await db.collection('case_number_sequences').countDocuments()).toBe(0);
    expect(await readTopic(testKafka(), [physicalTopic({ namespace }, Topics.intake)])).toEqual([]);
    // …and the service still works.
    await post(good).expect(201);
    expect(await db.collection('petitions').countDocuments()).toBe(1);
  });
});
