import { Injectable } from '@nestjs/common';
import { createEvent, DECOY_VERIFIER, maskContactDetails, normalizeQueryCode, verifyQueryCode, type DomainEvent, type SatisfactionLevel } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseNumberRepository } from '../cases/case-number.repository';
import { FeedbackCaseRepository } from '../cases/feedback-case.repository';
import { conclusionOf, roundToRate } from './rating';
import { NoReplyToRate, RatingAlreadyGiven, RatingNotFound } from './rating.errors';
import { RatingRepository } from './rating.repository';
import { ratingId, RATINGS } from './rating.schema';
import type { RatingReceiptDto } from './dto/rating-receipt.response.dto';

export interface RatingInput {
  caseNumber: string;
  queryCode: string;
  satisfaction: SatisfactionLevel;
  comment?: string;
}

const ACKNOWLEDGEMENTS: Record<SatisfactionLevel, { 'zh-CN': string; en: string }> = {
  satisfied: { 'zh-CN': '感谢您的评价，该事项已办结。', en: 'Thank you for your rating; the matter is concluded.' },
  'basically-satisfied': { 'zh-CN': '感谢您的评价，该事项已办结。', en: 'Thank you for your rating; the matter is concluded.' },
  dissatisfied: {
    'zh-CN': '感谢您的评价。您对答复不满意，已要求承办单位重新办理，请留意办理进度。',
    en: 'Thank you. As you are not satisfied, the unit was asked to handle the matter again; follow its progress.',
  },
};

/**
 * The petitioner rates the latest reply (满意度测评). The case number and query code are the
 * credential: an unknown case and a wrong code get the same 404, after the same work. The
 * rating, `feedback.rated` and — when satisfied — `petition.concluded` are one insert.
 */
@Injectable()
export class RateReplyService {
  constructor(
    private readonly caseNumbers: CaseNumberRepository,
    private readonly cases: FeedbackCaseRepository,
    private readonly ratings: RatingRepository,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  async rate(input: RatingInput): Promise<RatingReceiptDto> {
    const code = normalizeQueryCode(input.queryCode);
    const petitionId = await this.caseNumbers.petitionIdOf(input.caseNumber);
    const record = petitionId ? await this.cases.findById(petitionId) : null;
    const verifier = record?.queryCodeVerifier;
    const verified = await verifyQueryCode(code ?? '', verifier ?? DECOY_VERIFIER);
    if (!petitionId || !record || !verifier || !code || !verified) throw new RatingNotFound();

    const round = roundToRate(record);
    if (!record.unitId) throw new NoReplyToRate();
    const now = this.clock.now();
    const comment = input.comment?.trim() ? maskContactDetails(input.comment.trim()) : undefined;
    const meta = this.messaging.eventMeta(now);
    const events: DomainEvent[] = [
      createEvent(
        'feedback.rated',
        { petitionId },
        { caseNumber: record.caseNumber, unitId: record.unitId, satisfaction: input.satisfaction, ...(comment ? { comment } : {}), round, ratedAt: now.toISOString() },
        meta,
      ),
    ];
    const conclusion = conclusionOf(input.satisfaction);
    if (conclusion) {
      events.push(createEvent('petition.concluded', { petitionId }, { caseNumber: record.caseNumber, reason: conclusion, concludedAt: now.toISOString() }, meta));
    }
    const id = ratingId(petitionId, round);
    const inserted = await this.ratings.insert(
      { _id: id, petitionId, caseNumber: record.caseNumber, unitId: record.unitId, round, satisfaction: input.satisfaction, ...(comment ? { comment } : {}), ratedAt: now },
      events,
    );
    if (!inserted) throw new RatingAlreadyGiven();
    this.messaging.kick(RATINGS, [id]);
    return { caseNumber: record.caseNumber, round, satisfaction: input.satisfaction, ratedAt: now.toISOString(), acknowledgement: ACKNOWLEDGEMENTS[input.satisfaction] };
  }
}
