import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CASE_NUMBER_PATTERN, CategoryRef, UNIT_ID_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import { Channels, PetitionKinds, type Channel, type PetitionKind } from '../../vocabulary';

/**
 * The case file a unit receives: what it needs to handle the matter, and nothing about who the
 * petitioner is (contact details only through intake's audited reveal, never for confidential items).
 */
export class PetitionAssigned {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  /** 主办单位 */
  @Matches(UNIT_ID_PATTERN)
  leadUnitId!: string;

  /** The lead unit's name as the petitioner reads it (e.g. 区住房和城乡建设局). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  leadUnitName!: string;

  /** 协办单位 */
  @ArrayMaxSize(10)
  @Matches(UNIT_ID_PATTERN, { each: true })
  assistingUnitIds!: string[];

  /** 包案领导 */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  leaderInCharge?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  instruction?: string;

  /** 信访工作条例 art. 31: decide on acceptance within 15 days. */
  @IsISO8601({ strict: true })
  acceptBy!: string;

  /** Provisional handling deadline; fixed at acceptance (60 days from it). */
  @IsISO8601({ strict: true })
  handleBy!: string;

  /** Until when the unit may return the item as not its own (5 working days from assignment). */
  @IsOptional()
  @IsISO8601({ strict: true })
  returnBy?: string;

  /**
   * The date an upper-level office (上级交办) set for the whole matter, when it set one: it binds the
   * unit through acceptance (an earlier date than acceptance + 60 days wins). Absent otherwise.
   */
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBy?: string;

  @IsIn(Channels.codes)
  channel!: Channel;

  @IsIn(PetitionKinds.codes)
  kind!: PetitionKind;

  @ValidateNested()
  @Type(() => CategoryRef)
  category!: CategoryRef;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  subject!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text!: string;

  @IsISO8601({ strict: true })
  receivedAt!: string;

  @IsBoolean()
  confidential!: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  ruleVersion?: string;

  /**
   * Units a sealed report (检举控告) accuses, or whose officials it accuses: never a unit on the case,
   * and never to be given it (条例 art. 45).
   */
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(UNIT_ID_PATTERN, { each: true })
  accusedUnitIds?: string[];
}

export const PetitionAssignedEvent = defineEvent({
  type: 'petition.assigned',
  version: 1,
  topic: Topics.routing,
  payload: PetitionAssigned,
  summary: 'The petition was assigned to a lead unit (and assisting units) with statutory deadlines (交办).',
});
