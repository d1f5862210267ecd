import type { DomainEvent } from '@sunshine/contracts';

/** Reads a payload value as a string (each read model decides whether '' counts as one). */
export type ReadString = (value: unknown) => string | undefined;

/** The part of a case's fact that the appraisal and the bulletins derive alike from an event (codes, ids and dates only). */
export interface CaseEventFields {
  unitId?: string;
  unitName?: string;
  acceptBy?: string;
  handleBy?: string;
  dueBy?: string;
  orderId?: string;
  code?: string;
}

/** When an event about a case happened and what both read models keep of it. */
export interface CaseEventFact {
  /** The event's own date field, where it has one (the caller falls back on `occurredAt`). */
  at: unknown;
  fields: CaseEventFields;
}

/**
 * What supervision's read models of a case (appraisal_cases, bulletin_cases) take alike from the
 * events on its deadlines, replies, closure, rating and supervision orders: the assignment's unit
 * and limits, the handle-by date acceptance, extension and reopening set (ADR 0008), the rating,
 * and the order's id and due date. `null`: the event must not count — a linked co-petitioner's
 * rating is shown on the timeline but does not rate the case. `undefined`: a type this does not
 * cover (each read model handles its own).
 */
export function caseEventFact(event: DomainEvent, str: ReadString): CaseEventFact | null | undefined {
  const p = event.payload as unknown as Record<string, unknown>;
  switch (event.type) {
    case 'petition.assigned':
    case 'petition.reassigned':
      return { at: event.occurredAt, fields: { unitId: str(p.leadUnitId), unitName: str(p.leadUnitName), acceptBy: str(p.acceptBy), handleBy: str(p.handleBy) } };
    case 'case.accepted':
      return { at: p.acceptedAt, fields: { handleBy: str(p.handleBy) } };
    case 'case.extended':
      return { at: event.occurredAt, fields: { handleBy: str(p.handleBy) } };
    case 'case.reopened':
      return { at: p.reopenedAt, fields: { handleBy: str(p.handleBy) } };
    case 'case.not-accepted':
      return { at: p.decidedAt, fields: {} };
    case 'case.replied':
      return { at: p.repliedAt, fields: {} };
    case 'case.closed':
      return { at: p.closedAt, fields: {} };
    case 'petition.concluded':
      return { at: p.concludedAt, fields: {} };
    case 'feedback.rated':
      return p.ratedViaPetitionId ? null : { at: p.ratedAt, fields: { code: str(p.satisfaction) } };
    case 'supervision.order-issued':
      return { at: event.occurredAt, fields: { orderId: str(p.orderId), dueBy: str(p.dueBy) } };
    case 'case.order-answered':
      return { at: p.answeredAt, fields: { orderId: str(p.orderId) } };
    default:
      return undefined;
  }
}

/** Facts in time order, ties broken by event id, so that arrival order and redelivery do not matter. */
export const byTimeThenId = (a: { at: string; id: string }, b: { at: string; id: string }): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
