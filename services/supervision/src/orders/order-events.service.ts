import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import type { HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseLightsService } from '../reminders/case-lights.service';
import { IssueOrderService } from './issue-order.service';
import { SupervisionOrderRepository } from './supervision-order.repository';

/** What handling tells supervision about orders: the unit's answer, and the re-handling limit reached. */
@Injectable()
export class OrderEventsService {
  constructor(
    private readonly orders: SupervisionOrderRepository,
    private readonly lights: CaseLightsService,
    private readonly issue: IssueOrderService,
    private readonly clock: Clock,
  ) {}

  /** `case.order-answered`: the order is answered (the first answer stands); its due date is no longer watched. */
  async onAnswered(event: DomainEvent<'case.order-answered'>): Promise<HandleOutcome> {
    const { orderId, answer, answeredAt } = event.payload;
    const now = this.clock.now();
    const outcome = await this.orders.answer(orderId, answer, new Date(answeredAt), event.id, now);
    if (outcome === 'not-matched') return 'ignored'; // unknown here, or answered before: nothing more to do
    await this.lights.orderAnswered(event.petitionId!, orderId, now);
    return outcome;
  }

  /**
   * `case.rehandling-limit-reached`: the petitioner is still dissatisfied after the re-handlings the
   * district allows, so the case is not reopened again but ordered (reason rehandling-limit), once
   * per round.
   */
  async onRehandlingLimit(event: DomainEvent<'case.rehandling-limit-reached'>): Promise<HandleOutcome> {
    const p = event.payload;
    const issued = await this.issue.issue(
      {
        petitionId: event.petitionId!,
        caseNumber: p.caseNumber,
        unitId: p.unitId,
        reasonCode: 'rehandling-limit',
        issuedBy: 'scheduler',
        automatic: { cause: `rehandling-round-${p.round}` },
      },
      this.clock.now(),
    );
    return issued.created ? 'applied' : 'duplicate';
  }
}
