/**
 * A supervision order's status, computed when read (never stored, so it changes as time passes):
 * `answered` once the unit answered (on time or not: `answeredLate`), `overdue` when unanswered
 * past its due date — the bulletins name those units — else `open`. The due date itself is still
 * in time, as for every limit here.
 */
export type OrderStatus = 'open' | 'answered' | 'overdue';

export const ORDER_STATUSES: readonly OrderStatus[] = ['open', 'answered', 'overdue'];

export function orderStatus(order: { dueBy: Date; answeredAt?: Date | null }, now: Date): OrderStatus {
  if (order.answeredAt) return 'answered';
  return now.getTime() > order.dueBy.getTime() ? 'overdue' : 'open';
}

export function answeredLate(order: { dueBy: Date; answeredAt?: Date | null }): boolean | null {
  return order.answeredAt ? order.answeredAt.getTime() > order.dueBy.getTime() : null;
}
