import { createHash, randomUUID } from 'node:crypto';
import type { MongoClient } from 'mongodb';
import type { Role } from '@sunshine/auth';
import { SERVICE_NAMES, type ServiceName } from '@sunshine/testing';

/**
 * The authorisation matrix is generated from the services' OpenAPI documents: `@Roles(...)` writes
 * `x-roles` on each operation and `@Public()` writes `x-public: true` (libs/auth), so a new endpoint
 * is checked the moment it is documented, without a list of routes here.
 */
export interface MatrixOperation {
  service: ServiceName;
  method: string;
  /** The OpenAPI path template, e.g. `/api/v1/cases/{petitionId}/accept`. */
  path: string;
  /** The roles `x-roles` names; `undefined` when the route takes any authenticated caller. */
  roles?: Role[];
  public: boolean;
  operation: any;
  doc: any;
}

export type UnitScope = 'own' | 'assisting' | 'other';

/** One caller of the matrix: no token, one role, or a unit's staff in one relation to the fixture case. */
export interface Caller {
  label: string;
  role?: Role;
  scope?: UnitScope;
}

const NON_UNIT_ROLES: Role[] = ['channel', 'registrar', 'leader', 'joint-office', 'supervisor', 'organization-department', 'admin'];

export const CALLERS: Caller[] = [
  { label: 'no token' },
  ...NON_UNIT_ROLES.map((role) => ({ label: role, role })),
  { label: 'unit (own)', role: 'unit', scope: 'own' },
  { label: 'unit (assisting)', role: 'unit', scope: 'assisting' },
  { label: 'unit (other)', role: 'unit', scope: 'other' },
];

export function matrixOperations(service: ServiceName, doc: any): MatrixOperation[] {
  return Object.entries(doc.paths as Record<string, Record<string, any>>)
    .filter(([path]) => path !== '/health')
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        service,
        method: method.toUpperCase(),
        path,
        roles: operation['x-roles'] as Role[] | undefined,
        public: operation['x-public'] === true,
        operation,
        doc,
      })),
    );
}

export const operationName = (op: Pick<MatrixOperation, 'service' | 'method' | 'path'>) => `${op.service} ${op.method} ${op.path}`;
export const isRead = (op: MatrixOperation) => op.method === 'GET' || op.method === 'HEAD';
/** Routes about one case or one unit: another unit's staff must not learn that it exists. */
export const isCaseScoped = (op: MatrixOperation) => op.path.includes('{petitionId}');
export const isUnitScoped = (op: MatrixOperation) => op.path.includes('{unitId}');

/**
 * What the matrix expects before looking at the response:
 * - `unauthenticated`: no token on a route that is not public → 401;
 * - `forbidden`: a role `x-roles` does not name → 403 (or 404 where the service hides existence);
 * - `hidden`: another unit on a route about the fixture case or unit → 404 (403 tolerated for a unit route);
 * - `allowed`: authorisation passes; the answer is 2xx or a 4xx about the request's state or body.
 */
export type Expectation = 'unauthenticated' | 'forbidden' | 'hidden' | 'allowed';

export function expectationFor(op: MatrixOperation, caller: Caller, referencesFixture: boolean): Expectation {
  if (op.public) return 'allowed';
  if (!caller.role) return 'unauthenticated';
  if (op.roles && !op.roles.includes(caller.role)) return 'forbidden';
  if (caller.scope === 'other' && (isCaseScoped(op) || isUnitScoped(op) || (!isRead(op) && referencesFixture))) return 'hidden';
  // A unit route names the fixture's lead unit: the assisting unit is another unit there.
  if (caller.scope === 'assisting' && isUnitScoped(op)) return 'hidden';
  return 'allowed';
}

/** What the fixtures give to fill in requests. */
export interface MatrixFixtures {
  petitionId: string;
  caseNumber: string;
  queryCode: string;
  unitIds: Record<UnitScope, string>;
  leaderId: string;
  /** Real ids for path parameters other than petitionId/unitId (e.g. requestId), where one exists. */
  ids: Record<string, string>;
}

export interface BuiltRequest {
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Every path parameter was a real fixture value (not a random stand-in). */
  real: boolean;
  /** The request names the fixture case (path, query or body). */
  referencesFixture: boolean;
}

function resolveRef(doc: any, schema: any): any {
  let current = schema;
  for (let i = 0; current && i < 10; i++) {
    const ref = current.$ref ?? (current.allOf?.length === 1 ? current.allOf[0].$ref : undefined);
    if (!ref) break;
    current = doc.components?.schemas?.[String(ref).split('/').pop() ?? ''];
  }
  return current;
}

/** A sample value of a schema, from its examples (the OpenAPI completeness check makes every field carry one). */
export function sampleOf(doc: any, schema: any, fixtures: MatrixFixtures, field = '', depth = 0): unknown {
  if (field === 'caseNumber') return fixtures.caseNumber;
  if (field === 'queryCode') return fixtures.queryCode;
  if (field === 'petitionId') return fixtures.petitionId;
  const resolved = resolveRef(doc, schema) ?? {};
  if (schema?.example !== undefined) return schema.example;
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.enum?.length) return resolved.enum[0];
  if (depth > 5) return undefined;
  if (resolved.type === 'array') {
    const item = sampleOf(doc, resolved.items ?? {}, fixtures, '', depth + 1);
    return item === undefined ? [] : [item];
  }
  if (resolved.type === 'object' || resolved.properties) {
    const body: Record<string, unknown> = {};
    for (const [name, property] of Object.entries<any>(resolved.properties ?? {})) {
      const value = sampleOf(doc, property, fixtures, name, depth + 1);
      if (value !== undefined) body[name] = value;
    }
    return body;
  }
  if (resolved.type === 'boolean') return false;
  if (resolved.type === 'integer' || resolved.type === 'number') return resolved.minimum ?? 1;
  if (resolved.type === 'string') return 'x';
  return undefined;
}

function parameterValue(parameter: any, fixtures: MatrixFixtures): { value: string; real: boolean } {
  const name = String(parameter.name);
  if (name === 'petitionId') return { value: fixtures.petitionId, real: true };
  // A unit route is asked about the fixture's lead unit: its own staff, the assisting unit's and a third unit's.
  if (name === 'unitId') return { value: fixtures.unitIds.own, real: true };
  if (name === 'leaderId') return { value: fixtures.leaderId, real: true };
  if (name === 'caseNumber') return { value: fixtures.caseNumber, real: true };
  if (name === 'format') return { value: 'json', real: true };
  if (fixtures.ids[name]) return { value: fixtures.ids[name], real: true };
  const example = parameter.example ?? parameter.schema?.example ?? parameter.schema?.enum?.[0];
  if (example !== undefined && !/id$/i.test(name)) return { value: String(example), real: true };
  return { value: randomUUID(), real: false };
}

/** The request one operation gets from one caller: path from the fixtures, body from the schema's examples. */
export function buildRequest(op: MatrixOperation, fixtures: MatrixFixtures, baseUrl: string): BuiltRequest {
  let path = op.path;
  let real = true;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const parameter of (op.operation.parameters ?? []) as any[]) {
    if (parameter.in === 'path') {
      const { value, real: isReal } = parameterValue(parameter, fixtures);
      real &&= isReal;
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(value));
    } else if (parameter.in === 'query') {
      const { value } = parameterValue(parameter, fixtures);
      if (parameter.name === 'caseNumber' || parameter.name === 'petitionId' || parameter.required) query.set(parameter.name, value);
    } else if (parameter.in === 'header' && /^idempotency-key$/i.test(parameter.name)) {
      headers['idempotency-key'] = randomUUID();
    }
  }
  let body: string | undefined;
  const content = op.operation.requestBody?.content ?? {};
  if (content['application/json']) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(sampleOf(op.doc, content['application/json'].schema, fixtures) ?? {});
  } else if (content['message/rfc822']) {
    headers['content-type'] = 'message/rfc822';
    body = [
      'From: matrix@example.com',
      'To: box@example.com',
      `Message-ID: <${randomUUID()}@example.com>`,
      `Date: ${new Date().toUTCString()}`,
      'Subject: =?UTF-8?B?5L+h6K6/?=',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '小区路灯坏了很久，请修理。',
      '',
    ].join('\r\n');
  } else if (Object.keys(content).length) {
    headers['content-type'] = 'application/json';
    body = '{}';
  } else if (op.method !== 'GET' && op.method !== 'HEAD' && op.method !== 'DELETE') {
    headers['content-type'] = 'application/json';
    body = '{}';
  }
  const search = query.toString();
  const url = `${baseUrl}${path}${search ? `?${search}` : ''}`;
  const referencesFixture = [url, body ?? ''].some((text) => text.includes(fixtures.petitionId) || text.includes(fixtures.caseNumber));
  return { url, headers, body, real, referencesFixture };
}

/** Collections per service database: a hash of every document, by `_id`. */
export type Snapshot = Record<string, Record<string, string>>;

export async function snapshot(mongo: MongoClient, namespace: string): Promise<Snapshot> {
  const parts = await Promise.all(
    SERVICE_NAMES.map(async (service) => {
      const db = mongo.db(`${namespace}_${service}`);
      const collections = await db.listCollections({}, { nameOnly: true }).toArray();
      return Promise.all(
        collections.map(async ({ name }) => {
          const docs = await db.collection(name).find({}).toArray();
          const hashes = Object.fromEntries(docs.map((doc) => [String(doc._id), createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 16)]));
          return [`${service}.${name}`, hashes] as const;
        }),
      );
    }),
  );
  return Object.fromEntries(parts.flat());
}

/** What differs between two snapshots, one entry per collection: documents added, removed and changed. */
export function changedCollections(before: Snapshot, after: Snapshot): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.flatMap((name) => {
    const was = before[name] ?? {};
    const is = after[name] ?? {};
    const added = Object.keys(is).filter((id) => !(id in was));
    const removed = Object.keys(was).filter((id) => !(id in is));
    const changed = Object.keys(is).filter((id) => id in was && was[id] !== is[id]);
    if (!added.length && !removed.length && !changed.length) return [];
    const list = (label: string, ids: string[]) => (ids.length ? [`${label} ${ids.slice(0, 3).join(' ')}${ids.length > 3 ? ` …(${ids.length})` : ''}`] : []);
    return [`${name} (${[...list('added', added), ...list('removed', removed), ...list('changed', changed)].join('; ')})`];
  });
}

/** Waits until nothing moves in any database for `quietMs` (events between services have settled). */
export async function settled(mongo: MongoClient, namespace: string, quietMs = 800, timeoutMs = 20_000): Promise<Snapshot> {
  const deadline = Date.now() + timeoutMs;
  let last = await snapshot(mongo, namespace);
  let since = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await snapshot(mongo, namespace);
    if (changedCollections(last, next).length) {
      last = next;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return next;
    }
    if (Date.now() > deadline) throw new Error(`the databases did not settle within ${timeoutMs} ms`);
  }
}
