import {
  ArrayMaxSize,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { CASE_NUMBER_PATTERN, UNIT_ID_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import { InstructionDecisions, type InstructionDecision } from '../../vocabulary';

export class PetitionInstructed {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  /** The leader's user id. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  leaderId!: string;

  @IsIn(InstructionDecisions.codes)
  decision!: InstructionDecision;

  @IsString()
  @MaxLength(2000)
  instruction!: string;

  @IsOptional()
  @Matches(UNIT_ID_PATTERN)
  leadUnitId?: string;

  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(UNIT_ID_PATTERN, { each: true })
  assistingUnitIds?: string[];

  /** 领导包案: the leader who takes personal charge of the case. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  leaderInCharge?: string;

  @IsISO8601({ strict: true })
  instructedAt!: string;
}

export const PetitionInstructedEvent = defineEvent({
  type: 'petition.instructed',
  version: 1,
  topic: Topics.routing,
  payload: PetitionInstructed,
  summary: 'A leader instructed the petition: approve the assignment or send it back (批示).',
});
