import { ArrayMaxSize, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN, UNIT_ID_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import { EscalationReasons, type EscalationReason } from '../../vocabulary';

export class PetitionEscalated {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @IsIn(EscalationReasons.codes)
  reason!: EscalationReason;

  /** What triggered it, e.g. `self-harm`, `gathering`, `wage-arrears`, `group:5-in-7-days`. */
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  signals!: string[];

  /** Other petitions on the same matter (group escalations). */
  @IsOptional()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  relatedPetitionIds?: string[];

  /** The leaders notified (ids in routing's leader catalogue), each in their notification feed. */
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(64, { each: true })
  @Matches(UNIT_ID_PATTERN, { each: true })
  leaderIds?: string[];
}

export const PetitionEscalatedEvent = defineEvent({
  type: 'petition.escalated',
  version: 1,
  topic: Topics.routing,
  payload: PetitionEscalated,
  summary: 'An urgent, major or group matter was reported to the leaders at once (重大紧急事项报告).',
});
