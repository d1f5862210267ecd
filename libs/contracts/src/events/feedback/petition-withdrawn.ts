import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';

/**
 * The petitioner withdrew the petition (撤回) with their case number and query code. Published by
 * feedback, which holds the query-code verifier (docs/decisions/0009-petitioner-requests-in-feedback.md).
 */
export class PetitionWithdrawn {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @IsISO8601({ strict: true })
  withdrawnAt!: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export const PetitionWithdrawnEvent = defineEvent({
  type: 'petition.withdrawn',
  version: 1,
  topic: Topics.feedback,
  payload: PetitionWithdrawn,
  summary: 'The petitioner withdrew the petition (撤回).',
});
