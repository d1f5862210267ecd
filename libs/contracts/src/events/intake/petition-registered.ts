import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AttachmentRef, BLIND_INDEX_PATTERN, CASE_NUMBER_PATTERN, CategoryRef } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import { Channels, PetitionKinds, type Channel, type PetitionKind } from '../../vocabulary';

/**
 * Blind indexes (HMAC-SHA256 of the normalised value) that let routing recognise the same
 * petitioner across channels without ever seeing who they are.
 */
export class PetitionerKeys {
  /** Of the phone number in E.164. */
  @IsOptional()
  @Matches(BLIND_INDEX_PATTERN)
  phone?: string;

  /** Of the 18-digit resident ID number (居民身份证号). */
  @IsOptional()
  @Matches(BLIND_INDEX_PATTERN)
  idNumber?: string;

  /** Of name + address together: a weaker fallback when neither phone nor ID is known. */
  @IsOptional()
  @Matches(BLIND_INDEX_PATTERN)
  nameAddress?: string;

  /** Of the sender's email address (mailbox channels). */
  @IsOptional()
  @Matches(BLIND_INDEX_PATTERN)
  email?: string;
}

/** Where the problem is (Open311 requests and hotline calls often say); not the petitioner's home. */
export class ProblemLocation {
  @IsOptional()
  @IsLatitude()
  lat?: number;

  @IsOptional()
  @IsLongitude()
  long?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;
}

export class PetitionRegistered {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @IsIn(Channels.codes)
  channel!: Channel;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  subject!: string;

  /** The petition text with the petitioner's own personal data masked (e.g. 138****1234). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text!: string;

  @IsISO8601({ strict: true })
  receivedAt!: string;

  /** Township or area code of the matter when known (e.g. `town-jiayang`). */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  area?: string;

  /** 检举控告: the petitioner's identity is sealed; no unit may obtain it. */
  @IsBoolean()
  confidential!: boolean;

  @IsBoolean()
  anonymous!: boolean;

  /** Stable reference of the petitioner: the strongest blind index available, or null if anonymous. */
  @IsOptional()
  @Matches(BLIND_INDEX_PATTERN)
  petitionerRef?: string;

  @ValidateNested()
  @Type(() => PetitionerKeys)
  petitionerKeys!: PetitionerKeys;

  /**
   * scrypt verifier of the petitioner's query code (查询码), so that feedback can check a
   * rating's credential. Never the code itself.
   */
  @Matches(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/)
  queryCodeVerifier!: string;

  /** A kind the channel already knows (e.g. the hotline operator chose it); routing decides. */
  @IsOptional()
  @IsIn(PetitionKinds.codes)
  kindHint?: PetitionKind;

  /** A category the channel already knows (an Open311 service, a hotline operator's choice). */
  @IsOptional()
  @ValidateNested()
  @Type(() => CategoryRef)
  categoryHint?: CategoryRef;

  /** The upstream reference (upper-level item number, mailbox message id, Open311 token). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sourceRef?: string;

  /** A deadline set by the upper-level office that transferred the item. */
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBy?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => ProblemLocation)
  location?: ProblemLocation;

  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => AttachmentRef)
  attachments!: AttachmentRef[];
}

export const PetitionRegisteredEvent = defineEvent({
  type: 'petition.registered',
  version: 1,
  topic: Topics.intake,
  payload: PetitionRegistered,
  summary: 'A petition was received on a channel and registered with a case number (登记).',
});
