import { RequestValidationError, type FieldError } from '@sunshine/platform';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const bad = (field: string, code: string, zh: string, en: string): FieldError => ({ field, code, message: { 'zh-CN': zh, en } });

/** Reject keys that could reach an object's prototype, at any depth. */
function assertSafeKeys(value: unknown, path: string): void {
  if (!value || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key) || /^attribute\[(__proto__|constructor|prototype)\]/.test(key)) {
      throw new RequestValidationError([bad(path ? `${path}.${key}` : key, 'forbiddenKey', '不允许提交该字段', 'this field is not allowed')]);
    }
    assertSafeKeys((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
  }
}

export interface CollectedParameters {
  params: Record<string, unknown>;
  attributes: Record<string, unknown>;
}

/**
 * The parameters of a POST as one flat object plus the attributes, whatever the encoding:
 * `attribute[CODE]=v` form keys, a nested `attribute` object (multipart parsers, JSON), and
 * api_key / jurisdiction_id from the query string (some clients put them there).
 */
export function collectParameters(body: unknown, query: Record<string, unknown>): CollectedParameters {
  const source = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if (body !== undefined && body !== null && (typeof body !== 'object' || Array.isArray(body)) && !Buffer.isBuffer(body)) {
    throw new RequestValidationError([bad('body', 'isObject', '请求内容必须是表单或 JSON 对象', 'the body must be a form or a JSON object')]);
  }
  assertSafeKeys(source, '');
  const params: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const attribute = /^attribute\[([^\]]+)\](\[\])?$/.exec(key);
    if (attribute) attributes[attribute[1]] = attribute[2] ? [value].flat() : value;
    else if (key === 'attribute' && value && typeof value === 'object' && !Array.isArray(value)) Object.assign(attributes, value);
    else params[key] = value;
  }
  for (const key of ['api_key', 'jurisdiction_id'] as const) {
    if (params[key] === undefined && typeof query[key] === 'string') params[key] = query[key];
  }
  // "Optional" in GeoReport v2: an empty parameter is the same as one not sent.
  for (const [key, value] of Object.entries(params)) if (value === '') delete params[key];
  for (const [key, value] of Object.entries(attributes)) if (value === '') delete attributes[key];
  return { params, attributes };
}

/** A comma list from a query parameter that may also be repeated. */
export function commaList(value: unknown): string[] {
  const parts = (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => String(v).split(','));
  return parts.map((p) => p.trim()).filter(Boolean);
}

const W3C = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** A w3 date-time (`2010-01-01T00:00:00Z`, time zone required when a time is given) or a date. */
export function parseW3cDate(value: unknown, field: string): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = typeof value === 'string' && W3C.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new RequestValidationError([
      bad(field, 'isW3cDateTime', '日期时间格式不正确，例如 2026-01-01T00:00:00Z', 'must be a w3 date-time, e.g. 2026-01-01T00:00:00Z'),
    ]);
  }
  return date;
}

export function parameterError(field: string, zh: string, en: string): RequestValidationError {
  return new RequestValidationError([bad(field, 'invalid', zh, en)]);
}
