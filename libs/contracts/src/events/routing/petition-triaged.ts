import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CASE_NUMBER_PATTERN, CategoryRef, UNIT_ID_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import { PetitionKinds, Urgencies, type PetitionKind, type Urgency } from '../../vocabulary';

export class PetitionTriaged {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @IsIn(PetitionKinds.codes)
  kind!: PetitionKind;

  @ValidateNested()
  @Type(() => CategoryRef)
  category!: CategoryRef;

  @IsIn(Urgencies.codes)
  urgency!: Urgency;

  @ArrayMaxSize(10)
  @Matches(UNIT_ID_PATTERN, { each: true })
  proposedUnits!: string[];

  @IsNumber()
  @Min(0)
  @Max(1)
  confidence!: number;

  /** Version of the routing rules that decided. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  ruleVersion?: string;

  /**
   * Triaged as 检举控告 (by kind, the confidential box or the accusation detector), and so
   * confidential: it always waits for a leader and never reaches a unit it accuses (条例 art. 45).
   */
  @IsOptional()
  @IsBoolean()
  sealed?: boolean;
}

export const PetitionTriagedEvent = defineEvent({
  type: 'petition.triaged',
  version: 1,
  topic: Topics.routing,
  payload: PetitionTriaged,
  summary: 'The petition was classified: kind, category, urgency and the units proposed to handle it.',
});
