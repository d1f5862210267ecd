/**
 * The appraisal's read model: one row per case (`appraisal_cases`), derived from the compact
 * facts of the events about it. A fact holds codes, ids and dates only — never text — and the
 * row is always derived from all facts in time order, so arrival order and redelivery do not
 * matter. No per-unit document grows with every case: the appraisal of a period reads the rows
 * whose period key matches.
 */
import { requiredReplyParts, type DomainEvent, type ReplyOutcome } from '@sunshine/contracts';
import { byTimeThenId, caseEventFact } from '../common/case-event-facts';

/** What the appraisal keeps of one event (no free text). */
export interface AppraisalFact {
  id: string;
  type: string;
  /** When it happened (the event's own date field where it has one). */
  at: string;
  unitId?: string;
  unitName?: string;
  caseNumber?: string;
  acceptBy?: string;
  handleBy?: string;
  promisedBy?: string;
  dueBy?: string;
  orderId?: string;
  code?: string;
  missingParts?: string[];
}

/** The fact an event contributes, and the petition whose row it belongs to. */
export interface TargetedFact {
  petitionId: string;
  fact: AppraisalFact;
}

type Payload = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The parts a reply lacks, by the rules of `reply-parts.ts` (replies from before those rules may lack some). */
export function missingReplyParts(payload: Payload): string[] {
  const has: Record<string, boolean> = {
    facts: !!str(payload.facts),
    decision: !!str(payload.text),
    basis: !!str(payload.basis),
    promisedBy: !!str(payload.promisedBy),
    nextCheckAt: !!str(payload.nextCheckAt),
    legalBasis: !!payload.standardAnswer || !!str(payload.basis),
  };
  return requiredReplyParts(payload.outcome as ReplyOutcome).filter((part) => !has[part]);
}

/** The fact of an event for the appraisal, or undefined when the appraisal does not use it. */
export function appraisalFactOf(event: DomainEvent): TargetedFact | undefined {
  const p = event.payload as unknown as Payload;
  const base = { id: event.id, type: event.type, caseNumber: str(p.caseNumber), unitId: str(p.unitId) };
  const on = (at: unknown, extra: Partial<AppraisalFact> = {}, petitionId = event.petitionId): TargetedFact | undefined =>
    petitionId ? { petitionId, fact: JSON.parse(JSON.stringify({ ...base, at: str(at) ?? event.occurredAt, ...extra })) as AppraisalFact } : undefined;
  const shared = caseEventFact(event, str);
  if (shared === null) return undefined;
  switch (event.type) {
    case 'case.returned':
      return on(p.returnedAt);
    case 'case.reopened':
      return on(shared!.at, { ...shared!.fields, code: str(p.reason) });
    case 'case.replied':
      return on(shared!.at, { promisedBy: str(p.promisedBy), missingParts: missingReplyParts(p) });
    case 'case.completion-reported':
      return on(p.reportedAt, { promisedBy: str(p.promisedBy) });
    case 'feedback.visited':
      return on(p.visitedAt);
    case 'feedback.review-decided':
      return on(p.decidedAt, { code: str(p.decision) });
    case 'petition.concluded':
      return on(shared!.at, { code: str(p.reason) });
    case 'petition.duplicate-linked':
      // A repeat petition counts on the ORIGINAL case (重复信访): its row, not the new one's.
      if (p.relation !== 'repeat' || p.originalPetitionId === event.petitionId) return undefined;
      return on(event.occurredAt, { caseNumber: undefined, unitId: undefined }, str(p.originalPetitionId));
    default:
      // Assignment, acceptance, extension, not-accepted, closure, rating, orders: as the bulletins.
      return shared ? on(shared.at, shared.fields) : undefined;
  }
}

/** The event types whose facts the appraisal keeps. */
export const APPRAISAL_EVENT_TYPES: ReadonlySet<string> = new Set([
  'petition.assigned',
  'petition.reassigned',
  'case.accepted',
  'case.not-accepted',
  'case.returned',
  'case.extended',
  'case.reopened',
  'case.replied',
  'case.completion-reported',
  'case.closed',
  'feedback.visited',
  'feedback.rated',
  'feedback.review-decided',
  'petition.concluded',
  'supervision.order-issued',
  'case.order-answered',
  'petition.duplicate-linked',
]);

/** One case's figures for the appraisal (`appraisal_cases`). Dates are ISO strings. */
export interface AppraisalRow {
  petitionId: string;
  caseNumber?: string;
  /** The lead unit (the last assignment's). Rows without one are not appraised. */
  unitId?: string;
  unitName?: string;
  /** When the case was first assigned: it is appraised in that quarter and year. */
  assignedAt?: string;
  quarter?: string;
  year?: string;
  acceptBy?: string;
  /** The first acceptance decision (accepted or not accepted). */
  acceptanceAt?: string;
  notAccepted: boolean;
  /** The handle-by date now in force (handling owns it, ADR 0008). */
  handleBy?: string;
  replies: number;
  firstReplyAt?: string;
  /** A reply came after the handle-by date in force at that moment. */
  lateReply: boolean;
  /** No reply since the last acceptance or reopening: the case waits for one (due `handleBy`). */
  awaitingReply: boolean;
  /** Parts missing from any reply. */
  missingReplyParts: string[];
  /** A review or re-review changed or revoked the reply (复查/复核 变更、撤销). */
  reviewChanged: boolean;
  visited: boolean;
  finalRating?: string;
  concludedReason?: string;
  /** Resolved (解决): satisfied or basically satisfied at the last rating, or concluded as satisfied; undefined while unknown. */
  resolved?: boolean;
  /** Repeat petitions on the same matter linked after the first reply (办结后重复信访). */
  repeatsAfterClosure: number;
  /** The units that returned the case (退回), once per return. */
  returnedBy: string[];
  extensions: number;
  /** The promised completion date of a scheduled reply (限期解决) and when completion was reported. */
  promisedBy?: string;
  completionReportedAt?: string;
  /** Supervision orders on the case (督办单), to the unit named, with their due dates and answers. */
  orders: { orderId: string; unitId?: string; dueBy?: string; answeredAt?: string }[];
}

/** Quarter (`2026-Q4`) and year (`2026`) of an instant in the given time zone. */
export function periodKeysOf(instant: string, timeZone: string): { quarter: string; year: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(new Date(instant));
  const year = parts.find((p) => p.type === 'year')?.value ?? '1970';
  const month = Number(parts.find((p) => p.type === 'month')?.value ?? '1');
  return { quarter: `${year}-Q${Math.ceil(month / 3)}`, year };
}

const later = (a: string | undefined, b: string) => !!a && new Date(a).getTime() > new Date(b).getTime();

/** Derive a case's row from all its facts (any order in, time order inside). */
export function deriveAppraisalRow(petitionId: string, facts: readonly AppraisalFact[], timeZone: string): AppraisalRow {
  const row: AppraisalRow = {
    petitionId,
    notAccepted: false,
    replies: 0,
    lateReply: false,
    awaitingReply: false,
    missingReplyParts: [],
    reviewChanged: false,
    visited: false,
    repeatsAfterClosure: 0,
    returnedBy: [],
    extensions: 0,
    orders: [],
  };
  const missing = new Set<string>();
  const repeats: string[] = [];
  for (const fact of [...facts].sort(byTimeThenId)) {
    if (fact.caseNumber) row.caseNumber = fact.caseNumber;
    switch (fact.type) {
      case 'petition.assigned':
      case 'petition.reassigned':
        row.unitId = fact.unitId;
        row.unitName = fact.unitName ?? row.unitName;
        row.assignedAt ??= fact.at;
        row.acceptBy = fact.acceptBy;
        if (!row.acceptanceAt) row.handleBy = fact.handleBy;
        break;
      case 'case.accepted':
        row.acceptanceAt ??= fact.at;
        row.handleBy = fact.handleBy ?? row.handleBy;
        row.awaitingReply = true;
        break;
      case 'case.not-accepted':
        row.acceptanceAt ??= fact.at;
        row.notAccepted = true;
        break;
      case 'case.returned':
        if (fact.unitId) row.returnedBy.push(fact.unitId);
        break;
      case 'case.extended':
        row.extensions += 1;
        row.handleBy = fact.handleBy ?? row.handleBy;
        break;
      case 'case.reopened':
        row.handleBy = fact.handleBy ?? row.handleBy;
        row.awaitingReply = true;
        break;
      case 'case.replied':
        row.replies += 1;
        row.firstReplyAt ??= fact.at;
        if (row.handleBy && later(fact.at, row.handleBy)) row.lateReply = true;
        row.awaitingReply = false;
        for (const part of fact.missingParts ?? []) missing.add(part);
        if (fact.promisedBy) row.promisedBy = fact.promisedBy;
        break;
      case 'case.completion-reported':
        row.completionReportedAt ??= fact.at;
        break;
      case 'case.closed':
        row.awaitingReply = false;
        break;
      case 'feedback.visited':
        row.visited = true;
        break;
      case 'feedback.rated':
        row.finalRating = fact.code;
        break;
      case 'feedback.review-decided':
        if (fact.code === 'change' || fact.code === 'revoke' || fact.code === 'revised') row.reviewChanged = true;
        break;
      case 'petition.concluded':
        row.concludedReason = fact.code;
        row.awaitingReply = false;
        break;
      case 'supervision.order-issued':
        if (fact.orderId) Object.assign(upsertOrder(row, fact.orderId), { dueBy: fact.dueBy, unitId: fact.unitId });
        break;
      case 'case.order-answered':
        if (fact.orderId) upsertOrder(row, fact.orderId).answeredAt ??= fact.at;
        break;
      case 'petition.duplicate-linked':
        repeats.push(fact.at);
        break;
    }
  }
  row.missingReplyParts = [...missing].sort();
  row.repeatsAfterClosure = row.firstReplyAt ? repeats.filter((at) => later(at, row.firstReplyAt as string)).length : 0;
  if (row.finalRating) row.resolved = row.finalRating === 'satisfied' || row.finalRating === 'basically-satisfied';
  else if (row.concludedReason === 'satisfied') row.resolved = true;
  if (row.assignedAt) Object.assign(row, periodKeysOf(row.assignedAt, timeZone));
  return JSON.parse(JSON.stringify(row)) as AppraisalRow;
}

function upsertOrder(row: AppraisalRow, orderId: string): AppraisalRow['orders'][number] {
  let found = row.orders.find((o) => o.orderId === orderId);
  if (!found) {
    found = { orderId };
    row.orders.push(found);
  }
  return found;
}
