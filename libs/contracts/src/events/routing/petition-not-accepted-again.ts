import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';

/**
 * 信访工作条例 art. 35: a petitioner who disagrees with the re-review (复核) opinion and raises the
 * same request on the same facts and grounds again is not accepted again (不再受理). The legal
 * basis as the petitioner reads it, in zh-CN (the event's `legalBasis`) and English.
 */
export const NOT_ACCEPTED_AGAIN_BASIS = {
  'zh-CN': '《信访工作条例》第三十五条：信访人对复核意见不服，仍以同一事实和理由提出投诉请求的，不再受理。',
  en: 'Regulations on Petition Work, art. 35: a petitioner who disagrees with the re-review opinion and raises the same request on the same facts and grounds is not accepted again.',
} as const;

/**
 * Routing recognised a new petition by the same person on a matter whose review chain is
 * exhausted (`petition.concluded`, reason `review-exhausted`): it is not routed to any unit but
 * goes to a registrar as "not accepted again". Never carries the petitioner's identity.
 */
export class PetitionNotAcceptedAgain {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  /** The petition whose matter was concluded after re-review. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  originalPetitionId!: string;

  @Matches(CASE_NUMBER_PATTERN)
  originalCaseNumber!: string;

  /** The article relied on, in zh-CN (see `NOT_ACCEPTED_AGAIN_BASIS`). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  legalBasis!: string;

  @IsISO8601({ strict: true })
  decidedAt!: string;
}

export const PetitionNotAcceptedAgainEvent = defineEvent({
  type: 'petition.not-accepted-again',
  version: 1,
  topic: Topics.routing,
  payload: PetitionNotAcceptedAgain,
  summary: 'A new petition on the same facts by the same person after re-review is not accepted again (条例 art. 35); it goes to a registrar.',
});
