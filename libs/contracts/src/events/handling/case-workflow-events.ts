/**
 * The handling workbench's events beyond accept / reply / close (issue 10): transfer to another
 * body, extension by a leader's approval, joint handling (协办, 联合处理) and the completion of a
 * promised (`scheduled`) reply. All on handling's topic, keyed by petition id.
 */
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { UNIT_ID_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { STATUTORY } from '../../statutory-limits';
import { Topics } from '../../topics';
import { CaseEventBase } from './case-events';

export class CaseTransferred extends CaseEventBase {
  /** The body the matter goes to (e.g. 区人民法院, 区纪委监委), as the petitioner reads it. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  toBody!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  /** Why that body and not this one (信访工作条例 art. 31/32). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  legalBasis!: string;

  @IsISO8601({ strict: true })
  transferredAt!: string;
}

export class CaseExtensionRequested extends CaseEventBase {
  @IsUUID()
  requestId!: string;

  /** 信访工作条例 art. 32: at most 30 days, once, with approval. */
  @IsInt()
  @Min(1)
  @Max(STATUTORY.maxExtensionDays)
  days!: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  /** Who asked (the unit's staff subject). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  requestedBy!: string;

  @IsISO8601({ strict: true })
  requestedAt!: string;
}

export class CaseExtensionRefused extends CaseEventBase {
  @IsUUID()
  requestId!: string;

  /** The refusing leader's id (leader catalogue). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  refusedBy!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @IsISO8601({ strict: true })
  refusedAt!: string;
}

/** `unitId` is the assisting unit (协办单位) that gave the opinion. */
export class CaseAssistOpinionSubmitted extends CaseEventBase {
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  opinion!: string;

  @IsISO8601({ strict: true })
  submittedAt!: string;
}

/** `unitId` is the lead unit (主办单位). MISSION 3.2: 联席会商. */
export class CaseJointConvened extends CaseEventBase {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  convenedBy!: string;

  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(UNIT_ID_PATTERN, { each: true })
  participantUnitIds!: string[];

  /** The joint handling opinion (联合处理意见) the units then carry out. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  opinion!: string;

  @IsISO8601({ strict: true })
  convenedAt!: string;
}

/** A unit whose return window has closed asks the joint office to coordinate (协调) instead. */
export class CaseCoordinationRequested extends CaseEventBase {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @IsISO8601({ strict: true })
  requestedAt!: string;
}

/** A `scheduled` reply's promise kept: the completion note before or after the promised date. */
export class CaseCompletionReported extends CaseEventBase {
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  note!: string;

  @IsISO8601({ strict: true })
  reportedAt!: string;

  @IsISO8601({ strict: true })
  promisedBy!: string;
}

export const CaseTransferredEvent = defineEvent({
  type: 'case.transferred',
  version: 1,
  topic: Topics.handling,
  payload: CaseTransferred,
  summary: 'The unit transferred the matter to the body competent for it (转送其他机关); final for this unit.',
});
export const CaseExtensionRequestedEvent = defineEvent({
  type: 'case.extension-requested',
  version: 1,
  topic: Topics.handling,
  payload: CaseExtensionRequested,
  summary: 'The unit asked a leader to extend the handling deadline (延期申请); the date moves only on approval.',
});
export const CaseExtensionRefusedEvent = defineEvent({
  type: 'case.extension-refused',
  version: 1,
  topic: Topics.handling,
  payload: CaseExtensionRefused,
  summary: 'A leader refused an extension request; the handling deadline stays.',
});
export const CaseAssistOpinionSubmittedEvent = defineEvent({
  type: 'case.assist-opinion-submitted',
  version: 1,
  topic: Topics.handling,
  payload: CaseAssistOpinionSubmitted,
  summary: "An assisting unit submitted its opinion (协办意见) for the lead unit's reply.",
});
export const CaseJointConvenedEvent = defineEvent({
  type: 'case.joint-convened',
  version: 1,
  topic: Topics.handling,
  payload: CaseJointConvened,
  summary: 'The joint office convened the units on a case and recorded a joint handling opinion (联合处理意见).',
});
export const CaseCoordinationRequestedEvent = defineEvent({
  type: 'case.coordination-requested',
  version: 1,
  topic: Topics.handling,
  payload: CaseCoordinationRequested,
  summary: 'A unit past its return window asked the joint office to coordinate the case (申请协调).',
});
export const CaseCompletionReportedEvent = defineEvent({
  type: 'case.completion-reported',
  version: 1,
  topic: Topics.handling,
  payload: CaseCompletionReported,
  summary: 'The unit reported a scheduled reply carried out (落实到位), against its promised date.',
});
