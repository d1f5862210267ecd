import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CASE_NUMBER_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import { DuplicateRelations, type DuplicateRelation } from '../../vocabulary';

export class PetitionDuplicateLinked {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  /** The earlier petition this one was linked to. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  originalPetitionId!: string;

  @Matches(CASE_NUMBER_PATTERN)
  originalCaseNumber!: string;

  @IsIn(DuplicateRelations.codes)
  relation!: DuplicateRelation;

  @IsNumber()
  @Min(0)
  @Max(1)
  similarity!: number;

  /** A repeat of a case replied within the review window: maybe a review (复查) request. */
  @IsBoolean()
  possibleReview!: boolean;

  /** The original case's status in plain words, so the petitioner can be told (主动告知). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  originalStatus?: string;

  /** A confidential report (检举控告): its existence is never shown to a unit. Absent on older events (= false). */
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;
}

export const PetitionDuplicateLinkedEvent = defineEvent({
  type: 'petition.duplicate-linked',
  version: 1,
  topic: Topics.routing,
  payload: PetitionDuplicateLinked,
  summary: 'The petition repeats or joins an earlier one and was linked to it instead of opening new work (判重).',
});
