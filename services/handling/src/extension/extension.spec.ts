import type { WorkflowCase } from '../case-workflow/case-workflow';
import { decideExtension, latestExtension, requestExtension } from './extension';

const LEAD = 'ecology-environment-bureau';
const unit = { unitId: LEAD, subject: 'staff-ecology-007' };
const leader = { subject: 'dev-leader', leaderId: 'district-head' };
const REQ = '0193a1f2-7c4e-4d31-9a2b-5f6e7d8c9b01';
const now = new Date('2026-12-20T02:00:00.000Z');
const handleBy = new Date('2027-01-26T15:59:59.999Z');

function accepted(overrides: Partial<WorkflowCase> = {}): WorkflowCase {
  return {
    _id: 'p1',
    caseNumber: 'SW-2026-000123',
    leadUnitId: LEAD,
    assistingUnitIds: ['town-jiayang'],
    unitIds: [LEAD, 'town-jiayang'],
    status: 'accepted',
    round: 0,
    version: 2,
    acceptBy: new Date('2026-12-11T15:59:59.999Z'),
    handleBy,
    assignedAt: new Date('2026-11-26T09:00:00.000Z'),
    acceptedAt: new Date('2026-11-27T02:00:00.000Z'),
    ...overrides,
  };
}

/** The state after the decision's fields are stored. */
const after = (state: WorkflowCase, decision: { set: Record<string, unknown> }) => ({ ...state, ...decision.set }) as WorkflowCase;
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('a unit asks for an extension (延期申请)', () => {
  it('records a pending request and publishes case.extension-requested; the deadline does not move', () => {
    const decision = requestExtension(accepted(), unit, { days: 20, reason: '涉及多个部门' }, REQ, now);
    expect(decision.set.handleBy).toBeUndefined();
    expect(decision.set).toMatchObject({ extensionPending: true, extensionRequests: [{ requestId: REQ, days: 20, status: 'pending', requestedBy: 'staff-ecology-007' }] });
    expect(decision.event).toEqual({
      type: 'case.extension-requested',
      payload: { caseNumber: 'SW-2026-000123', unitId: LEAD, requestId: REQ, days: 20, reason: '涉及多个部门', requestedBy: 'staff-ecology-007', requestedAt: now.toISOString() },
    });
  });

  it('is for the lead unit only', () => {
    expect(codeOf(() => requestExtension(accepted(), { unitId: 'town-jiayang', subject: 's' }, { days: 5, reason: 'r' }, REQ, now))).toBe('CASE.NOT_LEAD_UNIT');
  });

  it('refuses 0, 31 or a fraction of days (at most 30, 信访工作条例 art. 32)', () => {
    for (const days of [0, 31, 2.5]) expect(codeOf(() => requestExtension(accepted(), unit, { days, reason: 'r' }, REQ, now))).toBe('CASE.EXTENSION_TOO_LONG');
    expect(codeOf(() => requestExtension(accepted(), unit, { days: 30, reason: 'r' }, REQ, now))).toBeUndefined();
  });

  it('is refused before acceptance, after the reply and on a closed case', () => {
    expect(codeOf(() => requestExtension(accepted({ status: 'assigned' }), unit, { days: 5, reason: 'r' }, REQ, now))).toBe('CASE.NOT_ACCEPTED_YET');
    expect(codeOf(() => requestExtension(accepted({ status: 'replied' }), unit, { days: 5, reason: 'r' }, REQ, now))).toBe('CASE.ALREADY_REPLIED');
    expect(codeOf(() => requestExtension(accepted({ status: 'closed' }), unit, { days: 5, reason: 'r' }, REQ, now))).toBe('CASE.CLOSED');
    expect(codeOf(() => requestExtension(accepted({ status: 'reopened' }), unit, { days: 5, reason: 'r' }, REQ, now))).toBeUndefined();
  });

  it('is refused after the handle-by deadline, naming the deadline; the deadline instant itself is still in time', () => {
    const late = new Date(handleBy.getTime() + 1);
    let error: { code?: string; detail?: Record<string, string> } | undefined;
    try {
      requestExtension(accepted(), unit, { days: 5, reason: 'r' }, REQ, late);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.code).toBe('EXTENSION.AFTER_DEADLINE');
    expect(JSON.stringify(error)).toContain('2027-01-26');
    expect(codeOf(() => requestExtension(accepted(), unit, { days: 5, reason: 'r' }, REQ, handleBy))).toBeUndefined();
  });

  it('allows one request at a time, another after a refusal, and none after an approval', () => {
    const pending = after(accepted(), requestExtension(accepted(), unit, { days: 10, reason: 'r' }, REQ, now));
    expect(codeOf(() => requestExtension(pending, unit, { days: 5, reason: 'r' }, 'other', now))).toBe('EXTENSION.ALREADY_PENDING');
    const refused = after(pending, decideExtension(pending, leader, { requestId: REQ, approve: false }, now));
    expect(codeOf(() => requestExtension(refused, unit, { days: 5, reason: 'r' }, 'second', now))).toBeUndefined();
    const approved = after(pending, decideExtension(pending, leader, { requestId: REQ, approve: true }, now));
    expect(codeOf(() => requestExtension(approved, unit, { days: 5, reason: 'r' }, 'second', now))).toBe('CASE.ALREADY_EXTENDED');
  });
});

describe('a leader decides an extension request', () => {
  const pending = after(accepted(), requestExtension(accepted(), unit, { days: 20, reason: '涉及多个部门' }, REQ, now));

  it('approving moves handle-by by the days asked, to the end of that day, and publishes case.extended with the leader and request', () => {
    const decision = decideExtension(pending, leader, { requestId: REQ, approve: true, comment: '同意' }, now);
    expect((decision.set.handleBy as Date).toISOString()).toBe('2027-02-15T15:59:59.999Z');
    expect(decision.event).toEqual({
      type: 'case.extended',
      payload: { caseNumber: 'SW-2026-000123', unitId: LEAD, days: 20, reason: '涉及多个部门', approvedBy: 'district-head', handleBy: '2027-02-15T15:59:59.999Z', requestId: REQ },
    });
    const shown = latestExtension(after(pending, decision));
    expect(shown).toMatchObject({ status: 'approved', decidedBy: 'district-head', comment: '同意', previousHandleBy: handleBy });
  });

  it('refusing keeps the deadline and publishes case.extension-refused', () => {
    const decision = decideExtension(pending, leader, { requestId: REQ, approve: false, comment: '请按期办结' }, now);
    expect(decision.set.handleBy).toBeUndefined();
    expect(decision.event).toEqual({
      type: 'case.extension-refused',
      payload: { caseNumber: 'SW-2026-000123', unitId: LEAD, requestId: REQ, refusedBy: 'district-head', comment: '请按期办结', refusedAt: now.toISOString() },
    });
  });

  it('refuses to approve after the deadline passed, but a refusal is still recorded', () => {
    const late = new Date(handleBy.getTime() + 60_000);
    expect(codeOf(() => decideExtension(pending, leader, { requestId: REQ, approve: true }, late))).toBe('EXTENSION.AFTER_DEADLINE');
    expect(decideExtension(pending, leader, { requestId: REQ, approve: false }, late).event.type).toBe('case.extension-refused');
  });

  it('decides a request once (409), knows only its own requests (404), and needs a leader id', () => {
    const decided = after(pending, decideExtension(pending, leader, { requestId: REQ, approve: false }, now));
    expect(codeOf(() => decideExtension(decided, leader, { requestId: REQ, approve: true }, now))).toBe('EXTENSION.ALREADY_DECIDED');
    expect(codeOf(() => decideExtension(pending, leader, { requestId: 'unknown', approve: true }, now))).toBe('EXTENSION.REQUEST_NOT_FOUND');
    expect(codeOf(() => decideExtension(pending, { subject: 'dev-leader' }, { requestId: REQ, approve: true }, now))).toBe('LEADER.ID_REQUIRED');
  });

  it('does not approve once the case was replied meanwhile', () => {
    expect(codeOf(() => decideExtension({ ...pending, status: 'replied' }, leader, { requestId: REQ, approve: true }, now))).toBe('CASE.ALREADY_REPLIED');
  });

  it('shows an extension granted by the older direct extend as approved', () => {
    const granted = { days: 10, reason: 'r', approvedBy: 'leader-deputy-head-1', requestedBy: 's', extendedAt: now, previousHandleBy: handleBy };
    expect(latestExtension(accepted({ extension: granted }))).toMatchObject({ status: 'approved', decidedBy: 'leader-deputy-head-1', days: 10 });
    expect(codeOf(() => requestExtension(accepted({ extension: granted }), unit, { days: 5, reason: 'r' }, REQ, now))).toBe('CASE.ALREADY_EXTENDED');
  });
});
