import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { createEvent, SupervisionOrderReasons, type SupervisionOrderReason } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { automaticOrderId } from '../reminders/case-lights';
import { CaseLightsService } from '../reminders/case-lights.service';
import { ReminderSettings } from '../reminders/reminder-settings.provider';
import { addWorkingDays } from '../reminders/working-days';
import { SUPERVISION_ORDERS } from './supervision-order.schema';
import { SupervisionOrderRepository } from './supervision-order.repository';

export interface OrderRequest {
  petitionId: string;
  caseNumber: string;
  unitId: string;
  reasonCode: SupervisionOrderReason;
  note?: string;
  /** Given by a supervisor; otherwise the configured number of working days from now. */
  dueBy?: Date;
  issuedBy: string;
  /** Automatic orders: what caused it, from which the order id derives (one order per cause). */
  automatic?: { cause: string; limitKey?: string };
}

export interface IssuedOrder {
  orderId: string;
  dueBy: Date;
  /** False when the order existed already (the same cause, another instance, a retry). */
  created: boolean;
}

/**
 * Issues a supervision order (督办单): the order document and its `supervision.order-issued` in one
 * write, then its due date watched for reminders. Handling records the order on the case and the
 * lead unit answers it there (`case.order-answered`).
 */
@Injectable()
export class IssueOrderService {
  constructor(
    private readonly orders: SupervisionOrderRepository,
    private readonly lights: CaseLightsService,
    private readonly settings: ReminderSettings,
    private readonly messaging: MessagingService,
  ) {}

  async issue(request: OrderRequest, now: Date): Promise<IssuedOrder> {
    const automatic = Boolean(request.automatic);
    const orderId = request.automatic ? automaticOrderId(request.petitionId, request.reasonCode, request.automatic.cause) : `DB-M-${randomUUID()}`;
    const days = automatic ? this.settings.orderDueWorkingDays : this.settings.manualOrderDueWorkingDays;
    const dueBy = request.dueBy ?? addWorkingDays(now, days, this.settings.timeZone);
    const reason = SupervisionOrderReasons.label(request.reasonCode);
    const event = createEvent(
      'supervision.order-issued',
      { petitionId: request.petitionId },
      {
        caseNumber: request.caseNumber,
        unitId: request.unitId,
        orderId,
        reason: request.note ? `${reason}：${request.note}` : reason,
        dueBy: dueBy.toISOString(),
        issuedBy: request.issuedBy,
        reasonCode: request.reasonCode,
        automatic,
      },
      this.messaging.eventMeta(now),
    );
    const outcome = await this.orders.insert(
      {
        _id: orderId,
        petitionId: request.petitionId,
        caseNumber: request.caseNumber,
        unitId: request.unitId,
        reasonCode: request.reasonCode,
        reason,
        ...(request.note ? { note: request.note } : {}),
        automatic,
        issuedBy: request.issuedBy,
        issuedAt: now,
        dueBy,
        ...(request.automatic ? { cause: request.automatic.cause } : {}),
      },
      [event],
      now,
    );
    const stored = outcome === 'applied' ? { issuedAt: now, dueBy } : await this.orders.get(orderId);
    if (outcome === 'applied') this.messaging.kick(SUPERVISION_ORDERS, [orderId]);
    if (stored) {
      const { issuedAt, dueBy: due } = stored;
      const watch = !(stored as { answeredAt?: Date }).answeredAt;
      const { petitionId, caseNumber, unitId } = request;
      await this.lights.orderIssued({ petitionId, caseNumber, unitId, orderId, issuedAt, dueBy: due, limitKey: request.automatic?.limitKey, watch }, now);
    }
    return { orderId, dueBy: stored?.dueBy ?? dueBy, created: outcome === 'applied' };
  }
}
