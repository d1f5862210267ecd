import type { CaseState } from '../timeline/case-state';
import { emptyWorkflow } from '../timeline/case-workflow-state';
import { DAY_MS } from '../warning-light/warning-light';
import { ledgerLines, summarise, type UnitCaseLine } from './unit-ledger';

const RULE = { yellowDays: 3, yellowFraction: 0.2 };
const T0 = Date.parse('2026-11-26T09:00:00.000Z');
const day = (n: number) => new Date(T0 + n * DAY_MS).toISOString();

function caseState(changes: Partial<CaseState>): CaseState {
  return {
    petitionId: 'p-1',
    caseNumber: 'SW-2026-000001',
    status: 'accepted',
    open: true,
    escalations: [],
    assistingUnitIds: [],
    involvedUnitIds: [],
    extensions: 0,
    replies: [],
    ratings: [],
    decisions: [],
    supervisionOrders: 0,
    reminders: 0,
    workflow: emptyWorkflow(),
    ...changes,
  };
}

describe('the ledger lines of a case', () => {
  const state = caseState({
    petitionId: 'p-1',
    status: 'replied',
    leadUnitId: 'law-enforcement-bureau',
    assistingUnitIds: ['urban-management-bureau'],
    involvedUnitIds: ['ecology-environment-bureau', 'law-enforcement-bureau', 'urban-management-bureau'],
    clock: { deadline: 'handle-by', startedAt: day(2), dueAt: day(62), stoppedAt: day(70) },
    decisions: [
      { unitId: 'ecology-environment-bureau', accepted: true, decidedAt: day(2), dueAt: day(15), onTime: true },
      { unitId: 'law-enforcement-bureau', accepted: true, decidedAt: day(20), dueAt: day(19), onTime: false },
    ],
    replies: [
      { round: 1, unitId: 'law-enforcement-bureau', outcome: 'supported', repliedAt: day(40), dueAt: day(62), onTime: true },
      { round: 2, unitId: 'law-enforcement-bureau', outcome: 'explained', repliedAt: day(70), dueAt: day(62), onTime: false },
    ],
    ratings: [{ round: 1, unitId: 'law-enforcement-bureau', satisfaction: 'dissatisfied', ratedAt: day(41) }],
  });
  const lines = ledgerLines(state);

  it('gives every involved unit a line with its own role', () => {
    expect([...lines.entries()].map(([unit, line]) => [unit, line.role])).toEqual([
      ['ecology-environment-bureau', 'former'],
      ['law-enforcement-bureau', 'lead'],
      ['urban-management-bureau', 'assisting'],
    ]);
  });

  it('keeps the clock on the lead unit’s line only', () => {
    expect(lines.get('law-enforcement-bureau')!.clock).toEqual(state.clock);
    expect(lines.get('ecology-environment-bureau')!.clock).toBeUndefined();
    expect(lines.get('urban-management-bureau')!.clock).toBeUndefined();
  });

  it('credits decisions, replies and ratings to the unit that made or received them', () => {
    expect(lines.get('ecology-environment-bureau')).toMatchObject({ decisions: 1, decisionsOnTime: 1, replies: 0, dissatisfied: 0 });
    expect(lines.get('law-enforcement-bureau')).toMatchObject({ decisions: 1, decisionsOnTime: 0, replies: 2, repliesOnTime: 1, dissatisfied: 1 });
  });
});

describe('a unit’s summary', () => {
  const line = (changes: Partial<UnitCaseLine>): UnitCaseLine => ({
    petitionId: 'p',
    role: 'lead',
    status: 'accepted',
    caseOpen: true,
    replies: 0,
    repliesOnTime: 0,
    decisions: 0,
    decisionsOnTime: 0,
    satisfied: 0,
    basicallySatisfied: 0,
    dissatisfied: 0,
    ...changes,
  });
  const lines = [
    line({ petitionId: 'overdue', clock: { deadline: 'accept-by', startedAt: day(0), dueAt: day(15) } }),
    line({ petitionId: 'near', clock: { deadline: 'handle-by', startedAt: day(0), dueAt: day(17) }, decisions: 1, decisionsOnTime: 1 }),
    line({ petitionId: 'fresh', clock: { deadline: 'handle-by', startedAt: day(10), dueAt: day(70) }, decisions: 1, decisionsOnTime: 1 }),
    line({ petitionId: 'rated', status: 'replied', replies: 1, repliesOnTime: 1, decisions: 1, decisionsOnTime: 1, satisfied: 1 }),
    line({ petitionId: 'closed', status: 'closed', caseOpen: false, replies: 2, repliesOnTime: 1, decisions: 1, basicallySatisfied: 1, dissatisfied: 1 }),
    line({ petitionId: 'helping', role: 'assisting' }),
    line({ petitionId: 'gone', role: 'former', decisions: 1 }),
  ];

  it('counts open, overdue, replied and rated cases, with the lights as of now', () => {
    const summary = summarise('ecology-environment-bureau', lines, new Date(day(16)), RULE, '区生态环境局');
    expect(summary).toEqual({
      unitId: 'ecology-environment-bureau',
      unitName: '区生态环境局',
      asOf: day(16),
      cases: 7,
      open: 4,
      assisting: 1,
      lights: { red: 1, yellow: 1, green: 1 },
      overdue: 1,
      replied: 2,
      replies: { total: 3, onTime: 2, onTimeRate: 0.6667 },
      acceptance: { total: 5, onTime: 3, onTimeRate: 0.6 },
      ratings: { satisfied: 1, basicallySatisfied: 1, dissatisfied: 1, total: 3, satisfactionRate: 0.6667 },
      visits: { visited: 0, visitRate: 0, ratedInVisit: 0, ratedOnline: 3 },
    });
  });

  it('turns lights red as time passes, from the same ledger', () => {
    expect(summarise('u', lines, new Date(day(1)), RULE).lights).toEqual({ red: 0, yellow: 0, green: 3 });
    expect(summarise('u', lines, new Date(day(71)), RULE).lights).toEqual({ red: 3, yellow: 0, green: 0 });
  });

  it('has no rates before there is anything to rate', () => {
    const summary = summarise('u', [], new Date(day(1)), RULE);
    expect(summary).toMatchObject({ cases: 0, open: 0, overdue: 0 });
    expect(summary.ratings.satisfactionRate).toBeNull();
    expect(summary.replies.onTimeRate).toBeNull();
    expect(summary.acceptance.onTimeRate).toBeNull();
    expect(summary.unitName).toBeUndefined();
  });
});

describe('satisfaction and visits in the unit summary, each case once', () => {
  const RULE_ = { yellowDays: 3, yellowFraction: 0.2 };
  const reopenedThenSatisfied = caseState({
    petitionId: 'p-2',
    status: 'closed',
    open: false,
    leadUnitId: 'ecology-environment-bureau',
    involvedUnitIds: ['ecology-environment-bureau'],
    replies: [
      { round: 1, unitId: 'ecology-environment-bureau', outcome: 'supported', repliedAt: day(10), onTime: true },
      { round: 2, unitId: 'ecology-environment-bureau', outcome: 'supported', repliedAt: day(30), onTime: true },
    ],
    ratings: [
      { round: 1, unitId: 'ecology-environment-bureau', satisfaction: 'dissatisfied', ratedAt: day(11) },
      { round: 2, unitId: 'ecology-environment-bureau', satisfaction: 'satisfied', ratedAt: day(33), source: 'visit' },
    ],
    visits: [
      { unitId: 'ecology-environment-bureau', visitedAt: day(12) },
      { unitId: 'ecology-environment-bureau', visitedAt: day(33) },
    ],
  });
  const ratedOnlineNotVisited = caseState({
    petitionId: 'p-3',
    status: 'replied',
    leadUnitId: 'ecology-environment-bureau',
    involvedUnitIds: ['ecology-environment-bureau'],
    replies: [{ round: 1, unitId: 'ecology-environment-bureau', outcome: 'explained', repliedAt: day(10), onTime: true }],
    ratings: [{ round: 1, unitId: 'ecology-environment-bureau', satisfaction: 'dissatisfied', ratedAt: day(12), source: 'online' }],
  });

  it('counts a case by its final rating, not once per rated round, and credits it to the unit whose reply it rated', () => {
    expect(ledgerLines(reopenedThenSatisfied).get('ecology-environment-bureau')).toMatchObject({ satisfied: 1, dissatisfied: 0, ratedInVisit: 1, visited: 1 });
    const moved = caseState({
      ...reopenedThenSatisfied,
      involvedUnitIds: ['ecology-environment-bureau', 'town-jiayang'],
      ratings: [
        { round: 1, unitId: 'ecology-environment-bureau', satisfaction: 'dissatisfied', ratedAt: day(11) },
        { round: 2, unitId: 'town-jiayang', satisfaction: 'basically-satisfied', ratedAt: day(33) },
      ],
    });
    expect(ledgerLines(moved).get('ecology-environment-bureau')).toMatchObject({ satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 });
    expect(ledgerLines(moved).get('town-jiayang')).toMatchObject({ basicallySatisfied: 1, ratedInVisit: 0, visited: 0 });
  });

  it('sums visits and ratings once per case, whichever their source, with the rates', () => {
    const lines = [reopenedThenSatisfied, ratedOnlineNotVisited].map((s) => ledgerLines(s).get('ecology-environment-bureau')!);
    const summary = summarise('ecology-environment-bureau', lines, new Date(day(40)), RULE_);
    expect(summary.ratings).toEqual({ satisfied: 1, basicallySatisfied: 0, dissatisfied: 1, total: 2, satisfactionRate: 0.5 });
    expect(summary.visits).toEqual({ visited: 1, visitRate: 0.5, ratedInVisit: 1, ratedOnline: 1 });
  });
});

