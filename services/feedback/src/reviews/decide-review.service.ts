import { Injectable } from '@nestjs/common';
import { hasRole, type Principal, type Role } from '@sunshine/auth';
import { createEvent, type DomainEvent, type ReviewLevel } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { decideReview, parseReviewId, reviewOf, type ReviewDecisionInput } from './review-chain';
import { ReviewChainRepository } from './review-chain.repository';
import { ReviewChainService } from './review-chain.service';
import { ReviewNotFound, ReviewNotYours } from './review.errors';
import { toReviewResponse, type ReviewResponseDto } from './dto/review.response.dto';

/** Who decides (and reads) the requests of a level: the review office 复查, the re-review office 复核. */
export const OFFICE_OF_LEVEL: Record<ReviewLevel, Role> = { review: 'review-office', 're-review': 're-review-office' };

export function levelsOf(principal: Principal): ReviewLevel[] {
  if (hasRole(principal, 'admin')) return ['review', 're-review'];
  return (['review', 're-review'] as const).filter((level) => hasRole(principal, OFFICE_OF_LEVEL[level]));
}

/**
 * 复查/复核意见: the body of the request's level decides once. The decision, `feedback.review-decided`
 * and — for a re-review — `petition.concluded` (review-exhausted) are one write; a "change" names
 * the unit's new handle-by, and handling reopens the case on it.
 */
@Injectable()
export class DecideReviewService {
  constructor(
    private readonly chains: ReviewChainService,
    private readonly repository: ReviewChainRepository,
    private readonly messaging: MessagingService,
  ) {}

  async view(principal: Principal, reviewId: string): Promise<ReviewResponseDto> {
    const id = parseReviewId(reviewId);
    if (!id || !levelsOf(principal).includes(id.level)) throw new ReviewNotFound();
    const chain = await this.repository.findById(id.petitionId);
    const review = chain && reviewOf(chain, id.level);
    if (!chain || !review) throw new ReviewNotFound();
    return toReviewResponse(chain, review);
  }

  async decide(principal: Principal, reviewId: string, input: Omit<ReviewDecisionInput, 'decidedBy'>): Promise<ReviewResponseDto> {
    const id = parseReviewId(reviewId);
    if (!id) throw new ReviewNotFound();
    const existing = await this.repository.findById(id.petitionId);
    if (!existing || !reviewOf(existing, id.level)) throw new ReviewNotFound();
    if (!hasRole(principal, OFFICE_OF_LEVEL[id.level])) throw new ReviewNotYours();
    const { record } = await this.chains.run(id.petitionId, existing.caseNumber, (current, now) => {
      const decided = decideReview(current!, id.level, { ...input, decidedBy: principal.subject }, now, this.chains.policy);
      const { review } = decided;
      const meta = this.messaging.eventMeta(now);
      const events: DomainEvent[] = [
        createEvent(
          'feedback.review-decided',
          { petitionId: id.petitionId },
          {
            caseNumber: current!.caseNumber,
            level: review.level,
            decision: review.decision!,
            text: review.text!,
            decidedBy: principal.subject,
            decidedAt: now.toISOString(),
            reviewId: review.reviewId,
            ...(review.directions ? { directions: review.directions } : {}),
            ...(review.newHandleBy ? { newHandleBy: review.newHandleBy.toISOString() } : {}),
          },
          meta,
        ),
      ];
      if (decided.conclusion) {
        events.push(createEvent('petition.concluded', { petitionId: id.petitionId }, { caseNumber: current!.caseNumber, reason: decided.conclusion, concludedAt: now.toISOString() }, meta));
      }
      return { changes: decided.changes, events };
    });
    return toReviewResponse(record!, reviewOf(record!, id.level)!);
  }

  async list(principal: Principal, query: { status?: string; level?: ReviewLevel; limit?: number; offset?: number }): Promise<{ items: ReviewResponseDto[] }> {
    const levels = levelsOf(principal).filter((level) => !query.level || level === query.level);
    const statuses = query.status ? [query.status] : ['open', 'decided', 'withdrawn'];
    const keys = levels.flatMap((level) => statuses.map((status) => `${level}:${status}`));
    if (!keys.length) return { items: [] };
    const chains = await this.repository.list(keys, query.limit ?? 50, query.offset ?? 0);
    const items = chains.flatMap((chain) =>
      levels
        .map((level) => reviewOf(chain, level))
        .filter((review) => review != null && statuses.includes(review.status))
        .map((review) => toReviewResponse(chain, review!)),
    );
    return { items };
  }
}
