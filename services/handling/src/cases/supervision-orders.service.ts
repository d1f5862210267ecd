import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@sunshine/contracts';
import type { HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseRepository } from './case.repository';

/** Keeps the supervision orders (督办单) on the case they concern, so the unit sees them. */
@Injectable()
export class SupervisionOrdersService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
  ) {}

  async onOrderIssued(event: DomainEvent<'supervision.order-issued'>): Promise<HandleOutcome> {
    const { orderId, unitId, reason, dueBy, issuedBy } = event.payload;
    const order = { orderId, unitId, reason, dueBy: new Date(dueBy), issuedBy, issuedAt: new Date(event.occurredAt) };
    const result = await this.cases.addSupervisionOrder(event.petitionId!, order, event.id, this.clock.now());
    // The order may overtake the assignment (they travel on different topics): a retryable
    // error lets the consumer try again shortly, and dead-letters it if the case never comes.
    if (result === 'not-matched') throw new Error(`supervision order ${orderId} for a case not (yet) known here`);
    return result;
  }
}
