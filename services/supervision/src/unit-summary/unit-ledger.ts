import type { WarningLight } from '@sunshine/contracts';
import type { CaseState, CaseStatus } from '../timeline/case-state';
import { warningLight, type CaseClock, type LightRule } from '../warning-light/warning-light';

/**
 * A unit's ledger (单位台账): one line per case the unit had a part in, so the unit's summary is
 * one document read, not a scan of every timeline. Each line is a pure function of the case's
 * timeline (written with the timeline's version, newer wins), so redelivered and out-of-order
 * events leave exactly the line the whole timeline gives. Time-dependent numbers (overdue now)
 * come from the lines' clocks at read time.
 */
export interface UnitCaseLine {
  petitionId: string;
  caseNumber?: string;
  /** lead: the unit handles it now (主办); assisting: 协办; former: it had a part before. */
  role: 'lead' | 'assisting' | 'former';
  status: CaseStatus;
  /** The case is not finished (see CaseState.open). */
  caseOpen: boolean;
  /** The lead unit's deadline (only on lead lines). */
  clock?: CaseClock;
  /** Reply rounds this unit gave, and how many by their deadline. */
  replies: number;
  repliesOnTime: number;
  /** Acceptance decisions this unit made (accepted or not), and how many within the period. */
  decisions: number;
  decisionsOnTime: number;
  /**
   * The case's final rating (its latest rated round, online or recorded in a visit), 1 in its
   * level when that round was this unit's reply: each case counts once, whatever the rounds.
   */
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  /** 1 when that final rating was recorded during a return visit (回访代评). */
  ratedInVisit?: number;
  /** 1 when this unit made at least one return visit about the case (回访). */
  visited?: number;
}

/** The ledger line of every unit involved in the case. */
export function ledgerLines(state: CaseState): Map<string, UnitCaseLine> {
  const lines = new Map<string, UnitCaseLine>();
  for (const unitId of state.involvedUnitIds) {
    const role = unitId === state.leadUnitId ? 'lead' : state.assistingUnitIds.includes(unitId) ? 'assisting' : 'former';
    const replies = state.replies.filter((r) => r.unitId === unitId);
    const decisions = state.decisions.filter((d) => d.unitId === unitId);
    // Satisfaction counts each case once, by its final rating (see the supervision canvas).
    const final = state.ratings.length ? state.ratings.reduce((a, b) => (b.round > a.round ? b : a)) : undefined;
    const rated = final && final.unitId === unitId ? final : undefined;
    const visited = (state.visits ?? []).some((v) => v.unitId === unitId);
    lines.set(unitId, {
      petitionId: state.petitionId,
      ...(state.caseNumber ? { caseNumber: state.caseNumber } : {}),
      role,
      status: state.status,
      caseOpen: state.open,
      ...(role === 'lead' && state.clock ? { clock: state.clock } : {}),
      replies: replies.length,
      repliesOnTime: replies.filter((r) => r.onTime === true).length,
      decisions: decisions.length,
      decisionsOnTime: decisions.filter((d) => d.onTime === true).length,
      satisfied: rated?.satisfaction === 'satisfied' ? 1 : 0,
      basicallySatisfied: rated?.satisfaction === 'basically-satisfied' ? 1 : 0,
      dissatisfied: rated?.satisfaction === 'dissatisfied' ? 1 : 0,
      ratedInVisit: rated?.source === 'visit' ? 1 : 0,
      visited: visited ? 1 : 0,
    });
  }
  return lines;
}

export interface UnitSummary {
  unitId: string;
  unitName?: string;
  /** When the time-dependent numbers were computed. */
  asOf: string;
  /** Cases the unit has (had) a part in. */
  cases: number;
  /** Open cases the unit leads (主办). */
  open: number;
  /** Open cases it assists (协办). */
  assisting: number;
  /** Open cases by warning light now; `overdue` = red. */
  lights: Record<WarningLight, number>;
  overdue: number;
  /** Cases the unit has replied to at least once. */
  replied: number;
  replies: { total: number; onTime: number; onTimeRate: number | null };
  acceptance: { total: number; onTime: number; onTimeRate: number | null };
  ratings: {
    satisfied: number;
    basicallySatisfied: number;
    dissatisfied: number;
    total: number;
    /** (satisfied + basically satisfied) / rated, the 12345 practice; null before any rating. */
    satisfactionRate: number | null;
  };
  /** Return visits (回访), each case once: cases visited, of the cases replied to, and ratings recorded in a visit. */
  visits: { visited: number; visitRate: number | null; ratedInVisit: number; ratedOnline: number };
}

const rate = (part: number, whole: number): number | null => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** Sum a unit's lines, with the lights as of `now`. */
export function summarise(unitId: string, lines: readonly UnitCaseLine[], now: Date, rule: LightRule, unitName?: string): UnitSummary {
  const lights: Record<WarningLight, number> = { red: 0, yellow: 0, green: 0 };
  let open = 0;
  let assisting = 0;
  let replied = 0;
  const replies = { total: 0, onTime: 0 };
  const acceptance = { total: 0, onTime: 0 };
  const ratings = { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 };
  let visited = 0;
  let ratedInVisit = 0;
  for (const line of lines) {
    if (line.caseOpen && line.role === 'lead') {
      open += 1;
      const light = warningLight(line.clock, now, rule);
      if (light) lights[light] += 1;
    }
    if (line.caseOpen && line.role === 'assisting') assisting += 1;
    if (line.replies > 0) replied += 1;
    replies.total += line.replies;
    replies.onTime += line.repliesOnTime;
    acceptance.total += line.decisions;
    acceptance.onTime += line.decisionsOnTime;
    ratings.satisfied += line.satisfied;
    ratings.basicallySatisfied += line.basicallySatisfied;
    ratings.dissatisfied += line.dissatisfied;
    // Lines written before these were kept count as not visited / rated online.
    visited += line.visited ?? 0;
    ratedInVisit += line.ratedInVisit ?? 0;
  }
  const rated = ratings.satisfied + ratings.basicallySatisfied + ratings.dissatisfied;
  return {
    unitId,
    ...(unitName ? { unitName } : {}),
    asOf: now.toISOString(),
    cases: lines.length,
    open,
    assisting,
    lights,
    overdue: lights.red,
    replied,
    replies: { ...replies, onTimeRate: rate(replies.onTime, replies.total) },
    acceptance: { ...acceptance, onTimeRate: rate(acceptance.onTime, acceptance.total) },
    ratings: { ...ratings, total: rated, satisfactionRate: rate(ratings.satisfied + ratings.basicallySatisfied, rated) },
    visits: { visited, visitRate: rate(visited, replied), ratedInVisit, ratedOnline: rated - ratedInVisit },
  };
}
