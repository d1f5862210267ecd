/**
 * The bulletins' and hot topics' read model: one row per petition (`bulletin_cases`), derived
 * from compact facts of the events about it — codes, ids, dates and a one-way key of the
 * petitioner's blind index, never text. The row is always derived from all facts in time order,
 * so arrival order and redelivery do not matter; a report reads the rows of its period, and no
 * document grows with the number of cases.
 */
import { createHash } from 'node:crypto';
import type { DomainEvent } from '@sunshine/contracts';
import { byTimeThenId, caseEventFact } from '../common/case-event-facts';
import { periodKeysAt } from './bulletin-period';

/** What the bulletins keep of one event (no free text). */
export interface BulletinFact {
  id: string;
  type: string;
  at: string;
  unitId?: string;
  unitName?: string;
  caseNumber?: string;
  /** A code: escalation reason, instruction decision, satisfaction, light, link relation. */
  code?: string;
  acceptBy?: string;
  handleBy?: string;
  dueBy?: string;
  orderId?: string;
  /** Another petition (the original of a duplicate link). */
  ref?: string;
  /** A one-way key of the petitioner's blind index (distinct petitioners of a matter). */
  key?: string;
  receivedAt?: string;
  channel?: string;
  area?: string;
  kind?: string;
  category?: string;
  urgency?: string;
  confidential?: boolean;
}

export interface BulletinOrder {
  orderId: string;
  unitId?: string;
  issuedAt: string;
  dueBy?: string;
  answeredAt?: string;
}

/** One petition's figures for the bulletins and hot topics. Dates are ISO strings. */
export interface BulletinRow {
  petitionId: string;
  caseNumber?: string;
  receivedAt?: string;
  /** Local day, month and quarter of receipt. */
  day?: string;
  month?: string;
  quarter?: string;
  channel?: string;
  area?: string;
  kind?: string;
  /** First-level category (the taxonomy's label). */
  category?: string;
  urgency?: string;
  confidential: boolean;
  /** Escalation reasons (urgent, major, group) and when the first came. */
  escalations: string[];
  escalatedAt?: string;
  /** A leader's instruction approving it (批示), and the first assignment (交办). */
  instructedAt?: string;
  assignedAt?: string;
  unitId?: string;
  unitName?: string;
  acceptBy?: string;
  handleBy?: string;
  acceptedAt?: string;
  /** The deadline the unit works to now: accept-by until the acceptance decision, then handle-by. */
  deadline?: string;
  /** Waiting for the unit (no reply / decision / closure since the last start or reopening). */
  pending: boolean;
  /** When the case last stopped pending (办结: reply, not-accepted, transfer, closure, withdrawal). */
  finishedAt?: string;
  /** That finish came by the deadline in force then. */
  finishedOnTime?: boolean;
  replies: number;
  satisfaction?: string;
  ratedAt?: string;
  /** When a red reminder first went out (supervision.reminded, light red). */
  redAt?: string;
  orders: BulletinOrder[];
  /** The matter (routing's same-matter group): the original petition of a link, else itself. */
  matterId: string;
  /** repeat | joint when linked to an earlier petition. */
  relation?: string;
  petitionerKey?: string;
}

type Payload = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** A one-way key of a blind index: enough to count distinct petitioners, useless for anything else. */
export function petitionerKeyOf(blindIndex: string | undefined): string | undefined {
  return blindIndex ? createHash('sha256').update(`bulletins:${blindIndex}`).digest('base64url').slice(0, 16) : undefined;
}

/** The fact of an event for the bulletins, or undefined when they do not use it. */
export function bulletinFactOf(event: DomainEvent): BulletinFact | undefined {
  if (!event.petitionId) return undefined;
  const p = event.payload as unknown as Payload;
  const fact = (at: unknown, extra: Partial<BulletinFact> = {}): BulletinFact =>
    JSON.parse(JSON.stringify({ id: event.id, type: event.type, at: str(at) ?? event.occurredAt, caseNumber: str(p.caseNumber), unitId: str(p.unitId), ...extra })) as BulletinFact;
  const shared = caseEventFact(event, str);
  if (shared === null) return undefined;
  switch (event.type) {
    case 'petition.registered':
      return fact(p.receivedAt, {
        receivedAt: str(p.receivedAt),
        channel: str(p.channel),
        area: str(p.area),
        confidential: p.confidential === true,
        key: petitionerKeyOf(str(p.petitionerRef)),
      });
    case 'petition.triaged': {
      const category = p.category as { level1?: unknown } | undefined;
      return fact(event.occurredAt, { kind: str(p.kind), category: str(category?.level1), urgency: str(p.urgency), confidential: p.sealed === true ? true : undefined });
    }
    case 'petition.escalated':
      return fact(event.occurredAt, { code: str(p.reason) });
    case 'petition.instructed':
      return fact(p.instructedAt, { code: str(p.decision) });
    case 'petition.assigned':
    case 'petition.reassigned':
      return fact(event.occurredAt, { ...shared!.fields, receivedAt: str(p.receivedAt), channel: str(p.channel), kind: str(p.kind) });
    case 'petition.duplicate-linked':
      return fact(event.occurredAt, { code: str(p.relation), ref: str(p.originalPetitionId) });
    case 'petition.link-undone':
      return fact(p.undoneAt, { ref: str(p.originalPetitionId) });
    case 'case.extended':
      return p.handleBy ? fact(shared!.at, shared!.fields) : undefined;
    case 'case.transferred':
      return fact(p.transferredAt);
    case 'petition.withdrawn':
      return fact(p.withdrawnAt);
    case 'supervision.reminded':
      return fact(event.occurredAt, { code: str(p.light) });
    default:
      // Acceptance, reopening, not-accepted, reply, closure, conclusion, rating, orders: as the appraisal.
      return shared ? fact(shared.at, shared.fields) : undefined;
  }
}

/** The event types whose facts the bulletins keep. */
export const BULLETIN_EVENT_TYPES: ReadonlySet<string> = new Set([
  'petition.registered',
  'petition.triaged',
  'petition.escalated',
  'petition.instructed',
  'petition.assigned',
  'petition.reassigned',
  'petition.duplicate-linked',
  'petition.link-undone',
  'case.accepted',
  'case.extended',
  'case.reopened',
  'case.not-accepted',
  'case.replied',
  'case.transferred',
  'case.closed',
  'petition.concluded',
  'petition.withdrawn',
  'feedback.rated',
  'supervision.reminded',
  'supervision.order-issued',
  'case.order-answered',
]);

const ms = (iso: string | undefined) => (iso ? new Date(iso).getTime() : Number.NaN);

/** Derive a petition's row from all its facts (any order in, time order inside). */
export function deriveBulletinRow(petitionId: string, facts: readonly BulletinFact[], timeZone: string): BulletinRow {
  const row: BulletinRow = { petitionId, confidential: false, escalations: [], pending: false, replies: 0, orders: [], matterId: petitionId };
  let decided = false;
  const finish = (at: string) => {
    if (!row.pending && row.finishedAt) return;
    row.pending = false;
    row.finishedAt = at;
    row.finishedOnTime = !row.deadline || ms(at) <= ms(row.deadline);
  };
  for (const fact of [...facts].sort(byTimeThenId)) {
    // The registration and assignment name the case; other events only fill a gap.
    if (fact.caseNumber && (fact.type === 'petition.registered' || fact.type === 'petition.assigned')) row.caseNumber = fact.caseNumber;
    else if (fact.caseNumber && fact.type !== 'petition.duplicate-linked') row.caseNumber ??= fact.caseNumber;
    if (fact.confidential) row.confidential = true;
    switch (fact.type) {
      case 'petition.registered':
        row.receivedAt = fact.receivedAt ?? fact.at;
        row.channel = fact.channel ?? row.channel;
        row.area = fact.area;
        row.petitionerKey = fact.key;
        break;
      case 'petition.triaged':
        Object.assign(row, JSON.parse(JSON.stringify({ kind: fact.kind, category: fact.category, urgency: fact.urgency })));
        break;
      case 'petition.escalated':
        if (fact.code && !row.escalations.includes(fact.code)) row.escalations.push(fact.code);
        row.escalatedAt ??= fact.at;
        break;
      case 'petition.instructed':
        if (fact.code === 'approve') row.instructedAt ??= fact.at;
        break;
      case 'petition.assigned':
      case 'petition.reassigned':
        row.receivedAt ??= fact.receivedAt;
        row.channel ??= fact.channel;
        row.kind ??= fact.kind;
        row.assignedAt ??= fact.at;
        row.unitId = fact.unitId ?? row.unitId;
        row.unitName = fact.unitName ?? row.unitName;
        row.acceptBy = fact.acceptBy ?? row.acceptBy;
        if (!decided) {
          row.handleBy = fact.handleBy ?? row.handleBy;
          row.deadline = row.acceptBy;
          row.pending = true;
          row.finishedAt = undefined;
          row.finishedOnTime = undefined;
        }
        break;
      case 'petition.duplicate-linked':
        if (fact.ref && fact.ref !== petitionId) {
          row.matterId = fact.ref;
          row.relation = fact.code;
        }
        break;
      case 'petition.link-undone':
        row.matterId = petitionId;
        row.relation = undefined;
        break;
      case 'case.accepted':
        decided = true;
        row.acceptedAt ??= fact.at;
        row.handleBy = fact.handleBy ?? row.handleBy;
        row.deadline = row.handleBy;
        row.pending = true;
        break;
      case 'case.extended':
      case 'case.reopened':
        row.handleBy = fact.handleBy ?? row.handleBy;
        row.deadline = row.handleBy;
        if (fact.type === 'case.reopened') {
          row.pending = true;
          row.finishedAt = undefined;
          row.finishedOnTime = undefined;
        }
        break;
      case 'case.replied':
        row.replies += 1;
        finish(fact.at);
        break;
      case 'case.not-accepted':
        decided = true;
        finish(fact.at);
        break;
      case 'case.transferred':
      case 'case.closed':
      case 'petition.concluded':
      case 'petition.withdrawn':
        finish(fact.at);
        break;
      case 'feedback.rated':
        row.satisfaction = fact.code;
        row.ratedAt = fact.at;
        break;
      case 'supervision.reminded':
        if (fact.code === 'red') row.redAt ??= fact.at;
        break;
      case 'supervision.order-issued':
        if (fact.orderId) Object.assign(orderOf(row, fact.orderId, fact.at), JSON.parse(JSON.stringify({ unitId: fact.unitId, dueBy: fact.dueBy, issuedAt: fact.at })));
        break;
      case 'case.order-answered':
        if (fact.orderId) orderOf(row, fact.orderId, fact.at).answeredAt ??= fact.at;
        break;
    }
  }
  if (row.receivedAt) Object.assign(row, periodKeysAt(new Date(row.receivedAt), timeZone));
  return JSON.parse(JSON.stringify(row)) as BulletinRow;
}

function orderOf(row: BulletinRow, orderId: string, at: string): BulletinOrder {
  let found = row.orders.find((o) => o.orderId === orderId);
  if (!found) {
    found = { orderId, issuedAt: at };
    row.orders.push(found);
  }
  return found;
}

/** The case was overdue at `t`: its deadline had passed and it was still pending then. */
export function overdueAt(row: BulletinRow, t: Date): boolean {
  if (!row.deadline || ms(row.deadline) >= t.getTime()) return false;
  if (row.pending) return true;
  return !!row.finishedAt && ms(row.finishedAt) > t.getTime();
}
