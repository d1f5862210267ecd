import type { CaseState, HandlingPolicy } from '../cases/case';
import { accept, notAccept, transfer, upperLevelDueBy } from './acceptance';
import { NOT_ACCEPT_REASONS } from './not-accept-reasons';

const POLICY: HandlingPolicy = { handleDays: 60, reopenDays: 30, timeZone: 'Asia/Shanghai' };
const LEAD = { unitId: 'ecology-environment-bureau', subject: 'staff-eco-1' };
const DAY = 86_400_000;
const RECEIVED = new Date('2026-11-26T01:00:00.000Z');
const ACCEPT_BY = new Date(RECEIVED.getTime() + 15 * DAY);
const NOW = new Date('2026-11-27T02:00:00.000Z');

const assigned = (overrides: Partial<CaseState> = {}): CaseState => ({
  caseNumber: 'SW-2026-000123',
  leadUnitId: LEAD.unitId,
  status: 'assigned',
  round: 0,
  channel: 'web',
  acceptBy: ACCEPT_BY,
  handleBy: new Date(ACCEPT_BY.getTime() + 60 * DAY),
  ...overrides,
});

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('acceptance (受理)', () => {
  it('sets handle-by to the end of the 60th calendar day after acceptance, Beijing time', () => {
    const decision = accept(assigned(), LEAD, NOW, POLICY);
    expect(decision.set.handleBy).toEqual(new Date('2027-01-26T15:59:59.999Z'));
    expect(decision.event.payload).not.toHaveProperty('upperLevelDueBy');
  });

  it('keeps an upper-level office’s earlier due date through acceptance, and says so in the event', () => {
    const due = new Date('2026-12-20T15:59:59.999Z');
    const decision = accept(assigned({ channel: 'upper-level', handleBy: due, dueBy: due }), LEAD, NOW, POLICY);
    expect(decision.set.handleBy).toEqual(due);
    expect(decision.set.upperLevelDueBy).toEqual(due);
    expect(decision.event.payload).toMatchObject({ handleBy: due.toISOString(), upperLevelDueBy: due.toISOString() });
  });

  it('takes whichever is earlier: the upper-level date or the end of the statutory period', () => {
    const due = new Date('2027-01-20T00:00:00.000Z');
    // Accepted on 10 Dec: the statutory period would end 8 Feb, so the upper-level date wins.
    expect(accept(assigned({ channel: 'upper-level', handleBy: due, dueBy: due }), LEAD, new Date('2026-12-10T02:00:00.000Z'), POLICY).set.handleBy).toEqual(due);
    // Accepted on 1 Nov: the statutory period ends 31 Dec, before the upper-level date.
    const early = accept(assigned({ channel: 'upper-level', handleBy: due, dueBy: due }), LEAD, new Date('2026-11-01T02:00:00.000Z'), POLICY);
    expect(early.set.handleBy).toEqual(new Date('2026-12-31T15:59:59.999Z'));
  });

  it('takes the upper-level date only from routing’s dueBy, never inferred from an early provisional handle-by', () => {
    const early = new Date('2026-12-20T00:00:00.000Z');
    expect(upperLevelDueBy(assigned({ handleBy: early }))).toBeUndefined();
    expect(upperLevelDueBy(assigned({ channel: 'upper-level', handleBy: early }))).toBeUndefined();
    const accepted = accept(assigned({ channel: 'upper-level', handleBy: early }), LEAD, NOW, POLICY);
    expect(accepted.set).toMatchObject({ handleBy: new Date('2027-01-26T15:59:59.999Z'), upperLevelDueBy: null });
  });
});

describe('declining (不予受理)', () => {
  it('takes the label and legal basis of a catalogue ground', () => {
    const decision = notAccept(assigned(), LEAD, { reasonCode: 'in-litigation' }, NOW);
    const entry = NOT_ACCEPT_REASONS.find((r) => r.code === 'in-litigation')!;
    expect(decision.event).toMatchObject({
      type: 'case.not-accepted',
      payload: { reasonCode: 'in-litigation', reason: entry.label['zh-CN'], legalBasis: entry.legalBasis },
    });
  });

  it('still takes the earlier shape { reason, legalBasis } as the ground `other`', () => {
    const decision = notAccept(assigned(), LEAD, { reason: '该事项已进入诉讼程序', legalBasis: '信访工作条例 第三十条' }, NOW);
    expect(decision.set.notAccepted).toMatchObject({ reasonCode: 'other', reason: '该事项已进入诉讼程序' });
  });

  it('refuses an unknown ground, and `other` without a basis of its own', () => {
    expect(codeOf(() => notAccept(assigned(), LEAD, { reasonCode: 'bored' }, NOW))).toBe('CASE.UNKNOWN_NOT_ACCEPT_REASON');
    expect(codeOf(() => notAccept(assigned(), LEAD, { reason: '不归我们管' }, NOW))).toBe('CASE.NOT_ACCEPT_REASON_INCOMPLETE');
  });

  it('offers every ground with both labels and a basis (except other)', () => {
    for (const r of NOT_ACCEPT_REASONS) {
      expect(r.label['zh-CN'] && r.label.en).toBeTruthy();
      if (r.code !== 'other') expect(r.legalBasis).toMatch(/条例/);
    }
  });
});

describe('transfer (转送)', () => {
  const input = { toBody: '区人民法院', reason: '已由人民法院立案受理', legalBasis: '《信访工作条例》第三十一条第（一）项' };

  it('moves an assigned case to `transferred` with the body, reason and basis', () => {
    const decision = transfer(assigned(), LEAD, input, NOW);
    expect(decision.set.status).toBe('transferred');
    expect(decision.event).toEqual({ type: 'case.transferred', payload: { caseNumber: 'SW-2026-000123', unitId: LEAD.unitId, ...input, transferredAt: NOW.toISOString() } });
  });

  it('is for the lead unit, before acceptance, and final for the unit', () => {
    expect(codeOf(() => transfer(assigned(), { unitId: 'town-jiayang', subject: 's' }, input, NOW))).toBe('CASE.NOT_LEAD_UNIT');
    expect(codeOf(() => transfer(assigned({ status: 'accepted' }), LEAD, input, NOW))).toBe('CASE.ALREADY_ACCEPTED');
    expect(codeOf(() => accept(assigned({ status: 'transferred' }), LEAD, NOW, POLICY))).toBe('CASE.TRANSFERRED');
  });
});
