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
