import { XMLParser } from 'fast-xml-parser';
import { RequestValidationError } from '@sunshine/platform';
import type { ProgressStep } from '../registration/petition.schema';
import { open311Status as httpStatus } from './open311-exception.filter';
import { renderOpen311, w3 } from './open311-format';
import { collectParameters, commaList, parseW3cDate } from './open311-parameters';
import { catalogueEntry, open311Services, serviceDefinition } from './open311-services';
import { fullName } from './post-service-request.service';
import { open311Status, serviceRequestView } from './service-request-view';

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => ['request', 'error', 'format'].includes(name) });

describe('Open311 rendering', () => {
  it('writes lists as JSON arrays and as repeated XML elements under the spec’s names, escaping text', () => {
    const document = { root: 'service_requests' as const, body: [{ service_request_id: 'SW-2026-000001', description: 'a < b & "c"', lat: 29.4, account_id: null }] };
    expect(JSON.parse(renderOpen311(document, 'json'))).toEqual(document.body);
    const xml = renderOpen311(document, 'xml');
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<service_requests>')).toBe(true);
    expect(parser.parse(xml).service_requests.request).toEqual([{ service_request_id: 'SW-2026-000001', description: 'a < b & "c"', lat: '29.4', account_id: '' }]);
  });

  it('nests discovery endpoints and formats, and leaves out characters XML cannot carry', () => {
    const xml = renderOpen311({ root: 'discovery', body: { contact: 'x\u0001y', endpoints: [{ formats: ['text/xml', 'application/json'] }] } }, 'xml');
    expect(parser.parse(xml).discovery).toEqual({ contact: 'xy', endpoints: { endpoint: { formats: { format: ['text/xml', 'application/json'] } } } });
    expect(renderOpen311({ root: 'errors', body: [] }, 'xml')).toContain('<errors/>');
  });

  it('maps statuses the GeoReport way: 403 for keys, 404 and 429 and 5xx kept, every other client error 400', () => {
    expect([401, 403, 404, 409, 413, 415, 422, 429, 500, 503].map(httpStatus)).toEqual([403, 403, 404, 400, 400, 400, 400, 429, 500, 503]);
  });

  it('prints w3 date-times without fractions', () => {
    expect(w3(new Date('2026-11-26T01:02:03.456Z'))).toBe('2026-11-26T01:02:03Z');
  });
});

describe('Open311 parameters', () => {
  it('gathers attribute[CODE] keys, an attribute object and api_key from the query, and drops empty values', () => {
    expect(collectParameters({ service_code: 'c-1', 'attribute[A]': 'x', 'attribute[M][]': 'y', description: '' }, { api_key: 'k' })).toEqual({
      params: { service_code: 'c-1', api_key: 'k' },
      attributes: { A: 'x', M: ['y'] },
    });
    expect(collectParameters({ attribute: { A: 'x', B: '' } }, {}).attributes).toEqual({ A: 'x' });
  });

  it('refuses prototype keys at any depth and bodies that are not objects', () => {
    expect(() => collectParameters(JSON.parse('{"__proto__":{"x":1}}'), {})).toThrow(RequestValidationError);
    expect(() => collectParameters({ attribute: JSON.parse('{"constructor":1}') }, {})).toThrow(RequestValidationError);
    expect(() => collectParameters({ 'attribute[__proto__]': '1' }, {})).toThrow(RequestValidationError);
    expect(() => collectParameters('text', {})).toThrow(RequestValidationError);
  });

  it('reads comma lists, repeated or not, and w3 dates with their time zone', () => {
    expect(commaList(['a,b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(commaList(undefined)).toEqual([]);
    expect(parseW3cDate('2010-01-01T00:00:00Z', 'start_date')).toEqual(new Date('2010-01-01T00:00:00Z'));
    expect(parseW3cDate('2010-01-01T08:00:00+08:00', 'start_date')).toEqual(new Date('2010-01-01T00:00:00Z'));
    expect(() => parseW3cDate('2010-01-01T00:00:00', 'start_date')).toThrow(RequestValidationError);
    expect(() => parseW3cDate('01-05-2010', 'start_date')).toThrow(RequestValidationError);
  });

  it('puts the family name first for Chinese names and last for Latin ones', () => {
    expect(fullName('丽', '张')).toBe('张丽');
    expect(fullName('john', 'smith')).toBe('john smith');
    expect(fullName(undefined, '张')).toBe('张');
    expect(fullName(' ', undefined)).toBeUndefined();
  });
});

describe('Open311 services and request views', () => {
  it('offers every level-2 category once, with unique names, and seals the discipline-inspection group', () => {
    const services = open311Services();
    expect(new Set(services.map((s) => s.service_name)).size).toBe(services.length);
    const sealed = services.filter((s) => s.group === '纪检监察');
    expect(sealed.length).toBeGreaterThan(0);
    for (const s of sealed) expect(catalogueEntry(s.service_code)?.sealed).toBe(true);
    const other = services.find((s) => s.group !== '纪检监察')!;
    expect(serviceDefinition(catalogueEntry(other.service_code)!).attributes.map((a) => a.code)).toEqual(['CONFIDENTIAL']);
  });

  it('is closed once answered, linked, refused or withdrawn, and open again when reopened', () => {
    expect(['registered', 'assigned', 'accepted', 'reopened', 'under-review'].map(open311Status)).toEqual(['open', 'open', 'open', 'open', 'open']);
    expect(['replied', 'closed', 'concluded', 'linked', 'not-accepted', 'withdrawn'].map(open311Status)).toEqual(Array(6).fill('closed'));
  });

  it('takes status, unit, updated and expected times from the steps, whatever order they arrived in', () => {
    const record = {
      _id: 'SW-2026-000001',
      petitionId: 'p',
      token: 't',
      serviceCode: 'c-1',
      requestedAt: new Date('2026-01-01T00:00:00Z'),
      confidential: false,
      description: 'd',
      apiKeyId: 'k',
    };
    const steps: ProgressStep[] = [
      { code: 'case.accepted', at: new Date('2026-01-03T00:00:00Z'), params: { handleBy: '2026-03-03T00:00:00.000Z' } },
      { code: 'petition.assigned', at: new Date('2026-01-02T00:00:00Z'), params: { unitName: '区水务局', acceptBy: '2026-01-16T00:00:00.000Z' } },
      { code: 'petition.registered', at: new Date('2026-01-01T00:00:00Z'), params: { caseNumber: 'SW-2026-000001' } },
    ];
    expect(serviceRequestView(record, record._id, steps, '名称', 'zh-CN', 'Asia/Shanghai')).toMatchObject({
      status: 'open',
      status_notes: '办理中',
      agency_responsible: '区水务局',
      updated_datetime: '2026-01-03T00:00:00Z',
      expected_datetime: '2026-03-03T00:00:00Z',
      requested_datetime: '2026-01-01T00:00:00Z',
    });
  });
});
