import { fixtureOf } from '@sunshine/contracts';
import { configValidator } from '@sunshine/platform';
import { HandlingConfig } from '../config';
import { accept, notAccept, returnCase } from '../acceptance/acceptance';
import {
  applyRating,
  caseFileOf,
  extend,
  reassign,
  refusal,
  reply,
  sendBack,
  type CaseDecision,
  type CaseState,
  type CaseStatus,
  type HandlingPolicy,
} from './case';

const POLICY: HandlingPolicy = { handleDays: 60, reopenDays: 30 };
const LEAD = { unitId: 'ecology-environment-bureau', subject: 'staff-eco-1' };
const ASSISTING = { unitId: 'town-jiayang', subject: 'staff-jy-1' };
const T0 = new Date('2026-11-27T02:00:00.000Z');
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);

const assigned = (overrides: Partial<CaseState> = {}): CaseState => ({
  caseNumber: 'SW-2026-000123',
  leadUnitId: LEAD.unitId,
  status: 'assigned',
  round: 0,
  handleBy: new Date('2027-01-25T09:15:02.000Z'),
  extension: null,
  ...overrides,
});

/** Apply a decision's changes to a state, as the repository does. */
const after = (state: CaseState, decision: CaseDecision): CaseState => ({ ...state, ...(decision.set as Partial<CaseState>) });

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('a case’s life', () => {
  it('goes assigned → accepted → replied → reopened → replied → closed, with rounds 1 and 2', () => {
    const accepted = accept(assigned(), LEAD, T0, POLICY);
    expect(accepted.event).toEqual({
      type: 'case.accepted',
      // 60 calendar days, ending at the end of the last day in Asia/Shanghai (T0 is 10:00 there).
      payload: { caseNumber: 'SW-2026-000123', unitId: LEAD.unitId, acceptedAt: T0.toISOString(), handleBy: '2027-01-26T15:59:59.999Z' },
    });
    let state = after(assigned(), accepted);
    expect(state.status).toBe('accepted');

    const first = reply(state, LEAD, { outcome: 'supported', text: '已责令停止夜间施工。' }, day(5));
    expect(first.event).toMatchObject({ type: 'case.replied', payload: { round: 1, outcome: 'supported', repliedAt: day(5).toISOString() } });
    expect(first.push?.replies).toMatchObject({ round: 1, repliedBy: LEAD.subject });
    state = after(state, first);
    expect(state).toMatchObject({ status: 'replied', round: 1 });

    const reopened = applyRating(state, { round: 1, satisfaction: 'dissatisfied', comment: '晚上还在施工' }, day(7), POLICY);
    if (reopened.kind !== 'decision') throw new Error(`expected a decision, got ${reopened.kind}`);
    expect(reopened.decision.event).toEqual({
      type: 'case.reopened',
      payload: {
        caseNumber: 'SW-2026-000123',
        unitId: LEAD.unitId,
        reason: 'dissatisfied',
        note: '晚上还在施工',
        reopenedAt: day(7).toISOString(),
        handleBy: day(37).toISOString(),
      },
    });
    state = after(state, reopened.decision);
    expect(state).toMatchObject({ status: 'reopened', round: 1 });

    const second = reply(state, LEAD, { outcome: 'supported', text: '已没收施工设备。' }, day(10));
    expect(second.event.payload).toMatchObject({ round: 2 });
    state = after(state, second);

    const closed = applyRating(state, { round: 2, satisfaction: 'basically-satisfied' }, day(11), POLICY);
    if (closed.kind !== 'decision') throw new Error('expected a decision');
    expect(closed.decision.event).toEqual({
      type: 'case.closed',
      payload: { caseNumber: 'SW-2026-000123', unitId: LEAD.unitId, reason: 'basically-satisfied', closedAt: day(11).toISOString() },
    });
    state = after(state, closed.decision);
    expect(state.status).toBe('closed');
    expect(codeOf(() => reply(state, LEAD, { outcome: 'supported', text: 'x' }, day(12)))).toBe('CASE.CLOSED');
  });

  it('takes the handling and reopening periods from the policy', () => {
    expect(accept(assigned(), LEAD, T0, { handleDays: 45, reopenDays: 30 }).set.handleBy).toEqual(new Date('2027-01-11T15:59:59.999Z'));
    const replied = assigned({ status: 'replied', round: 1 });
    const effect = applyRating(replied, { round: 1, satisfaction: 'dissatisfied' }, T0, { handleDays: 60, reopenDays: 15 });
    expect(effect.kind === 'decision' && effect.decision.set.handleBy).toEqual(day(15));
  });
});

describe('illegal transitions', () => {
  const allStatuses: CaseStatus[] = ['assigned', 'accepted', 'not-accepted', 'transferred', 'returned', 'replied', 'reopened', 'closed'];

  it('allow each action only in its states and name every refusal with a stable code', () => {
    const table = Object.fromEntries(
      (['accept', 'not-accept', 'transfer', 'return', 'extend', 'reply'] as const).map((action) => [
        action,
        Object.fromEntries(allStatuses.map((s) => [s, refusal(action, s)?.code ?? 'ok'])),
      ]),
    );
    expect(table).toEqual({
      accept: {
        assigned: 'ok',
        accepted: 'CASE.ALREADY_ACCEPTED',
        'not-accepted': 'CASE.DECLINED',
        transferred: 'CASE.TRANSFERRED',
        returned: 'CASE.RETURNED',
        replied: 'CASE.ALREADY_ACCEPTED',
        reopened: 'CASE.ALREADY_ACCEPTED',
        closed: 'CASE.CLOSED',
      },
      'not-accept': {
        assigned: 'ok',
        accepted: 'CASE.ALREADY_ACCEPTED',
        'not-accepted': 'CASE.DECLINED',
        transferred: 'CASE.TRANSFERRED',
        returned: 'CASE.RETURNED',
        replied: 'CASE.ALREADY_ACCEPTED',
        reopened: 'CASE.ALREADY_ACCEPTED',
        closed: 'CASE.CLOSED',
      },
      transfer: {
        assigned: 'ok',
        accepted: 'CASE.ALREADY_ACCEPTED',
        'not-accepted': 'CASE.DECLINED',
        transferred: 'CASE.TRANSFERRED',
        returned: 'CASE.RETURNED',
        replied: 'CASE.ALREADY_ACCEPTED',
        reopened: 'CASE.ALREADY_ACCEPTED',
        closed: 'CASE.CLOSED',
      },
      return: {
        assigned: 'ok',
        accepted: 'CASE.ALREADY_ACCEPTED',
        'not-accepted': 'CASE.DECLINED',
        transferred: 'CASE.TRANSFERRED',
        returned: 'CASE.RETURNED',
        replied: 'CASE.ALREADY_ACCEPTED',
        reopened: 'CASE.ALREADY_ACCEPTED',
        closed: 'CASE.CLOSED',
      },
      extend: {
        assigned: 'CASE.NOT_ACCEPTED_YET',
        accepted: 'ok',
        'not-accepted': 'CASE.DECLINED',
        transferred: 'CASE.TRANSFERRED',
        returned: 'CASE.RETURNED',
        replied: 'CASE.ALREADY_REPLIED',
        reopened: 'ok',
        closed: 'CASE.CLOSED',
      },
      reply: {
        assigned: 'CASE.NOT_ACCEPTED_YET',
        accepted: 'ok',
        'not-accepted': 'CASE.DECLINED',
        transferred: 'CASE.TRANSFERRED',
        returned: 'CASE.RETURNED',
        replied: 'CASE.ALREADY_REPLIED',
        reopened: 'ok',
        closed: 'CASE.CLOSED',
      },
    });
  });

  it('are 409s, so that a client can tell them from a missing case', () => {
    for (const status of allStatuses) {
      const refused = refusal('reply', status);
      if (refused) expect(refused.status).toBe(409);
    }
  });

  it('accepting twice is refused', () => {
    const state = after(assigned(), accept(assigned(), LEAD, T0, POLICY));
    expect(codeOf(() => accept(state, LEAD, T0, POLICY))).toBe('CASE.ALREADY_ACCEPTED');
  });

  it('only the lead unit acts; an assisting unit or a unit-less caller is refused with 403', () => {
    expect(codeOf(() => accept(assigned(), ASSISTING, T0, POLICY))).toBe('CASE.NOT_LEAD_UNIT');
    expect(codeOf(() => accept(assigned(), { subject: 'leader-1' }, T0, POLICY))).toBe('CASE.NOT_LEAD_UNIT');
    const accepted = assigned({ status: 'accepted' });
    expect(codeOf(() => reply(accepted, ASSISTING, { outcome: 'explained', text: 'x' }, T0))).toBe('CASE.NOT_LEAD_UNIT');
  });
});

describe('extension (延期)', () => {
  const accepted = assigned({ status: 'accepted', handleBy: day(60) });

  it('moves the deadline by at most 30 days, once', () => {
    const decision = extend(accepted, LEAD, { days: 30, reason: '需联合调查', approvedBy: 'leader-1' }, day(20));
    expect(decision.set.handleBy).toEqual(day(90));
    expect(decision.event).toEqual({
      type: 'case.extended',
      payload: { caseNumber: 'SW-2026-000123', unitId: LEAD.unitId, days: 30, reason: '需联合调查', approvedBy: 'leader-1', handleBy: day(90).toISOString() },
    });
    const extended = after(accepted, decision);
    expect(codeOf(() => extend(extended, LEAD, { days: 1, reason: '再延', approvedBy: 'leader-1' }, day(21)))).toBe('CASE.ALREADY_EXTENDED');
  });

  it('refuses more than 30 days or less than one even if a caller skipped validation', () => {
    expect(codeOf(() => extend(accepted, LEAD, { days: 31, reason: 'x', approvedBy: 'l' }, T0))).toBe('CASE.EXTENSION_TOO_LONG');
    expect(codeOf(() => extend(accepted, LEAD, { days: 0, reason: 'x', approvedBy: 'l' }, T0))).toBe('CASE.EXTENSION_TOO_LONG');
  });
});

describe('not accepting and returning', () => {
  it('declining records the reason and legal basis', () => {
    const decision = notAccept(assigned(), LEAD, { reason: '已进入诉讼程序', legalBasis: '信访工作条例 第三十条' }, T0);
    expect(decision.set.status).toBe('not-accepted');
    expect(decision.event).toMatchObject({ type: 'case.not-accepted', payload: { legalBasis: '信访工作条例 第三十条', decidedAt: T0.toISOString() } });
  });

  it('returning suggests another unit, never the returning unit itself', () => {
    const decision = returnCase(assigned(), LEAD, { reason: '不属本单位职责', suggestedUnitId: 'law-enforcement-bureau' }, T0);
    expect(decision.set.status).toBe('returned');
    expect(decision.event.payload).toMatchObject({ suggestedUnitId: 'law-enforcement-bureau', returnedAt: T0.toISOString() });
    const self = returnCase(assigned(), LEAD, { reason: '不属本单位职责', suggestedUnitId: LEAD.unitId }, T0);
    expect(self.event.payload).not.toHaveProperty('suggestedUnitId');
  });
});

describe('ratings', () => {
  const replied = assigned({ status: 'replied', round: 2 });

  it('of an earlier round, or of a reply already sent back, change nothing', () => {
    expect(applyRating(replied, { round: 1, satisfaction: 'dissatisfied' }, T0, POLICY)).toEqual({ kind: 'stale' });
    expect(applyRating(assigned({ status: 'reopened', round: 2 }), { round: 2, satisfaction: 'satisfied' }, T0, POLICY)).toEqual({ kind: 'stale' });
  });

  it('of a reply that was never made contradict the case', () => {
    expect(applyRating(replied, { round: 3, satisfaction: 'satisfied' }, T0, POLICY).kind).toBe('contradiction');
  });

  it('satisfied closes with the satisfaction as the reason', () => {
    const effect = applyRating(replied, { round: 2, satisfaction: 'satisfied' }, T0, POLICY);
    expect(effect.kind === 'decision' && effect.decision.set).toMatchObject({ status: 'closed', closure: { reason: 'satisfied' } });
  });
});

describe('the case file', () => {
  it('takes only the case-file fields of an assignment, nothing a newer producer might add', () => {
    const payload = { ...fixtureOf('petition.assigned').payload, petitionerRef: 'q3JfS0lQ', phone: '13812345678' } as never;
    const file = caseFileOf(payload);
    expect(JSON.stringify(file)).not.toMatch(/petitionerRef|13812345678/);
    expect(Object.keys(file).sort()).toEqual(
      ['acceptBy', 'assistingUnitIds', 'caseNumber', 'category', 'channel', 'confidential', 'handleBy', 'kind', 'leadUnitId', 'leadUnitName', 'receivedAt', 'subject', 'text', 'unitIds'],
    );
  });

  it('lists lead and assisting units for scoping, without duplicates', () => {
    const payload = { ...fixtureOf('petition.assigned').payload, assistingUnitIds: ['town-jiayang', 'ecology-environment-bureau', 'town-jiayang'] };
    expect(caseFileOf(payload).unitIds).toEqual(['ecology-environment-bureau', 'town-jiayang']);
  });

  it('reassignment moves the case to the new unit as assigned again, but never a closed one', () => {
    const file = caseFileOf(fixtureOf('petition.reassigned').payload);
    const moved = reassign(assigned({ status: 'returned' }), file, '改派', T0);
    expect(moved).toMatchObject({ kind: 'reassigned', set: { status: 'assigned', leadUnitId: 'law-enforcement-bureau', unitIds: ['law-enforcement-bureau'] } });
    expect(reassign(assigned({ status: 'closed' }), file, '改派', T0).kind).toBe('contradiction');
  });

  it('reassignment never moves a case a unit has accepted, declined, transferred or replied to', () => {
    const file = caseFileOf(fixtureOf('petition.reassigned').payload);
    for (const status of ['accepted', 'not-accepted', 'transferred', 'replied', 'reopened'] as const) {
      // A replied case keeps its reply and promise with the unit that made them.
      const moved = reassign(assigned({ status, round: status === 'replied' ? 1 : 0 }), file, '改派', T0);
      expect(moved).toEqual({ kind: 'contradiction', code: 'CASE.NOT_RETURNED', reason: expect.stringContaining(status) });
    }
    expect(reassign(assigned({ status: 'assigned' }), file, '改派', T0).kind).toBe('reassigned');
  });
});

describe('configuration', () => {
  const validate = configValidator(HandlingConfig);

  it('defaults to 60 days to handle and 30 to reply again', () => {
    expect(validate({})).toMatchObject({ HANDLING_HANDLE_DAYS: 60, HANDLING_REOPEN_DAYS: 30 });
    expect(validate({ HANDLING_HANDLE_DAYS: '45' }).HANDLING_HANDLE_DAYS).toBe(45);
  });

  it('refuses periods that are not a positive number of days', () => {
    expect(() => validate({ HANDLING_HANDLE_DAYS: '0' })).toThrow(/HANDLING_HANDLE_DAYS/);
    expect(() => validate({ HANDLING_REOPEN_DAYS: 'soon' })).toThrow(/HANDLING_REOPEN_DAYS/);
  });
});

describe('the return window', () => {
  it('lets the lead unit return a misrouted case until the end of its fifth working day, not after', () => {
    const returnBy = day(7);
    expect(returnCase(assigned({ returnBy }), LEAD, { reason: '不属本单位职责' }, day(7)).set.status).toBe('returned');
    expect(codeOf(() => returnCase(assigned({ returnBy }), LEAD, { reason: '不属本单位职责' }, new Date(returnBy.getTime() + 1)))).toBe('CASE.RETURN_WINDOW_CLOSED');
  });

  it('takes the window from the assignment', () => {
    const payload = { ...fixtureOf('petition.assigned').payload, returnBy: '2026-12-04T15:59:59.999Z' };
    expect(caseFileOf(payload).returnBy).toEqual(new Date('2026-12-04T15:59:59.999Z'));
  });
});

describe('a leader sending a reply back (发回重办)', () => {
  it('reopens a replied case with the leader’s note and a new deadline', () => {
    const replied = assigned({ status: 'replied', round: 1 });
    const decision = sendBack(replied, '请重新核查', T0, POLICY);
    expect(decision.set).toEqual({ status: 'reopened', handleBy: day(30) });
    expect(decision.event).toMatchObject({ type: 'case.reopened', payload: { reason: 'leader-sent-back', note: '请重新核查' } });
  });

  it('refuses a case that has no reply yet', () => {
    expect(codeOf(() => sendBack(assigned(), '请重新核查', T0, POLICY))).toBe('CASE.NOT_REPLIED');
  });
});
