import type { WorkflowCase } from '../case-workflow/case-workflow';
import { assistDueBy, assistOpinionsView, convene, requestCoordination, submitAssistOpinion } from './joint-handling';

const LEAD = 'ecology-environment-bureau';
const JIAYANG = 'town-jiayang';
const HOUSING = 'housing-construction-bureau';
const policy = { assistDays: 10 };
const acceptedAt = new Date('2026-11-27T02:00:00.000Z');
const now = new Date('2026-12-01T02:00:00.000Z');

function accepted(overrides: Partial<WorkflowCase> = {}): WorkflowCase {
  return {
    _id: 'p1',
    caseNumber: 'SW-2026-000123',
    leadUnitId: LEAD,
    assistingUnitIds: [JIAYANG],
    unitIds: [LEAD, JIAYANG],
    status: 'accepted',
    round: 0,
    version: 2,
    acceptBy: new Date('2026-12-11T15:59:59.999Z'),
    handleBy: new Date('2027-01-26T15:59:59.999Z'),
    returnBy: new Date('2026-12-03T15:59:59.999Z'),
    assignedAt: new Date('2026-11-26T09:00:00.000Z'),
    acceptedAt,
    ...overrides,
  };
}
const after = (state: WorkflowCase, decision: { set: Record<string, unknown> }) => ({ ...state, ...decision.set }) as WorkflowCase;
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('assisting units’ opinions (协办意见)', () => {
  const assisting = { unitId: JIAYANG, subject: 'staff-jiayang' };

  it('are due HANDLING_ASSIST_DAYS after acceptance, at the end of that day (Shanghai)', () => {
    expect(assistDueBy(accepted(), policy)?.toISOString()).toBe('2026-12-07T15:59:59.999Z');
    expect(assistDueBy(accepted({ status: 'assigned', acceptedAt: null }), policy)).toBeUndefined();
  });

  it('an assisting unit submits one, stored under assistOpinions, with case.assist-opinion-submitted', () => {
    const decision = submitAssistOpinion(accepted(), assisting, '许可已过期', now, policy);
    expect(decision.set.assistOpinions).toEqual([{ unitId: JIAYANG, opinion: '许可已过期', submittedAt: now }]);
    expect(decision.event).toEqual({
      type: 'case.assist-opinion-submitted',
      payload: { caseNumber: 'SW-2026-000123', unitId: JIAYANG, opinion: '许可已过期', submittedAt: now.toISOString() },
    });
  });

  it('a second opinion of the same unit replaces the first', () => {
    const first = after(accepted(), submitAssistOpinion(accepted(), assisting, '一', now, policy));
    const second = submitAssistOpinion(first, assisting, '二', now, policy);
    expect(second.set.assistOpinions).toEqual([{ unitId: JIAYANG, opinion: '二', submittedAt: now }]);
  });

  it('is refused from the lead unit or any other unit (403)', () => {
    expect(codeOf(() => submitAssistOpinion(accepted(), { unitId: LEAD, subject: 's' }, 'x', now, policy))).toBe('JOINT.NOT_ASSISTING_UNIT');
    expect(codeOf(() => submitAssistOpinion(accepted(), { unitId: HOUSING, subject: 's' }, 'x', now, policy))).toBe('JOINT.NOT_ASSISTING_UNIT');
  });

  it('is refused after its due date and once the lead unit replied', () => {
    expect(codeOf(() => submitAssistOpinion(accepted(), assisting, 'x', new Date('2026-12-07T16:00:00.000Z'), policy))).toBe('JOINT.OPINION_OVERDUE');
    expect(codeOf(() => submitAssistOpinion(accepted(), assisting, 'x', new Date('2026-12-07T15:59:59.999Z'), policy))).toBeUndefined();
    expect(codeOf(() => submitAssistOpinion(accepted({ status: 'replied' }), assisting, 'x', now, policy))).toBe('JOINT.OPINIONS_CLOSED');
  });

  it('runs a new due date from a reopening', () => {
    const reopened = accepted({ status: 'reopened', reopenings: [{ reopenedAt: new Date('2027-01-05T02:00:00.000Z'), handleBy: new Date(), afterRound: 1, reason: 'dissatisfied' }] });
    expect(codeOf(() => submitAssistOpinion(reopened, assisting, 'x', new Date('2027-01-10T02:00:00.000Z'), policy))).toBeUndefined();
  });

  it('are listed per assisting unit with the due date and whether each came', () => {
    const state = accepted({ assistingUnitIds: [JIAYANG, HOUSING], assistOpinions: [{ unitId: JIAYANG, opinion: '许可已过期', submittedAt: now }] });
    expect(assistOpinionsView(state, policy)).toEqual([
      { unitId: JIAYANG, submitted: true, dueBy: new Date('2026-12-07T15:59:59.999Z'), opinion: '许可已过期', submittedAt: now },
      { unitId: HOUSING, submitted: false, dueBy: new Date('2026-12-07T15:59:59.999Z') },
    ]);
  });
});

describe('the joint office convenes a case (联席会商)', () => {
  const office = { subject: 'joint-office-1' };

  it('records the joint handling opinion and lets new participants read the case', () => {
    const decision = convene(accepted(), office, { participantUnitIds: [HOUSING, JIAYANG, HOUSING], opinion: '住建局牵头整改' }, now);
    expect(decision.set).toMatchObject({
      jointHandling: { convenedBy: 'joint-office-1', participantUnitIds: [HOUSING, JIAYANG], opinion: '住建局牵头整改', convenedAt: now },
      unitIds: [LEAD, JIAYANG, HOUSING],
    });
    expect(decision.event).toMatchObject({ type: 'case.joint-convened', payload: { unitId: LEAD, participantUnitIds: [HOUSING, JIAYANG], convenedBy: 'joint-office-1' } });
  });

  it('never brings in a unit the report accuses', () => {
    expect(codeOf(() => convene(accepted({ accusedUnitIds: [HOUSING] }), office, { participantUnitIds: [HOUSING], opinion: 'x' }, now))).toBe('JOINT.PARTICIPANT_NOT_ALLOWED');
  });

  it('answers a pending coordination request', () => {
    const requested = accepted({ coordination: { unitId: LEAD, reason: 'r', requestedBy: 's', requestedAt: now, status: 'pending' } });
    expect(convene(requested, office, { participantUnitIds: [HOUSING], opinion: 'x' }, now).set).toMatchObject({ coordination: { status: 'convened' }, coordinationPending: false });
  });

  it('is for cases still being handled', () => {
    for (const status of ['replied', 'closed', 'returned', 'not-accepted'] as const) {
      expect(codeOf(() => convene(accepted({ status }), office, { participantUnitIds: [HOUSING], opinion: 'x' }, now))).toBe('JOINT.CASE_NOT_OPEN');
    }
  });
});

describe('the lead unit asks the joint office to coordinate (申请协调)', () => {
  const lead = { unitId: LEAD, subject: 'staff-ecology' };
  const late = new Date('2026-12-04T02:00:00.000Z');

  it('only after its return window closed; before, it is told to return the case instead', () => {
    expect(codeOf(() => requestCoordination(accepted(), lead, '职责交叉', now))).toBe('JOINT.RETURN_WINDOW_OPEN');
    const decision = requestCoordination(accepted(), lead, '职责交叉', late);
    expect(decision.set).toMatchObject({ coordination: { unitId: LEAD, reason: '职责交叉', status: 'pending' }, coordinationPending: true });
    expect(decision.event).toEqual({ type: 'case.coordination-requested', payload: { caseNumber: 'SW-2026-000123', unitId: LEAD, reason: '职责交叉', requestedAt: late.toISOString() } });
  });

  it('is for the lead unit, once at a time, on a case still being handled', () => {
    expect(codeOf(() => requestCoordination(accepted(), { unitId: JIAYANG, subject: 's' }, 'r', late))).toBe('CASE.NOT_LEAD_UNIT');
    const pending = after(accepted(), requestCoordination(accepted(), lead, 'r', late));
    expect(codeOf(() => requestCoordination(pending, lead, 'r', late))).toBe('JOINT.COORDINATION_PENDING');
    expect(codeOf(() => requestCoordination(accepted({ status: 'closed' }), lead, 'r', late))).toBe('JOINT.CASE_NOT_OPEN');
  });
});
