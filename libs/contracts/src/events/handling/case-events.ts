import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { STATUTORY } from '../../statutory-limits';
import { CASE_NUMBER_PATTERN, UNIT_ID_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import {
  PetitionKinds,
  ReopenReasons,
  ReplyOutcomes,
  type PetitionKind,
  type ReopenReason,
  type ReplyOutcome,
} from '../../vocabulary';

/** Fields every case event carries: which case, which unit. */
export class CaseEventBase {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @Matches(UNIT_ID_PATTERN)
  unitId!: string;
}

export class CaseAccepted extends CaseEventBase {
  @IsISO8601({ strict: true })
  acceptedAt!: string;

  /** 信访工作条例 art. 32: handled and answered within 60 days of acceptance. */
  @IsISO8601({ strict: true })
  handleBy!: string;

  /** An upper-level office's earlier due date, kept through acceptance (handleBy is not later). */
  @IsOptional()
  @IsISO8601({ strict: true })
  upperLevelDueBy?: string;
}

export class CaseNotAccepted extends CaseEventBase {
  /** The code in handling's not-accept catalogue (`GET /api/v1/not-accept-reasons`); `other` for free text. */
  @IsOptional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  @MaxLength(64)
  reasonCode?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  /** The article that excludes it, e.g. 信访工作条例 第三十条. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  legalBasis!: string;

  @IsISO8601({ strict: true })
  decidedAt!: string;
}

export class CaseReturned extends CaseEventBase {
  /** Why the unit is not responsible (misrouted). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @IsOptional()
  @Matches(UNIT_ID_PATTERN)
  suggestedUnitId?: string;

  @IsISO8601({ strict: true })
  returnedAt!: string;
}

export class CaseExtended extends CaseEventBase {
  /** 信访工作条例 art. 32: at most 30 days, once, with approval. */
  @IsInt()
  @Min(1)
  @Max(STATUTORY.maxExtensionDays)
  days!: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  /** The approving leader's id (leader catalogue). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  approvedBy!: string;

  @IsISO8601({ strict: true })
  handleBy!: string;

  /** The extension request this approval answers (`case.extension-requested`). */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  requestId?: string;
}

/** A standard answer (标准答复库) cited by a consultation reply, at the version cited. */
export class StandardAnswerRef {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  id!: string;

  @IsInt()
  @Min(1)
  version!: number;
}

/** An assisting unit's opinion (协办意见) as the lead unit's reply shows it. */
export class AssistingOpinion {
  @Matches(UNIT_ID_PATTERN)
  unitId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  opinion!: string;
}

export class CaseReplied extends CaseEventBase {
  @IsIn(ReplyOutcomes.codes)
  outcome!: ReplyOutcome;

  /** The written reply (书面答复意见) as the petitioner will read it. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text!: string;

  /** 1 for the first reply, 2 after the first reopening, … */
  @IsInt()
  @Min(1)
  round!: number;

  @IsISO8601({ strict: true })
  repliedAt!: string;

  @IsOptional()
  @IsIn(PetitionKinds.codes)
  kind?: PetitionKind;

  /** The facts found (查明的事实). */
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  facts?: string;

  /** The decision's legal or policy basis (处理依据). */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  basis?: string;

  /** The right to ask for review within 30 days and where (条例 art. 35). */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reviewRights?: string;

  /** For `scheduled`: the promised completion date (a tracked promise). */
  @IsOptional()
  @IsISO8601({ strict: true })
  promisedBy?: string;

  /** For `explained`: when the unit checks the matter again. */
  @IsOptional()
  @IsISO8601({ strict: true })
  nextCheckAt?: string;

  /** For consultations: the standard answer cited. */
  @IsOptional()
  @ValidateNested()
  @Type(() => StandardAnswerRef)
  standardAnswer?: StandardAnswerRef;

  /** The assisting units' opinions (协办意见) the reply shows. */
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AssistingOpinion)
  assistingOpinions?: AssistingOpinion[];
}

export class CaseReopened extends CaseEventBase {
  @IsIn(ReopenReasons.codes)
  reason!: ReopenReason;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @IsISO8601({ strict: true })
  reopenedAt!: string;

  @IsISO8601({ strict: true })
  handleBy!: string;
}

export class CaseClosed extends CaseEventBase {
  @IsISO8601({ strict: true })
  closedAt!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  reason!: string;
}

export const CaseAcceptedEvent = defineEvent({
  type: 'case.accepted',
  version: 1,
  topic: Topics.handling,
  payload: CaseAccepted,
  summary: 'The unit accepted the case (受理); the 60-day handling clock starts.',
});
export const CaseNotAcceptedEvent = defineEvent({
  type: 'case.not-accepted',
  version: 1,
  topic: Topics.handling,
  payload: CaseNotAccepted,
  summary: 'The unit decided not to accept the case, with the reason and legal basis (不予受理).',
});
export const CaseReturnedEvent = defineEvent({
  type: 'case.returned',
  version: 1,
  topic: Topics.handling,
  payload: CaseReturned,
  summary: 'The unit returned a misrouted case within 5 working days (退回).',
});
export const CaseExtendedEvent = defineEvent({
  type: 'case.extended',
  version: 1,
  topic: Topics.handling,
  payload: CaseExtended,
  summary: 'The handling deadline was extended once, by at most 30 days, with approval (延期).',
});
export const CaseRepliedEvent = defineEvent({
  type: 'case.replied',
  version: 1,
  topic: Topics.handling,
  payload: CaseReplied,
  summary: 'The unit replied to the petitioner in writing (答复), with facts, decision, basis and review rights.',
});
export const CaseReopenedEvent = defineEvent({
  type: 'case.reopened',
  version: 1,
  topic: Topics.handling,
  payload: CaseReopened,
  summary: 'The case was reopened for re-handling (重新办理).',
});
export const CaseClosedEvent = defineEvent({
  type: 'case.closed',
  version: 1,
  topic: Topics.handling,
  payload: CaseClosed,
  summary: 'The unit closed the case (办结).',
});
