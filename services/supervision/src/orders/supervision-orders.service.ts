import { Injectable } from '@nestjs/common';
import { unitScope, type Principal } from '@sunshine/auth';
import { SupervisionOrderReasons } from '@sunshine/contracts';
import { Clock } from '@sunshine/platform';
import { CaseLightRepository } from '../reminders/case-light.repository';
import type { IssueOrderRequestDto } from './dto/issue-order.request.dto';
import type { ListOrdersQuery } from './dto/list-orders.request.dto';
import type { IssuedOrderResponseDto, SupervisionOrderDto, SupervisionOrdersResponseDto } from './dto/supervision-order.response.dto';
import { IssueOrderService } from './issue-order.service';
import { answeredLate, orderStatus } from './supervision-order';
import type { SupervisionOrderRecord } from './supervision-order.schema';
import { SupervisionOrderRepository } from './supervision-order.repository';
import { OrderCaseNotFound, OrderDueInPast } from './supervision-orders.errors';

/** A supervisor's orders by hand (督办), and the listing of all orders with their status now. */
@Injectable()
export class SupervisionOrdersService {
  constructor(
    private readonly issuer: IssueOrderService,
    private readonly orders: SupervisionOrderRepository,
    private readonly cases: CaseLightRepository,
    private readonly clock: Clock,
  ) {}

  async issue(request: IssueOrderRequestDto, principal: Principal): Promise<IssuedOrderResponseDto> {
    const now = this.clock.now();
    // The case's lead unit and number as supervision last learned them (a case with a unit has a row).
    const row = await this.cases.get(request.petitionId);
    if (!row?.unitId || !row.caseNumber) throw new OrderCaseNotFound();
    const dueBy = request.dueBy ? new Date(request.dueBy) : undefined;
    if (dueBy && dueBy.getTime() <= now.getTime()) throw new OrderDueInPast();
    const issued = await this.issuer.issue(
      { petitionId: request.petitionId, caseNumber: row.caseNumber, unitId: row.unitId, reasonCode: request.reason, note: request.note, dueBy, issuedBy: principal.subject },
      now,
    );
    return { orderId: issued.orderId, dueBy: issued.dueBy.toISOString() };
  }

  async list(query: ListOrdersQuery, principal: Principal): Promise<SupervisionOrdersResponseDto> {
    const now = this.clock.now();
    const items = (await this.orders.list(unitScope(principal), query.unitId)).map((o) => view(o, now)).filter((o) => !query.status || o.status === query.status);
    return { asOf: now.toISOString(), total: items.length, items };
  }
}

function view(order: SupervisionOrderRecord, now: Date): SupervisionOrderDto {
  const status = orderStatus(order, now);
  const late = answeredLate(order);
  return {
    orderId: order._id,
    petitionId: order.petitionId,
    caseNumber: order.caseNumber,
    unitId: order.unitId,
    reasonCode: order.reasonCode,
    reason: SupervisionOrderReasons.label(order.reasonCode),
    reasonEn: SupervisionOrderReasons.label(order.reasonCode, 'en'),
    ...(order.note ? { note: order.note } : {}),
    automatic: order.automatic,
    issuedBy: order.issuedBy,
    issuedAt: order.issuedAt.toISOString(),
    dueBy: order.dueBy.toISOString(),
    status,
    overdue: status === 'overdue',
    ...(order.answeredAt ? { answeredAt: order.answeredAt.toISOString(), answeredLate: late === true } : {}),
    ...(order.answer ? { answer: order.answer } : {}),
  };
}
