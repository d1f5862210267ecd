import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MongoClient } from 'mongodb';
import { signDevToken } from '@sunshine/auth';
import { connectMongo, REPO_ROOT, SERVICE_NAMES, testNamespace, waitUntil, type ServiceName } from '@sunshine/testing';
import {
  buildRequest,
  CALLERS,
  changedCollections,
  expectationFor,
  isCaseScoped,
  isRead,
  matrixOperations,
  operationName,
  settled,
  snapshot,
  type Caller,
  type Expectation,
  type MatrixFixtures,
  type MatrixOperation,
  type Snapshot,
} from './support/authorization-matrix';
import { http, startSystem, type RunningSystem } from './support/system';

// The fixture: night construction noise, which the routing rules give to the law enforcement bureau
// (lead, "own") with the environment bureau assisting; a third unit is "other".
const SUBMISSION = {
  subject: '锦江花园旁工地夜间施工噪音扰民',
  text: '锦江花园东侧工地连续多日夜间施工，凌晨一点还在打桩，噪音巨大，居民无法入睡。请有关部门依法查处夜间施工。',
  // Named, so a contact reveal has something to reveal: the lead unit may, the assisting unit never.
  petitioner: { name: '赵文静', phone: '13981234567' },
};
const LEADER_ID = 'party-secretary';
/** The guard's refusal (AUTH.FORBIDDEN), as opposed to a domain rule's 403 such as CASE.NOT_LEAD_UNIT. */
const GUARD_FORBIDDEN = 'urn:sunshine-petitions:problem:auth-forbidden';
const refusedByGuard = (status: number, text: string) => status === 401 || (status === 403 && text.includes(GUARD_FORBIDDEN));

interface Row {
  operation: string;
  service: ServiceName;
  caller: string;
  expectation: Expectation;
  status: number;
  /** The start of a non-2xx answer, for the report. */
  detail: string;
}

async function send(request: ReturnType<typeof buildRequest>, method: string, token: string | undefined): Promise<{ status: number; text: string }> {
  const response = await fetch(request.url, {
    method,
    headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: request.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, text: await response.text() };
}

describe('the authorisation matrix, generated from every service’s OpenAPI document', () => {
  let system: RunningSystem;
  let mongo: MongoClient;
  let fixtures: MatrixFixtures;
  let operations: MatrixOperation[];
  const tokens = new Map<string, string>();
  const rows: Row[] = [];
  const allProblems: string[] = [];
  const notes: string[] = [];

  const tokenFor = (caller: Caller) => tokens.get(caller.label);
  const record = (op: MatrixOperation, caller: Caller, expectation: Expectation, status: number, text: string) =>
    rows.push({ operation: operationName(op), service: op.service, caller: caller.label, expectation, status, detail: status < 300 ? '' : text.slice(0, 300) });

  beforeAll(async () => {
    system = await startSystem(testNamespace('authz'), {
      // Leaders' instruction is covered by routing's own tests; here every item is assigned at once.
      routing: { ROUTING_INSTRUCTION_POLICY: 'none' },
      // Supervision's schedulers write on their own clock (lights, reminders, bulletins): a write of
      // theirs between two snapshots would read as a refused request's change. Their specs test them.
      supervision: { SUPERVISION_SCAN_MS: '86400000', SUPERVISION_BULLETINS_SCHEDULED: 'false' },
    });
    mongo = await connectMongo();
    const admin = await signDevToken({ roles: ['admin'] });

    const receipt = (await http('POST', `${system.url.intake}/api/v1/petitions`, { body: SUBMISSION })).body;
    expect(receipt.petitionId).toBeDefined();
    const assigned = await waitUntil(
      () => http('GET', `${system.url.handling}/api/v1/cases/${receipt.petitionId}`, { token: admin }),
      (r) => r.status === 200 && Boolean(r.body.leadUnitId),
      { timeoutMs: 30_000, message: 'the fixture case assigned' },
    );
    const own: string = assigned.body.leadUnitId;
    const assisting: string = assigned.body.assistingUnitIds?.[0];
    expect(assisting).toBeDefined();
    const catalogue = (await http('GET', `${system.url.routing}/api/v1/units`, { token: admin })).body;
    const other: string = catalogue.units.map((u: any) => u.id).find((id: string) => id !== own && id !== assisting && id !== 'joint-petition-office');
    fixtures = {
      petitionId: receipt.petitionId,
      caseNumber: receipt.caseNumber,
      queryCode: receipt.queryCode,
      unitIds: { own, assisting, other },
      leaderId: LEADER_ID,
      ids: {},
    };

    for (const caller of CALLERS) {
      if (!caller.role) continue;
      tokens.set(
        caller.label,
        await signDevToken({
          roles: [caller.role],
          ...(caller.scope ? { unitId: fixtures.unitIds[caller.scope] } : {}),
          ...(caller.role === 'leader' ? { leaderId: LEADER_ID } : {}),
        }),
      );
    }

    const docs = await Promise.all(SERVICE_NAMES.map(async (service) => [service, (await http('GET', `${system.url[service]}/docs-json`)).body] as const));
    operations = docs.flatMap(([service, doc]) => matrixOperations(service, doc));

    const rules = await http('GET', `${system.url.routing}/api/v1/routing-rules`, { token: admin });
    if (typeof rules.body?.version === 'string') fixtures.ids.version = rules.body.version;

    // The lead unit accepts, and asks for an extension when the service offers it, so that a real
    // request id stands in for {requestId}.
    const unitOwn = tokens.get('unit (own)')!;
    const accepted = await http('POST', `${system.url.handling}/api/v1/cases/${fixtures.petitionId}/accept`, { token: unitOwn, body: {} });
    if (accepted.status !== 200 && accepted.status !== 201) throw new Error(`the fixture case could not be accepted: ${accepted.status} ${JSON.stringify(accepted.body)}`);
    if (operations.some((op) => op.method === 'POST' && op.path === '/api/v1/cases/{petitionId}/extension-requests')) {
      const requested = await http('POST', `${system.url.handling}/api/v1/cases/${fixtures.petitionId}/extension-requests`, {
        token: unitOwn,
        body: { days: 15, reason: '需会同生态环境部门夜间监测取证' },
      });
      if (requested.body?.requestId) fixtures.ids.requestId = requested.body.requestId;
      else notes.push(`extension request for the fixture answered ${requested.status}: ${JSON.stringify(requested.body)}`);
    }
  }, 240_000);

  afterAll(async () => {
    if (system) {
      const dir = join(REPO_ROOT, '.data', 'test-logs', system.namespace);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'authorization-matrix.txt'),
        [...rows.map((r) => `${r.status}\t${r.expectation}\t${r.caller}\t${r.operation}\t${r.detail}`), '', ...notes, '', ...allProblems].join('\n'),
      );
    }
    await mongo?.close();
    await system?.stop();
  });

  it('refuses every caller the documents do not allow, with 401, 403 or 404, and the refusal changes nothing', async () => {
    const problems: string[] = [];
    let before: Snapshot = await settled(mongo, system.namespace);
    for (const op of operations) {
      let sent = 0;
      for (const caller of CALLERS) {
        const request = buildRequest(op, fixtures, system.url[op.service]);
        const expectation = expectationFor(op, caller, request.referencesFixture);
        if (expectation === 'allowed') continue;
        const { status, text } = await send(request, op.method, tokenFor(caller));
        sent++;
        record(op, caller, expectation, status, text);
        const where = `${operationName(op)} as ${caller.label}`;
        if (expectation === 'unauthenticated' && status !== 401) problems.push(`${where}: expected 401, got ${status}`);
        if (expectation === 'forbidden' && status !== 403 && status !== 404) problems.push(`${where}: expected 403 (or 404), got ${status}`);
        if (expectation === 'hidden') {
          const accepted = isCaseScoped(op) ? [404] : [403, 404];
          if (!accepted.includes(status)) problems.push(`${where}: another unit must not reach it, expected ${accepted.join('/')}, got ${status}`);
        }
        if (text.includes(fixtures.caseNumber)) problems.push(`${where}: the refusal (${status}) shows the fixture's case number`);
      }
      if (!sent) continue;
      const after = await snapshot(mongo, system.namespace);
      const changed = changedCollections(before, after);
      if (changed.length) problems.push(`${operationName(op)}: a refused request changed ${changed.join(', ')}`);
      before = after;
    }
    allProblems.push(...problems);
    expect(problems).toEqual([]);
  }, 300_000);

  it('lets every allowed caller through (2xx, or a 4xx about the state or the body), and a 4xx changes nothing', async () => {
    const problems: string[] = [];
    const reads = operations.filter(isRead);
    const writes = operations.filter((op) => !isRead(op));
    for (const op of reads) {
      for (const caller of CALLERS) {
        const request = buildRequest(op, fixtures, system.url[op.service]);
        const expectation = expectationFor(op, caller, request.referencesFixture);
        if (expectation !== 'allowed') continue;
        const { status, text } = await send(request, op.method, tokenFor(caller));
        record(op, caller, expectation, status, text);
        const where = `${operationName(op)} as ${caller.label}`;
        if (refusedByGuard(status, text) || status >= 500) problems.push(`${where}: allowed by the document, got ${status} ${text.slice(0, 200)}`);
        // A read about the fixture itself, by someone entitled to it, finds it.
        else if (!op.public && request.real && caller.scope !== 'other' && (status < 200 || status > 299)) problems.push(`${where}: expected 2xx, got ${status}`);
        if (caller.scope === 'other' && (text.includes(fixtures.petitionId) || text.includes(fixtures.caseNumber))) {
          problems.push(`${where}: another unit sees the fixture case`);
        }
      }
    }

    let state = await settled(mongo, system.namespace);
    let dirty = false;
    for (const op of writes) {
      // The guard never reads a token on a public route: no token, one cross-unit and one unit token are enough
      // there, and each accepted public submission creates a new petition.
      const callers = op.public ? CALLERS.filter((c) => !c.role || c.role === 'admin' || c.scope === 'other') : CALLERS;
      for (const caller of callers) {
        const request = buildRequest(op, fixtures, system.url[op.service]);
        const expectation = expectationFor(op, caller, request.referencesFixture);
        if (expectation !== 'allowed') continue;
        if (dirty) state = await settled(mongo, system.namespace);
        const { status, text } = await send(request, op.method, tokenFor(caller));
        record(op, caller, expectation, status, text);
        const where = `${operationName(op)} as ${caller.label}`;
        // An assisting unit may be refused by a domain rule (only the lead unit accepts or replies): a 4xx like any other.
        if (refusedByGuard(status, text) || status >= 500) problems.push(`${where}: allowed by the document, got ${status} ${text.slice(0, 200)}`);
        if (caller.scope === 'assisting' && /contact-reveal/.test(op.path) && status < 400) problems.push(`${where}: an assisting unit revealed contact details (${status})`);
        if (status >= 200 && status < 300) {
          dirty = true;
          continue;
        }
        dirty = false;
        const after = await snapshot(mongo, system.namespace);
        const changed = changedCollections(state, after);
        if (changed.length) {
          problems.push(`${where}: answered ${status} but changed ${changed.join(', ')}`);
          dirty = true;
        }
        state = after;
      }
    }
    allProblems.push(...problems);
    expect(problems).toEqual([]);
  }, 300_000);

  it('checked every service, and says how much', () => {
    const perService = Object.fromEntries(SERVICE_NAMES.map((service) => [service, rows.filter((r) => r.service === service).length]));
    const allowed = rows.filter((r) => r.expectation === 'allowed');
    const refused = rows.filter((r) => r.expectation !== 'allowed');
    const ops = new Set(rows.map((r) => r.operation)).size;
    const statuses = (list: Row[]) =>
      Object.entries(list.reduce<Record<number, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {}))
        .map(([status, count]) => `${status}×${count}`)
        .join(' ');
    console.log(
      `authorisation matrix: ${ops} operations × ${CALLERS.length} callers (roles, no token, unit own/assisting/other) = ${rows.length} checks; ` +
        `allowed ${allowed.length} (${statuses(allowed)}), refused ${refused.length} (${statuses(refused)}); ` +
        `per service ${JSON.stringify(perService)}${notes.length ? `; notes: ${notes.join(' | ')}` : ''}`,
    );
    for (const service of SERVICE_NAMES) expect({ service, checks: perService[service] > 0 }).toEqual({ service, checks: true });
  });
});
