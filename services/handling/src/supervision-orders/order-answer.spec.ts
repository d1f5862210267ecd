import { answerOrder, type AnswerableCase } from './order-answer';

const NOW = new Date('2026-12-08T02:00:00.000Z');
const state: AnswerableCase = {
  caseNumber: 'SW-2026-000123',
  leadUnitId: 'ecology-environment-bureau',
  supervisionOrders: [{ orderId: 'DB-A-1', unitId: 'ecology-environment-bureau' }],
};
const lead = { subject: 'staff-1', unitId: 'ecology-environment-bureau' };

describe('answering a supervision order', () => {
  it('the lead unit answers an order of the case once, publishing case.order-answered', () => {
    const decision = answerOrder(state, lead, 'DB-A-1', '已现场核查。', NOW);
    expect(decision.push.orderAnswers).toEqual({ orderId: 'DB-A-1', unitId: lead.unitId, answer: '已现场核查。', answeredAt: NOW, answeredBy: 'staff-1' });
    expect(decision.event).toEqual({
      type: 'case.order-answered',
      payload: { caseNumber: 'SW-2026-000123', unitId: lead.unitId, orderId: 'DB-A-1', answer: '已现场核查。', answeredAt: NOW.toISOString() },
    });
  });

  it('refuses an assisting unit, an unknown order and a second answer with their codes', () => {
    expect(() => answerOrder(state, { subject: 's', unitId: 'town-fuxi' }, 'DB-A-1', 'x', NOW)).toThrow(expect.objectContaining({ code: 'CASE.NOT_LEAD_UNIT' }));
    expect(() => answerOrder(state, lead, 'DB-A-2', 'x', NOW)).toThrow(expect.objectContaining({ code: 'ORDER.NOT_FOUND' }));
    const answered = { ...state, orderAnswers: [{ orderId: 'DB-A-1', unitId: lead.unitId, answer: 'x', answeredAt: NOW, answeredBy: 's' }] };
    expect(() => answerOrder(answered, lead, 'DB-A-1', 'y', NOW)).toThrow(expect.objectContaining({ code: 'ORDER.ALREADY_ANSWERED' }));
  });
});
