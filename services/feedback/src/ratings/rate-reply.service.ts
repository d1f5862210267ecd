import { Injectable } from '@nestjs/common';
import { createEvent, DECOY_VERIFIER, maskContactDetails, normalizeQueryCode, verifyQueryCode, type SatisfactionLevel } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseNumberRepository } from '../cases/case-number.repository';
import { FeedbackCaseRepository } from '../cases/feedback-case.repository';
import type { FeedbackCaseRecord } from '../cases/feedback-case.schema';
import { ratingReasons, roundToRateViaLink } from './rating';
import { NoReplyToRate, RatingAlreadyGiven, RatingNotFound } from './rating.errors';
import { RatingRecorder } from './rating-recorder.service';
import { RatingRepository } from './rating.repository';
import { ratingId, RATINGS } from './rating.schema';
import type { RatingReceiptDto } from './dto/rating-receipt.response.dto';

export interface RatingInput {
  caseNumber: string;
  queryCode: string;
  satisfaction: SatisfactionLevel;
  comment?: string;
  /** Why the petitioner is dissatisfied: required then. */
  reasons?: string[];
}

const ACKNOWLEDGEMENTS: Record<SatisfactionLevel, { 'zh-CN': string; en: string }> = {
  satisfied: { 'zh-CN': '感谢您的评价，该事项已办结。', en: 'Thank you for your rating; the matter is concluded.' },
  'basically-satisfied': { 'zh-CN': '感谢您的评价，该事项已办结。', en: 'Thank you for your rating; the matter is concluded.' },
  dissatisfied: {
    'zh-CN': '感谢您的评价。您对答复不满意，已要求承办单位重新办理，请留意办理进度。',
    en: 'Thank you. As you are not satisfied, the unit was asked to handle the matter again; follow its progress.',
  },
};

/** A linked petitioner's rating is recorded and passed on; it does not decide the original case. */
const LINKED_ACKNOWLEDGEMENT = {
  'zh-CN': '感谢您的评价。您的意见已记录并转承办单位和督查部门参考。',
  en: 'Thank you for your rating. It was recorded and passed to the unit and the supervision office.',
};

function maskedComment(comment: string | undefined): string | undefined {
  return comment?.trim() ? maskContactDetails(comment.trim()) : undefined;
}

/**
 * The petitioner rates the latest reply (满意度测评). The case number and query code are the
 * credential: an unknown case and a wrong code get the same 404, after the same work. The
 * rating, `feedback.rated` (source `online`) and — when satisfied — `petition.concluded` are one
 * insert (RatingRecorder, shared with ratings recorded during a return visit).
 */
@Injectable()
export class RateReplyService {
  constructor(
    private readonly caseNumbers: CaseNumberRepository,
    private readonly cases: FeedbackCaseRepository,
    private readonly ratings: RatingRepository,
    private readonly recorder: RatingRecorder,
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

    if (record.linkedTo && record.round === 0) return this.rateViaLink(record, input);

    const now = this.clock.now();
    const { round } = await this.recorder.record(
      record,
      { satisfaction: input.satisfaction, ...(input.comment ? { comment: input.comment } : {}), ...(input.reasons ? { reasons: input.reasons } : {}), source: 'online' },
      now,
    );
    return { caseNumber: record.caseNumber, round, satisfaction: input.satisfaction, ratedAt: now.toISOString(), acknowledgement: ACKNOWLEDGEMENTS[input.satisfaction] };
  }

  /**
   * A linked petitioner (a repeat, or a joint co-petitioner) rates the original case's current
   * reply through their own petition: recorded once per petitioner per round, `feedback.rated`
   * about the original carrying `ratedViaPetitionId`. It never concludes the matter: the original
   * case closes or reopens on the original petitioner's rating only.
   */
  private async rateViaLink(linked: FeedbackCaseRecord, input: RatingInput): Promise<RatingReceiptDto> {
    const link = linked.linkedTo!;
    const original = await this.cases.findById(link.petitionId);
    if (!original) throw new NoReplyToRate();
    const round = roundToRateViaLink(original);
    if (!original.unitId) throw new NoReplyToRate();
    const now = this.clock.now();
    const comment = maskedComment(input.comment);
    const reasons = ratingReasons(input.satisfaction, input.reasons);
    const event = createEvent(
      'feedback.rated',
      { petitionId: original._id },
      {
        caseNumber: original.caseNumber,
        unitId: original.unitId,
        satisfaction: input.satisfaction,
        ...(comment ? { comment } : {}),
        round,
        ratedAt: now.toISOString(),
        ratedViaPetitionId: linked._id,
        source: 'online',
        ...(reasons.length ? { reasons } : {}),
      },
      this.messaging.eventMeta(now),
    );
    const id = ratingId(original._id, round, linked._id);
    const inserted = await this.ratings.insert(
      {
        _id: id,
        petitionId: original._id,
        caseNumber: original.caseNumber,
        unitId: original.unitId,
        round,
        satisfaction: input.satisfaction,
        ...(comment ? { comment } : {}),
        ratedAt: now,
        ratedViaPetitionId: linked._id,
        ratedViaCaseNumber: linked.caseNumber,
        source: 'online',
        ...(reasons.length ? { reasons } : {}),
      },
      [event],
    );
    if (!inserted) throw new RatingAlreadyGiven();
    this.messaging.kick(RATINGS, [id]);
    return { caseNumber: linked.caseNumber, round, satisfaction: input.satisfaction, ratedAt: now.toISOString(), acknowledgement: LINKED_ACKNOWLEDGEMENT };
  }
}
