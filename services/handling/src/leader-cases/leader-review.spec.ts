import type { WorkflowCase } from '../case-workflow/case-workflow';
import { clockOf, instructionRecord, leaderCaseLine, leaderSendBack, reviewWindowEnd } from './leader-review';

const LEAD = 'ecology-environment-bureau';
const repliedAt = new Date('2026-12-10T02:00:00.000Z');

function replied(overrides: Partial<WorkflowCase> = {}): WorkflowCase {
  return {
    _id: 'p1',
    caseNumber: 'SW-2026-000123',
    leadUnitId: LEAD,
    assistingUnitIds: [],
    unitIds: [LEAD],
    status: 'replied',
    round: 1,
    version: 3,
    acceptBy: new Date('2026-12-11T15:59:59.999Z'),
    handleBy: new Date('2027-01-26T15:59:59.999Z'),
    assignedAt: new Date('2026-11-26T09:00:00.000Z'),
    acceptedAt: new Date('2026-11-27T02:00:00.000Z'),
    repliedAt,
    replies: [{ round: 1, repliedAt }],
    ...overrides,
  };
}
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};
const policy = { reopenDays: 30 };

describe('a leader sends a case back (发回重办)', () => {
  const now = new Date('2026-12-12T02:00:00.000Z');

  it('reopens a replied case with a new deadline and publishes case.reopened (leader-sent-back)', () => {
    const decision = leaderSendBack(replied(), '请重新核查', now, policy);
    expect(decision.set).toMatchObject({ status: 'reopened', handleBy: new Date('2027-01-11T02:00:00.000Z') });
    expect(decision.push).toEqual({ reopenings: { afterRound: 1, reason: 'leader-sent-back', note: '请重新核查', reopenedAt: now, handleBy: new Date('2027-01-11T02:00:00.000Z') } });
    expect(decision.event).toMatchObject({ type: 'case.reopened', payload: { reason: 'leader-sent-back', note: '请重新核查', unitId: LEAD } });
  });

  it('reopens a closed (rated) case within 30 days of the last reply, and clears its closure', () => {
    const closed = replied({ status: 'closed', closure: { reason: 'satisfied', closedAt: now } });
    expect(reviewWindowEnd(closed)?.toISOString()).toBe('2027-01-09T15:59:59.999Z');
    const decision = leaderSendBack(closed, '答复不实', new Date('2027-01-09T15:59:59.999Z'), policy);
    expect(decision.set).toMatchObject({ status: 'reopened', closure: null });
  });

  it('refuses a closed case after the review window, naming the day it closed', () => {
    const closed = replied({ status: 'closed', closure: { reason: 'satisfied', closedAt: now } });
    let error: unknown;
    try {
      leaderSendBack(closed, 'x', new Date('2027-01-09T16:00:00.000Z'), policy);
    } catch (e) {
      error = e;
    }
    expect((error as { code: string }).code).toBe('CASE.REVIEW_WINDOW_CLOSED');
    expect(JSON.stringify(error)).toContain('2027-01-09');
  });

  it('refuses a case with nothing to send back', () => {
    for (const status of ['assigned', 'accepted', 'reopened', 'returned', 'not-accepted'] as const) {
      expect(codeOf(() => leaderSendBack(replied({ status }), 'x', now, policy))).toBe('CASE.NOT_REPLIED');
    }
  });
});

describe('a leader’s own cases (领导包案)', () => {
  const now = new Date('2027-01-20T02:00:00.000Z');

  it('runs the light on the clock of the stage the case is at', () => {
    expect(clockOf(replied({ status: 'assigned' }))?.deadline).toBe('accept-by');
    expect(clockOf(replied({ status: 'accepted' }))?.deadline).toBe('handle-by');
    expect(clockOf(replied())?.stoppedAt).toBe(repliedAt.toISOString());
    expect(clockOf(replied({ status: 'closed' }))).toBeNull();
  });

  it('shows yellow near the handle-by date, red past it, green when replied in time, none when closed', () => {
    expect(leaderCaseLine(replied({ status: 'accepted' }), now).light).toBe('yellow');
    expect(leaderCaseLine(replied({ status: 'accepted' }), new Date('2027-01-27T00:00:00.000Z')).light).toBe('red');
    expect(leaderCaseLine(replied({ status: 'accepted' }), new Date('2026-12-01T00:00:00.000Z')).light).toBe('green');
    expect(leaderCaseLine(replied(), now).light).toBe('green');
    expect(leaderCaseLine(replied({ status: 'closed' }), now).light).toBe('none');
  });

  it('records a leader’s instruction with its time', () => {
    expect(instructionRecord({ leaderId: 'district-head', instruction: '加快办理', instructedAt: '2026-12-03T02:00:00.000Z' })).toEqual({
      leaderId: 'district-head',
      instruction: '加快办理',
      at: new Date('2026-12-03T02:00:00.000Z'),
    });
  });
});
