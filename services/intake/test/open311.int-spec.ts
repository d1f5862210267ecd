import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { XMLParser } from 'fast-xml-parser';
import type { MongoClient } from 'mongodb';
import { parseEvent, Topics } from '@sunshine/contracts';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, eventFor, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service';

const API_KEY = 'test-open311-key-for-georeporter';
const PHONE = '13981230001';
const EMAIL = 'zhang.li@example.cn';
/** The same photo the .eml fixture carries (48×32 JPEG of a waterlogged pavement). */
const PHOTO = readFileSync(join(__dirname, 'fixtures/waterlogging-photo.jpg'));

/** XML as a 311 app reads it: a real parser, list elements always arrays, text kept as text. */
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => ['service', 'request', 'error', 'endpoint', 'format', 'attribute', 'value'].includes(name) });

interface Service {
  service_code: string;
  service_name: string;
  group: string;
  metadata: boolean | string;
  type: string;
}

/** A form body exactly as the spec's example sends it (application/x-www-form-urlencoded). */
function form(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k.replace(/[^[\]]+/g, encodeURIComponent)}=${encodeURIComponent(v).replace(/%20/g, '+')}`)
    .join('&');
}

describe('intake Open311 GeoReport v2 endpoint', () => {
  const namespace = testNamespace('open311');
  const kafka = testKafka(namespace);
  let service: TestServiceApp;
  let events: EventCollector;
  let mongo: MongoClient;
  let services: Service[];
  let ordinary: Service;
  let sealed: Service;

  beforeAll(async () => {
    service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, {
      INTAKE_PUBLIC_RATE_LIMIT: '100000',
      INTAKE_OPEN311_API_KEYS: `other-app-key-0000000,${API_KEY}`,
      INTAKE_OPEN311_ENDPOINT_URL: 'https://xinfang.shawan.gov.cn/open311/v2',
    });
    events = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.intake)]).start();
    mongo = await connectMongo();
    services = (await request(service.server).get('/open311/v2/services.json').expect(200)).body;
    ordinary = services.find((s) => s.group === '城乡建设' && s.service_name === '城市建设和市政管理')!;
    sealed = services.find((s) => s.group === '纪检监察')!;
  });

  afterAll(async () => {
    await events?.stop();
    await service?.close();
    await mongo?.db(`${namespace}_intake`).dropDatabase();
    await mongo?.close();
  });

  const report = (overrides: Record<string, string> = {}) => ({
    api_key: API_KEY,
    jurisdiction_id: 'shawan.gov.cn',
    service_code: ordinary.service_code,
    lat: '29.41470',
    long: '103.54960',
    address_string: '沙湾区滨江路嘉州花园正门外人行道',
    email: EMAIL,
    device_id: 'tt222111',
    account_id: '123456',
    first_name: '丽',
    last_name: '张',
    phone: PHONE,
    description: `人行道上的井盖缺失，晚上看不见，已经有行人踩空摔伤。我是张丽，电话${PHONE}。`,
    media_url: 'https://img.example.cn/reports/4711.jpg',
    'attribute[CONFIDENTIAL]': 'false',
    ...overrides,
  });

  const postForm = (format: 'json' | 'xml', fields: Record<string, string>) =>
    request(service.server).post(`/open311/v2/requests.${format}`).set('Content-Type', 'application/x-www-form-urlencoded; charset=utf-8').send(form(fields));

  const noPersonalData = (text: string) => {
    for (const secret of [PHONE, EMAIL, '张丽', 'tt222111', API_KEY]) expect(text).not.toContain(secret);
  };

  it('JSON round trip: discovery → services → definition → POST → GET by id → token', async () => {
    const discovery = await request(service.server).get('/open311/v2/discovery.json').expect(200);
    expect(discovery.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(discovery.body).toMatchObject({
      changeset: expect.any(String),
      contact: expect.any(String),
      key_service: expect.any(String),
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: 'https://xinfang.shawan.gov.cn/open311/v2',
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    });

    expect(services.length).toBeGreaterThan(100);
    expect(ordinary).toMatchObject({ service_code: expect.stringMatching(/^c-[0-9a-f]{8}$/), metadata: true, type: 'realtime', group: '城乡建设' });
    expect(new Set(services.map((s) => s.service_code)).size).toBe(services.length);
    expect(new Set(services.map((s) => s.service_name)).size).toBe(services.length);

    const definition = await request(service.server).get(`/open311/v2/services/${ordinary.service_code}.json`).query({ jurisdiction_id: 'shawan.gov.cn' }).expect(200);
    expect(definition.body).toMatchObject({
      service_code: ordinary.service_code,
      attributes: [{ code: 'CONFIDENTIAL', variable: true, datatype: 'singlevaluelist', required: false, order: 1, values: [{ key: 'true' }, { key: 'false' }] }],
    });

    const posted = await postForm('json', report()).expect(200);
    expect(posted.headers['content-type']).toBe('application/json; charset=utf-8');
    const [created] = posted.body;
    expect(created).toMatchObject({
      service_request_id: expect.stringMatching(/^SW-\d{4}-\d{6}$/),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      service_notice: expect.stringContaining('查询码'),
      account_id: null,
    });

    const mine = (await waitUntil(
      () => events.events('petition.registered').find((e) => e.payload.caseNumber === created.service_request_id),
      (e) => Boolean(e),
      { message: 'petition.registered of the Open311 request' },
    ))!;
    expect(parseEvent(mine).ok).toBe(true);
    expect(mine.payload).toMatchObject({
      channel: 'open311',
      sourceRef: created.token,
      categoryHint: { level1: '城乡建设', level2: '城市建设和市政管理' },
      location: { lat: 29.4147, long: 103.5496, description: '沙湾区滨江路嘉州花园正门外人行道' },
      confidential: false,
      anonymous: false,
    });
    expect(Object.keys((mine.payload as { petitionerKeys: object }).petitionerKeys).sort()).toEqual(['email', 'phone']);
    expect(mine.payload.text).toContain('https://img.example.cn/reports/4711.jpg');
    noPersonalData(JSON.stringify(mine));

    const one = await request(service.server).get(`/open311/v2/requests/${created.service_request_id}.json`).expect(200);
    expect(one.body).toEqual([
      expect.objectContaining({
        service_request_id: created.service_request_id,
        status: 'open',
        status_notes: '已登记',
        service_code: ordinary.service_code,
        service_name: '城市建设和市政管理',
        address: '沙湾区滨江路嘉州花园正门外人行道',
        lat: 29.4147,
        long: 103.5496,
        media_url: 'https://img.example.cn/reports/4711.jpg',
        requested_datetime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
        description: expect.stringContaining('139****0001'),
      }),
    ]);
    noPersonalData(one.text);

    const token = await request(service.server).get(`/open311/v2/tokens/${created.token}.json`).expect(200);
    expect(token.body).toEqual([{ service_request_id: created.service_request_id, token: created.token }]);
  });

  it('XML round trip with the spec’s element names, parsed by a real XML parser', async () => {
    const discovery = await request(service.server).get('/open311/v2/discovery.xml').expect(200);
    expect(discovery.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(discovery.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml.parse(discovery.text).discovery.endpoints.endpoint[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      formats: { format: ['text/xml', 'application/json'] },
    });

    const list = xml.parse((await request(service.server).get('/open311/v2/services.xml').expect(200)).text);
    expect(list.services.service).toHaveLength(services.length);
    expect(list.services.service).toContainEqual(expect.objectContaining({ service_code: ordinary.service_code, metadata: 'true', type: 'realtime', group: '城乡建设' }));

    const definition = xml.parse((await request(service.server).get(`/open311/v2/services/${sealed.service_code}.xml`).expect(200)).text);
    expect(definition.service_definition.attributes.attribute[0]).toMatchObject({ variable: 'false', code: 'SEALED_NOTICE' });

    const posted = await postForm('xml', report({ description: '路口红绿灯坏了，车辆乱行。', 'attribute[CONFIDENTIAL]': '' })).expect(200);
    expect(posted.headers['content-type']).toBe('text/xml; charset=utf-8');
    const [created] = xml.parse(posted.text).service_requests.request;
    expect(created).toMatchObject({ service_request_id: expect.stringMatching(/^SW-/), token: expect.any(String), service_notice: expect.stringContaining('查询码') });

    const one = xml.parse((await request(service.server).get(`/open311/v2/requests/${created.service_request_id}.xml`).expect(200)).text);
    expect(one.service_requests.request).toEqual([
      expect.objectContaining({ service_request_id: created.service_request_id, status: 'open', service_code: ordinary.service_code, lat: '29.4147', long: '103.5496' }),
    ]);
    const token = xml.parse((await request(service.server).get(`/open311/v2/tokens/${created.token}.xml`).expect(200)).text);
    expect(token.service_requests.request).toEqual([{ service_request_id: created.service_request_id, token: created.token }]);
  });

  it('answers errors in the spec’s format: 403 for a bad or missing api_key, 400 for an unknown service_code, 404 for what does not exist', async () => {
    const badKey = await postForm('xml', report({ api_key: 'not-a-key-at-all-000' })).expect(403);
    expect(badKey.headers['content-type']).toBe('text/xml; charset=utf-8');
    const [error] = xml.parse(badKey.text).errors.error;
    expect(error).toEqual({ code: '403', description: expect.stringContaining('api_key') });

    const missing = await postForm('json', report({ api_key: '' })).expect(403);
    expect(missing.body).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);

    const unknown = await postForm('json', report({ service_code: 'c-00000000' })).set('Accept-Language', 'en').expect(400);
    expect(unknown.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(unknown.body).toEqual([{ code: 400, description: 'service_code not found; see the services list' }]);

    const noLocation = await postForm('xml', report({ lat: '', long: '', address_string: '' })).expect(400);
    expect(xml.parse(noLocation.text).errors.error[0].description).toContain('lat');

    const extra = await postForm('json', report({ priority: 'high' })).expect(400);
    expect(extra.body).toEqual([{ code: 400, description: expect.stringMatching(/^priority: /) }]);

    const invalid = await postForm('json', report({ phone: 'not a phone', email: 'nope' })).expect(400);
    expect(invalid.body.map((e: { description: string }) => e.description.split(':')[0]).sort()).toEqual(['email', 'phone']);

    await request(service.server).get('/open311/v2/services/c-00000000.xml').expect(404);
    const notFound = await request(service.server).get('/open311/v2/requests/SW-2026-999999.json').expect(404);
    expect(notFound.body).toEqual([{ code: 404, description: expect.any(String) }]);
    await request(service.server).get('/open311/v2/tokens/no-such-token.json').expect(404);
    await request(service.server).get('/open311/v2/services.json').query({ jurisdiction_id: 'elsewhere.gov.cn' }).expect(404);
    const html = await request(service.server).get('/open311/v2/services.html').expect(400);
    expect(xml.parse(html.text).errors.error[0].code).toBe('400');
    const proto = await request(service.server).post('/open311/v2/requests.json').send({ ...report(), __proto__: { x: 1 }, constructor: { y: 1 } }).expect(400);
    expect(proto.body[0].code).toBe(400);
    // Even when the body cannot be parsed at all (before any route runs): the spec's format.
    const malformed = await request(service.server).post('/open311/v2/requests.json').set('Content-Type', 'application/json').send('{"api_key":').expect(400);
    expect(malformed.body).toEqual([{ code: 400, description: expect.any(String) }]);
    const oversize = await postForm('xml', report({ description: 'x'.repeat(1_100_000) })).expect(400);
    expect(xml.parse(oversize.text).errors.error[0].code).toBe('400');
    for (const response of [badKey, missing, unknown, noLocation, notFound, malformed, oversize]) expect(response.headers['content-type']).not.toContain('problem+json');
  });

  it('never lists a confidential report or another channel’s petition, and seals 纪检监察 reports whatever the app says', async () => {
    const confidential = (await postForm('json', report({ 'attribute[CONFIDENTIAL]': 'true', description: '反映某单位负责人违规发放补贴。' })).expect(200)).body[0];
    const report311 = (await postForm('json', report({ service_code: sealed.service_code, 'attribute[CONFIDENTIAL]': '', description: '举报某站所工作人员吃拿卡要。' })).expect(200)).body[0];
    const web = (await request(service.server).post('/api/v1/petitions').send({ subject: '网上留言', text: '网上留言的内容。' }).expect(201)).body;

    for (const id of [confidential.service_request_id, report311.service_request_id, web.caseNumber]) {
      await request(service.server).get(`/open311/v2/requests/${id}.json`).expect(404);
    }
    const listed = (await request(service.server).get('/open311/v2/requests.json').expect(200)).body as { service_request_id: string }[];
    const ids = listed.map((r) => r.service_request_id);
    expect(ids).not.toContain(confidential.service_request_id);
    expect(ids).not.toContain(report311.service_request_id);
    expect(ids).not.toContain(web.caseNumber);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    noPersonalData(JSON.stringify(listed));

    const sealedEvent = await waitUntil(
      () => events.events('petition.registered').find((e) => e.payload.caseNumber === report311.service_request_id),
      (e) => Boolean(e),
    );
    expect(sealedEvent!.payload).toMatchObject({ confidential: true, kindHint: 'report', categoryHint: { level1: '纪检监察' } });
  });

  it('shows the status from the petition’s progress, and filters by ids, service_code, status and a window of at most 90 days', async () => {
    const a = (await postForm('json', report({ description: '第一件：路灯不亮。' })).expect(200)).body[0];
    const other = services.find((s) => s.group === '环境保护')!;
    const b = (await postForm('json', report({ service_code: other.service_code, description: '第二件：河道有垃圾。' })).expect(200)).body[0];
    const petitionId = (await mongo.db(`${namespace}_intake`).collection('open311_requests').findOne({ _id: a.service_request_id }))!.petitionId as string;

    const producer = createIdempotentProducer(kafka);
    await producer.connect();
    const caseNumber = a.service_request_id;
    await publishEvent(producer, namespace, eventFor('petition.assigned', petitionId, { caseNumber }, { occurredAt: '2030-01-01T02:00:00Z' }));
    await publishEvent(producer, namespace, eventFor('case.accepted', petitionId, { caseNumber }, { occurredAt: '2030-01-02T02:00:00Z' }));
    await publishEvent(producer, namespace, eventFor('case.replied', petitionId, { caseNumber }, { occurredAt: '2030-01-05T02:00:00Z' }));
    await producer.disconnect();

    const closed = await waitUntil(
      async () => (await request(service.server).get(`/open311/v2/requests/${caseNumber}.json`)).body[0],
      (r) => r?.status === 'closed',
      { message: 'the request to be closed' },
    );
    expect(closed).toMatchObject({
      status_notes: '已答复（支持）',
      agency_responsible: '区生态环境局',
      updated_datetime: '2030-01-05T02:00:00Z',
      expected_datetime: '2027-01-26T02:00:00Z',
    });
    const english = await request(service.server).get(`/open311/v2/requests/${caseNumber}.json`).set('Accept-Language', 'en').expect(200);
    expect(english.body[0].status_notes).toBe('Replied (Supported)');

    const byIds = (await request(service.server).get('/open311/v2/requests.json').query({ service_request_id: `${b.service_request_id},${a.service_request_id}` }).expect(200)).body;
    expect(byIds.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([b.service_request_id, a.service_request_id]);
    const byCode = (await request(service.server).get('/open311/v2/requests.json').query({ service_code: other.service_code }).expect(200)).body;
    expect(byCode.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([b.service_request_id]);
    const closedOnes = (await request(service.server).get('/open311/v2/requests.xml').query({ status: 'closed' }).expect(200)).text;
    expect(xml.parse(closedOnes).service_requests.request.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([caseNumber]);
    const openOnes = (await request(service.server).get('/open311/v2/requests.json').query({ status: 'open' }).expect(200)).body;
    expect(openOnes.map((r: { service_request_id: string }) => r.service_request_id)).toContain(b.service_request_id);
    expect(openOnes.map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(caseNumber);

    const past = (await request(service.server).get('/open311/v2/requests.json').query({ start_date: '2020-01-01T00:00:00Z', end_date: '2020-03-01T00:00:00Z' }).expect(200)).body;
    expect(past).toEqual([]);
    await request(service.server).get('/open311/v2/requests.json').query({ start_date: '2020-01-01T00:00:00Z', end_date: '2020-06-01T00:00:00Z' }).expect(400);
    await request(service.server).get('/open311/v2/requests.json').query({ start_date: 'yesterday' }).expect(400);
    await request(service.server).get('/open311/v2/requests.json').query({ status: 'pending' }).expect(400);
  });

  it('accepts JSON and multipart bodies: attributes as an object, a media photo stored and claimed, a retry with its Idempotency-Key answered the same', async () => {
    const json = await request(service.server)
      .post('/open311/v2/requests.json')
      .set('Idempotency-Key', `o311-${namespace}`)
      .send({ api_key: API_KEY, service_code: ordinary.service_code, address_id: 'SW-ADDR-004211', description: '小区门口路面塌陷。', attribute: { CONFIDENTIAL: 'false' } })
      .expect(200);
    const again = await request(service.server)
      .post('/open311/v2/requests.json')
      .set('Idempotency-Key', `o311-${namespace}`)
      .send({ api_key: API_KEY, service_code: ordinary.service_code, address_id: 'SW-ADDR-004211', description: '小区门口路面塌陷。', attribute: { CONFIDENTIAL: 'false' } })
      .expect(200);
    expect(again.body).toEqual(json.body);
    expect(await mongo.db(`${namespace}_intake`).collection('petitions').countDocuments({ caseNumber: json.body[0].service_request_id })).toBe(1);

    const photo = PHOTO;
    const multipart = await request(service.server)
      .post('/open311/v2/requests.json')
      .field('api_key', API_KEY)
      .field('service_code', ordinary.service_code)
      .field('address_string', '滨江路88号')
      .field('description', '垃圾桶满了没人清运。')
      .field('attribute[CONFIDENTIAL]', 'false')
      .attach('media', photo, { filename: 'photo.jpg', contentType: 'image/jpeg' })
      .expect(200);
    const id = multipart.body[0].service_request_id;
    const event = await waitUntil(
      () => events.events('petition.registered').find((e) => e.payload.caseNumber === id),
      (e) => Boolean(e),
    );
    expect(event!.payload.attachments).toEqual([{ id: expect.any(String), contentType: 'image/jpeg', size: photo.length }]);
    expect(event!.payload.location).toEqual({ description: '滨江路88号' });

    await request(service.server)
      .post('/open311/v2/requests.json')
      .field('api_key', API_KEY)
      .field('service_code', ordinary.service_code)
      .field('address_string', '滨江路88号')
      .attach('media', Buffer.from('MZ not a photo'), { filename: 'photo.jpg', contentType: 'image/jpeg' })
      .expect(400);
  });
});
