import {
  STATUTORY,
  statusAfterEvent,
  type DuplicateRelation,
  type EscalationReason,
  type PetitionKind,
  type PetitionStatus,
  type ReplyOutcome,
  type SatisfactionLevel,
  type Urgency,
} from '@sunshine/contracts';
import { DAY_MS, type CaseClock } from '../warning-light/warning-light';
import { applyWorkflowEntry, emptyWorkflow, type CaseWorkflow } from './case-workflow-state';
import { compareEntries, type Facts, type TimelineEntry } from './timeline-entry';

/**
 * Where a case stands (derived, never set directly): the petition statuses of the contracts
 * library. `unknown`: only other petitions' duplicate links have mentioned it so far.
 */
export type CaseStatus = PetitionStatus;

/** Statuses in which nothing more is expected of anyone: not open. */
const FINISHED: ReadonlySet<CaseStatus> = new Set(['linked', 'not-accepted', 'not-accepted-again', 'transferred', 'closed', 'concluded', 'withdrawn']);

export interface ReplyRecord {
  round: number;
  unitId: string;
  outcome: ReplyOutcome;
  repliedAt: string;
  /** The handle-by deadline in force when the reply was given. */
  dueAt?: string;
  /** Replied at or before that deadline; null when no deadline was known. */
  onTime: boolean | null;
}

export interface RatingRecord {
  round: number;
  unitId: string;
  satisfaction: SatisfactionLevel;
  ratedAt: string;
  /** Online, or recorded during a return visit (absent: online, before sources were kept). */
  source?: 'online' | 'visit';
}

/** A return visit (回访) about a unit's reply. */
export interface VisitRecord {
  unitId: string;
  visitedAt: string;
}

/** A decision on acceptance (受理 or 不予受理), due within 15 days (信访工作条例 art. 31). */
export interface AcceptanceDecision {
  unitId: string;
  accepted: boolean;
  decidedAt: string;
  dueAt?: string;
  onTime: boolean | null;
}

export interface DuplicateLink {
  petitionId: string;
  caseNumber: string;
  relation: DuplicateRelation;
}

export interface CaseState {
  petitionId: string;
  caseNumber?: string;
  status: CaseStatus;
  /** Not finished: something is still expected (of a unit, the petitioner or a reviewing body). */
  open: boolean;
  receivedAt?: string;
  kind?: PetitionKind;
  urgency?: Urgency;
  escalations: EscalationReason[];
  leadUnitId?: string;
  leadUnitName?: string;
  assistingUnitIds: string[];
  /** Every unit that ever had a part in the case (lead, assisting, replying, returning…). */
  involvedUnitIds: string[];
  acceptBy?: string;
  handleBy?: string;
  acceptedAt?: string;
  extensions: number;
  /** The deadline the warning light is computed from; absent when no unit deadline runs. */
  clock?: CaseClock;
  replies: ReplyRecord[];
  ratings: RatingRecord[];
  /** Return visits, in time order (absent in states built before visits were followed). */
  visits?: VisitRecord[];
  decisions: AcceptanceDecision[];
  duplicateOf?: DuplicateLink;
  reviewAnswerBy?: string;
  supervisionOrders: number;
  reminders: number;
  /** Extension requests, assisting opinions, convening, leaders' instructions, promises (case-workflow-state.ts). */
  workflow: CaseWorkflow;
}

export interface DerivationRules {
  /** 信访工作条例 art. 31: acceptance decided within 15 days of receipt (the clock before assignment). */
  acceptDays: number;
}

export const DEFAULT_DERIVATION_RULES: DerivationRules = { acceptDays: STATUTORY.acceptDays };

const str = (f: Facts, key: string): string | undefined => (typeof f[key] === 'string' ? (f[key] as string) : undefined);
const num = (f: Facts, key: string): number | undefined => (typeof f[key] === 'number' ? (f[key] as number) : undefined);
const list = (f: Facts, key: string): string[] => (Array.isArray(f[key]) ? (f[key] as string[]) : []);
const iso = (d: Date | string) => new Date(d).toISOString();
const notAfter = (at: string, due: string | undefined): boolean | null => (due ? Date.parse(at) <= Date.parse(due) : null);

/**
 * The case state from the timeline's entries, applied in time order (see compareEntries), so the
 * same events give the same state whatever order they arrived in. An entry present twice (it
 * cannot be, the inbox sees to it) would count once.
 */
export function deriveCase(petitionId: string, entries: readonly TimelineEntry[], rules: DerivationRules = DEFAULT_DERIVATION_RULES): CaseState {
  const seen = new Set<string>();
  const ordered = [...entries].sort(compareEntries).filter((e) => !seen.has(e.eventId) && seen.add(e.eventId));
  const state: CaseState = {
    petitionId,
    status: 'unknown',
    open: true,
    escalations: [],
    assistingUnitIds: [],
    involvedUnitIds: [],
    extensions: 0,
    replies: [],
    ratings: [],
    visits: [],
    decisions: [],
    supervisionOrders: 0,
    reminders: 0,
    workflow: emptyWorkflow(),
  };
  const involved = new Set<string>();
  const involve = (...units: (string | undefined)[]) => units.forEach((u) => u && involved.add(u));
  const replies = new Map<number, ReplyRecord>();
  const ratings = new Map<number, RatingRecord>();

  for (const entry of ordered) {
    const f = entry.facts;
    const at = iso(entry.occurredAt);
    state.caseNumber ??= str(f, 'caseNumber');
    const unitId = str(f, 'unitId');
    // Case and feedback events name the unit; a unit acting before its assignment is known is the one handling it.
    if (unitId && entry.type.startsWith('case.') && !state.leadUnitId && entry.type !== 'case.returned') state.leadUnitId = unitId;
    involve(unitId, str(f, 'assistingUnitId'), ...list(f, 'participantUnitIds'));
    applyWorkflowEntry(state.workflow, entry, at);

    switch (entry.type) {
      case 'petition.registered':
        state.receivedAt = str(f, 'receivedAt');
        if (state.status === 'unknown') state.status = 'registered';
        if (!state.clock && state.receivedAt) {
          // Before any assignment the 15 days of art. 31 already run from receipt.
          state.clock = {
            deadline: 'accept-by',
            startedAt: state.receivedAt,
            dueAt: new Date(Date.parse(state.receivedAt) + rules.acceptDays * DAY_MS).toISOString(),
          };
        }
        break;
      case 'petition.duplicate-linked':
        state.duplicateOf = {
          petitionId: str(f, 'originalPetitionId') ?? '',
          caseNumber: str(f, 'originalCaseNumber') ?? '',
          relation: (str(f, 'relation') ?? 'repeat') as DuplicateRelation,
        };
        state.clock = undefined;
        break;
      case 'petition.link-undone':
        // A wrong link undone: the petition is routed afresh as a case of its own.
        state.duplicateOf = undefined;
        state.status = 'registered';
        break;
      case 'case.transferred':
        state.clock = undefined;
        break;
      case 'petition.triaged':
        state.kind = str(f, 'kind') as PetitionKind;
        state.urgency = str(f, 'urgency') as Urgency;
        break;
      case 'petition.escalated': {
        const reason = str(f, 'reason') as EscalationReason;
        if (!state.escalations.includes(reason)) state.escalations.push(reason);
        break;
      }
      case 'petition.assigned':
      case 'petition.reassigned':
        state.leadUnitId = str(f, 'leadUnitId');
        state.leadUnitName = str(f, 'leadUnitName');
        state.assistingUnitIds = list(f, 'assistingUnitIds');
        state.acceptBy = str(f, 'acceptBy');
        state.handleBy = str(f, 'handleBy');
        state.receivedAt ??= str(f, 'receivedAt');
        state.kind ??= str(f, 'kind') as PetitionKind | undefined;
        state.acceptedAt = undefined;
        involve(state.leadUnitId, str(f, 'previousUnitId'), ...state.assistingUnitIds);
        // The unit's own period starts when it receives the case.
        state.clock = state.acceptBy ? { deadline: 'accept-by', startedAt: at, dueAt: state.acceptBy } : undefined;
        break;
      case 'case.accepted':
      case 'case.not-accepted': {
        const accepted = entry.type === 'case.accepted';
        const decidedAt = str(f, accepted ? 'acceptedAt' : 'decidedAt') ?? at;
        state.decisions.push({ unitId: unitId ?? '', accepted, decidedAt, dueAt: state.acceptBy, onTime: notAfter(decidedAt, state.acceptBy) });
        if (accepted) {
          state.acceptedAt = decidedAt;
          state.handleBy = str(f, 'handleBy') ?? state.handleBy;
          state.clock = state.handleBy ? { deadline: 'handle-by', startedAt: decidedAt, dueAt: state.handleBy } : undefined;
        } else {
          state.clock = undefined;
        }
        break;
      }
      case 'case.returned':
        // The returning unit is out; the case waits for routing, still on the acceptance clock.
        if (state.leadUnitId === unitId) {
          state.leadUnitId = undefined;
          state.leadUnitName = undefined;
          state.assistingUnitIds = [];
        }
        if (state.clock) state.clock = { ...state.clock, deadline: 'accept-by', dueAt: state.acceptBy ?? state.clock.dueAt, stoppedAt: undefined };
        break;
      case 'case.extended':
        state.extensions += 1;
        state.handleBy = str(f, 'handleBy') ?? state.handleBy;
        if (state.clock?.deadline === 'handle-by' && !state.clock.stoppedAt && state.handleBy) state.clock = { ...state.clock, dueAt: state.handleBy };
        break;
      case 'case.replied': {
        const round = num(f, 'round') ?? replies.size + 1;
        const repliedAt = str(f, 'repliedAt') ?? at;
        // A reply is due by the handling deadline, also when it comes without a separate acceptance.
        const dueAt = state.clock?.deadline === 'handle-by' ? state.clock.dueAt : state.handleBy;
        replies.set(round, { round, unitId: unitId ?? '', outcome: str(f, 'outcome') as ReplyOutcome, repliedAt, dueAt, onTime: notAfter(repliedAt, dueAt) });
        state.clock = dueAt ? { deadline: 'handle-by', startedAt: state.clock?.startedAt ?? at, dueAt, stoppedAt: repliedAt } : undefined;
        break;
      }
      case 'case.reopened': {
        const reopenedAt = str(f, 'reopenedAt') ?? at;
        state.handleBy = str(f, 'handleBy') ?? state.handleBy;
        state.clock = state.handleBy ? { deadline: 'handle-by', startedAt: reopenedAt, dueAt: state.handleBy } : undefined;
        break;
      }
      case 'feedback.rated': {
        // A linked petitioner's rating is counted in the workflow; the case follows its own petitioner's.
        if (str(f, 'ratedViaPetitionId')) break;
        const round = num(f, 'round') ?? 1;
        const source = str(f, 'source') === 'visit' ? ('visit' as const) : undefined;
        ratings.set(round, { round, unitId: unitId ?? '', satisfaction: str(f, 'satisfaction') as SatisfactionLevel, ratedAt: str(f, 'ratedAt') ?? at, ...(source ? { source } : {}) });
        break;
      }
      case 'feedback.visited':
        if (unitId) state.visits!.push({ unitId, visitedAt: str(f, 'visitedAt') ?? at });
        break;
      case 'feedback.review-requested':
        state.reviewAnswerBy = str(f, 'answerBy');
        break;
      case 'supervision.reminded':
        state.reminders += 1;
        break;
      case 'supervision.order-issued':
        state.supervisionOrders += 1;
        break;
      default:
        break;
    }
    // A registration only moves an `unknown` case (handled above): it never undoes a later status.
    if (entry.type !== 'petition.registered') state.status = statusAfterEvent(entry.type, state.status) ?? state.status;
  }

  state.replies = [...replies.values()].sort((a, b) => a.round - b.round);
  state.ratings = [...ratings.values()].sort((a, b) => a.round - b.round);
  state.involvedUnitIds = [...involved].sort();
  state.open = !FINISHED.has(state.status);
  state.clock = unitClock(state);
  return state;
}

/** Only cases waiting on a unit have a light; a reply the petitioner has rated needs nothing more. */
function unitClock(state: CaseState): CaseClock | undefined {
  if (!state.clock) return undefined;
  switch (state.status) {
    case 'registered':
    case 'awaiting-instruction':
    case 'assigned':
    case 'rerouting':
    case 'accepted':
    case 'reopened':
      return state.clock;
    case 'replied': {
      const lastReply = state.replies.at(-1)?.round ?? 0;
      const rated = state.ratings.some((r) => r.round >= lastReply);
      return rated ? undefined : state.clock;
    }
    default:
      return undefined;
  }
}
