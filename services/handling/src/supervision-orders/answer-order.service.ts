import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { unitScope, type Principal } from '@sunshine/auth';
import { createEvent } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseBusy, CaseNotFound } from '../cases/case.errors';
import { CASES } from '../cases/case.schema';
import { toCaseResponse, type CaseResponseDto } from '../cases/dto/case.response.dto';
import { answerOrder } from './order-answer';
import { SupervisionOrderAnswersRepository } from './supervision-order-answers.repository';

const MAX_ATTEMPTS = 5;

/** The lead unit answers a supervision order (督办回复) → `case.order-answered`, in the case's own write. */
@Injectable()
export class AnswerOrderService {
  private readonly assistDays: number;

  constructor(
    private readonly cases: SupervisionOrderAnswersRepository,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.assistDays = config.getOrThrow<number>('HANDLING_ASSIST_DAYS');
  }

  async answer(principal: Principal, petitionId: string, orderId: string, answer: string): Promise<CaseResponseDto> {
    const scope = unitScope(principal);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const record = await this.cases.findVisible(scope, petitionId);
      if (!record) throw new CaseNotFound();
      const now = this.clock.now();
      const decision = answerOrder(record, { subject: principal.subject, ...(principal.unitId ? { unitId: principal.unitId } : {}) }, orderId, answer, now);
      const event = createEvent(decision.event.type, { petitionId }, decision.event.payload, this.messaging.eventMeta(now));
      if (await this.cases.addAnswer(petitionId, record.version, decision.push.orderAnswers, event, now)) {
        this.messaging.kick(CASES, [petitionId]);
        return toCaseResponse((await this.cases.findById(petitionId))!, this.assistDays, now);
      }
    }
    throw new CaseBusy();
  }
}
