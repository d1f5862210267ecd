import type { PayloadOf } from '@sunshine/contracts';
import { CaseNotLeadUnit } from '../cases/case.errors';
import { OrderAlreadyAnswered, SupervisionOrderNotFound } from './supervision-order.errors';

/**
 * The lead unit's answer to a supervision order (督办回复): what it did about the order, once per
 * order. The order stays on the case as supervision issued it (`supervisionOrders`); answers are
 * kept beside it (`orderAnswers`), pushed, so an order arriving at the same moment is never lost.
 */
export interface OrderAnswerRecord {
  orderId: string;
  unitId: string;
  answer: string;
  answeredAt: Date;
  answeredBy: string;
}

export interface AnswerableCase {
  caseNumber: string;
  leadUnitId: string;
  supervisionOrders?: { orderId: string; unitId: string }[];
  orderAnswers?: OrderAnswerRecord[];
}

export interface OrderAnswerDecision {
  push: { orderAnswers: OrderAnswerRecord };
  event: { type: 'case.order-answered'; payload: PayloadOf<'case.order-answered'> };
}

/** Decide the answer: the lead unit only, an order of this case, not answered before. */
export function answerOrder(state: AnswerableCase, actor: { subject: string; unitId?: string }, orderId: string, answer: string, now: Date): OrderAnswerDecision {
  if (!actor.unitId || actor.unitId !== state.leadUnitId) throw new CaseNotLeadUnit();
  if (!(state.supervisionOrders ?? []).some((o) => o.orderId === orderId)) throw new SupervisionOrderNotFound();
  if ((state.orderAnswers ?? []).some((a) => a.orderId === orderId)) throw new OrderAlreadyAnswered();
  const record: OrderAnswerRecord = { orderId, unitId: actor.unitId, answer, answeredAt: now, answeredBy: actor.subject };
  return {
    push: { orderAnswers: record },
    event: { type: 'case.order-answered', payload: { caseNumber: state.caseNumber, unitId: actor.unitId, orderId, answer, answeredAt: now.toISOString() } },
  };
}
