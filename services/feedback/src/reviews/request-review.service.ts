import { Injectable } from '@nestjs/common';
import { createEvent, maskContactDetails } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import type { FeedbackCaseRecord } from '../cases/feedback-case.schema';
import { PetitionerCredentials } from './petitioner-credentials.service';
import { requestReview, type ChainState, type Requester, type ReviewRecord } from './review-chain';
import { ReviewChainRepository } from './review-chain.repository';
import { ReviewChainService } from './review-chain.service';
import { MatterConcluded, ReviewNotFound } from './review.errors';
import type { ReviewReceiptDto } from './dto/review-receipt.response.dto';

/**
 * 申请复查/复核 (信访工作条例 art. 35–36): by the petitioner with the case number and query code,
 * or by a registrar on their behalf. The request, `feedback.review-requested` and the end of the
 * window's pending conclusion are one write.
 */
@Injectable()
export class RequestReviewService {
  constructor(
    private readonly credentials: PetitionerCredentials,
    private readonly chains: ReviewChainService,
    private readonly repository: ReviewChainRepository,
    private readonly messaging: MessagingService,
  ) {}

  async byPetitioner(input: { caseNumber: string; queryCode: string; reason: string }): Promise<ReviewReceiptDto> {
    const record = await this.credentials.verify(input.caseNumber, input.queryCode);
    if (!record) throw new ReviewNotFound();
    return this.request(record, input.reason, 'petitioner');
  }

  async byRegistrar(input: { caseNumber: string; reason: string }, registrar: string): Promise<ReviewReceiptDto> {
    const record = await this.credentials.byCaseNumber(input.caseNumber);
    if (!record) throw new ReviewNotFound();
    return this.request(record, input.reason, 'registrar', registrar);
  }

  private async request(record: FeedbackCaseRecord, reason: string, requestedBy: Requester, registrar?: string): Promise<ReviewReceiptDto> {
    const petitionId = record._id;
    const masked = maskContactDetails(reason.trim());
    let review: ReviewRecord | undefined;
    await this.chains.run(petitionId, record.caseNumber, async (current, now) => {
      const state: ChainState = current ?? { caseNumber: record.caseNumber, round: 0 };
      // A satisfied rating concluded the matter; the chain may not have heard of it yet (handling's closure tells it).
      if (!state.concluded && (await this.repository.satisfiedRatingOf(petitionId, state.round))) throw new MatterConcluded();
      const decided = requestReview(state, { petitionId, reason: masked, requestedBy, ...(registrar ? { registrar } : {}) }, now, this.chains.policy);
      review = decided.review;
      const event = createEvent(
        'feedback.review-requested',
        { petitionId },
        {
          caseNumber: state.caseNumber,
          level: review.level,
          reason: review.reason,
          requestedAt: review.requestedAt.toISOString(),
          answerBy: review.decideBy.toISOString(),
          reviewId: review.reviewId,
          requestedBy,
          reviewBody: review.reviewBody,
        },
        this.messaging.eventMeta(now),
      );
      return { changes: decided.changes, events: [event] };
    });
    if (!review) throw new Error('review request written without a review');
    return {
      reviewId: review.reviewId,
      caseNumber: record.caseNumber,
      level: review.level,
      reviewBody: review.reviewBody,
      requestedAt: review.requestedAt.toISOString(),
      decideBy: review.decideBy.toISOString(),
    };
  }
}
