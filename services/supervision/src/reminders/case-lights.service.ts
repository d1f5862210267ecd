import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import type { CaseState } from '../timeline/case-state';
import type { TimelineEntry } from '../timeline/timeline-entry';
import { earliest, limitId, mergeLimits, orderLimit, watchedLimitsOf, worstLight, type StoredLimit } from './case-lights';
import type { CaseLightRecord } from './case-light.schema';
import { CaseLightRepository, type CaseLightFields } from './case-light.repository';

/** What a change makes of a case's row: the fields to set and the events to queue with them. */
export interface RowChange {
  fields: Partial<CaseLightFields>;
  events?: DomainEvent[];
}

const MAX_ATTEMPTS = 20;

/** `nextCheckAt` of a row to judge at the next scan, whatever time that scan thinks it is. */
const AT_ONCE = new Date(0);

export interface IssuedOrderFacts {
  petitionId: string;
  caseNumber: string;
  unitId: string;
  orderId: string;
  issuedAt: Date;
  dueBy: Date;
  /** The limit (`limitId`) whose passing caused an automatic order (marked as ordered). */
  limitKey?: string;
  /** Watch its due date: false once answered. */
  watch: boolean;
}

/** The lights' derived fields for a set of limits. */
export function lightFields(limits: StoredLimit[]): Pick<CaseLightFields, 'limits' | 'light' | 'lightSince'> {
  const worst = worstLight(limits);
  return { limits, light: worst?.light ?? null, lightSince: worst?.since ?? null };
}

/**
 * Keeps `case_lights` in step with the cases: the limits a case has now (after each event the
 * timeline derived), the open orders' due dates, the number of returns. Each change re-reads and
 * writes conditionally on the revision, retrying when another writer came first.
 */
@Injectable()
export class CaseLightsService {
  constructor(private readonly rows: CaseLightRepository) {}

  /**
   * Apply `change` to the case's current row (null: none yet) until it sticks; `change` returns
   * null for nothing to do. Resolves to the row's fields as written, or null when nothing was.
   */
  async change(petitionId: string, now: Date, change: (row: CaseLightRecord | null) => RowChange | null): Promise<RowChange | null> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const row = await this.rows.get(petitionId);
      const next = change(row);
      if (!next) return null;
      const events = next.events ?? [];
      const written = row
        ? await this.rows.update(petitionId, row.rev, next.fields, events, now)
        : await this.rows.create(petitionId, next.fields as CaseLightFields, events, now);
      if (written) return next;
    }
    throw new Error(`case_lights ${petitionId}: too many concurrent writers`);
  }

  /** After the timeline derived the case from `version` entries: its limits and returns now. */
  async track(state: CaseState, entries: readonly TimelineEntry[], version: number, now: Date): Promise<void> {
    if (!state.caseNumber) return;
    const returned = entries.filter((e) => e.type === 'case.returned').sort((a, b) => new Date(a.occurredAt).getTime() - new Date(b.occurredAt).getTime());
    const lastReturnedBy = returned.at(-1)?.facts.unitId;
    const watched = watchedLimitsOf(state);
    await this.change(state.petitionId, now, (row) => {
      // Nothing to watch before a unit has (or returned) the case; a returned case keeps its row and its count.
      const unitId = state.leadUnitId ?? row?.unitId ?? (typeof lastReturnedBy === 'string' ? lastReturnedBy : undefined);
      if (!unitId) return null;
      if (row && row.derivedFrom >= version) return null;
      const { limits, changed } = mergeLimits(row?.limits ?? [], watched);
      const moreReturns = returned.length > (row?.returns ?? 0);
      return {
        fields: {
          caseNumber: state.caseNumber!,
          unitId,
          open: state.open,
          ...lightFields(limits),
          returns: returned.length,
          ...(typeof lastReturnedBy === 'string' ? { lastReturnedBy } : {}),
          derivedFrom: version,
          // A new or moved limit (or one more return) is judged at the next scan; otherwise the stored time stands.
          nextCheckAt: changed || moreReturns || !row ? (limits.length || moreReturns ? AT_ONCE : null) : row.nextCheckAt,
        },
      };
    });
  }

  /** The automatic order for repeated returns was issued. */
  async returnsOrdered(petitionId: string, orderId: string, now: Date): Promise<void> {
    await this.change(petitionId, now, (row) => (!row || row.returnsOrderId ? null : { fields: { returnsOrderId: orderId } }));
  }

  /** An order was issued: watch its due date (reminders), and note an automatic one on its limit. */
  async orderIssued(order: IssuedOrderFacts, now: Date): Promise<void> {
    const watch = orderLimit(order.orderId, order.issuedAt.toISOString(), order.dueBy.toISOString());
    await this.change(order.petitionId, now, (row) => {
      const stored = row?.limits ?? [];
      // An order answered already is not watched (again).
      const known = !order.watch || stored.some((l) => l.key === watch.key);
      const marked = !order.limitKey || stored.every((l) => limitId(l) !== order.limitKey || l.autoOrderId === order.orderId);
      if (known && marked) return null;
      const limits = stored.map((l) => (limitId(l) === order.limitKey && !l.autoOrderId ? { ...l, autoOrderId: order.orderId } : l));
      if (!known) limits.push({ ...watch, light: 'green', since: watch.startedAt, reminded: [] });
      return {
        fields: {
          ...(row ? {} : { caseNumber: order.caseNumber, unitId: order.unitId, open: true, returns: 0, derivedFrom: 0 }),
          ...lightFields(limits),
          nextCheckAt: earliest([now, row?.nextCheckAt ?? null]),
        },
      };
    });
  }

  /** An order was answered: its due date is no longer watched. */
  async orderAnswered(petitionId: string, orderId: string, now: Date): Promise<void> {
    await this.change(petitionId, now, (row) => {
      if (!row || !row.limits.some((l) => l.orderId === orderId)) return null;
      return { fields: lightFields(row.limits.filter((l) => l.orderId !== orderId)) };
    });
  }
}
