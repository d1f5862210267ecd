import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CASE_NUMBER_PATTERN, UNIT_ID_PATTERN } from '../../common';
import { defineEvent } from '../../define-event';
import { Topics } from '../../topics';
import {
  AppraisalFindings,
  AppraisalGrades,
  BulletinPeriods,
  SupervisionOrderReasons,
  WarningLights,
  type AppraisalFinding,
  type AppraisalGrade,
  type BulletinPeriod,
  type SupervisionOrderReason,
  type WarningLight,
} from '../../vocabulary';

/** The time limits supervision's scheduler watches and reminds units of. */
export const ReminderDeadlines = ['accept-by', 'handle-by', 'promised-by', 'visit-by', 'order-due-by'] as const;
export type ReminderDeadline = (typeof ReminderDeadlines)[number];

export class SupervisionReminded {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @Matches(UNIT_ID_PATTERN)
  unitId!: string;

  @IsIn(WarningLights.codes)
  light!: WarningLight;

  /**
   * Which deadline: `accept-by`, `handle-by`, the promised date of a scheduled reply
   * (`promised-by`), the return visit's (`visit-by`) or a supervision order's (`order-due-by`).
   */
  @IsIn(ReminderDeadlines)
  deadline!: ReminderDeadline;

  @IsISO8601({ strict: true })
  dueAt!: string;

  /** For `order-due-by`: the supervision order that is due. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  orderId?: string;
}

export class SupervisionOrderIssued {
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @Matches(UNIT_ID_PATTERN)
  unitId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  orderId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @IsISO8601({ strict: true })
  dueBy!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  issuedBy!: string;

  /** Why, as a code (`reason` is its zh-CN text, or the supervisor's note). */
  @IsOptional()
  @IsIn(SupervisionOrderReasons.codes)
  reasonCode?: SupervisionOrderReason;

  /** Issued by supervision's scheduler (overdue, re-handling limit, repeated returns), not by hand. */
  @IsOptional()
  @IsBoolean()
  automatic?: boolean;
}

export class BulletinPublished {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  bulletinId!: string;

  @IsIn(BulletinPeriods.codes)
  period!: BulletinPeriod;

  /** e.g. `2026-11-26`, `2026-11`, `2026-Q4`. */
  @Matches(/^\d{4}(-\d{2}(-\d{2})?|-Q[1-4])$/)
  periodKey!: string;

  @IsInt()
  @Min(0)
  received!: number;

  @IsInt()
  @Min(0)
  replied!: number;

  @IsInt()
  @Min(0)
  overdue!: number;

  @ArrayMaxSize(500)
  @Matches(UNIT_ID_PATTERN, { each: true })
  namedUnits!: string[];
}

export class UnitAppraisal {
  @Matches(UNIT_ID_PATTERN)
  unitId!: string;

  @IsNumber()
  @Min(0)
  @Max(100)
  score!: number;

  @IsIn(AppraisalGrades.codes)
  grade!: AppraisalGrade;

  @IsInt()
  @Min(1)
  rank!: number;

  /** Which of the four "not in place" findings apply (四个不到位). */
  @ArrayMaxSize(4)
  @IsIn(AppraisalFindings.codes, { each: true })
  findings!: AppraisalFinding[];

  /** The unit's name as routing's catalogue gave it (added in issue 12). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  unitName?: string;

  /** Commended (表扬) in this appraisal (added in issue 12). */
  @IsOptional()
  @IsBoolean()
  commended?: boolean;
}

export class AppraisalPublished {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  appraisalId!: string;

  /** `2026-Q4`, or since issue 12 also a year, `2026` (the year-end appraisal, 年终考核). */
  @Matches(/^\d{4}(-Q[1-4])?$/)
  period!: string;

  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => UnitAppraisal)
  units!: UnitAppraisal[];

  @IsOptional()
  @IsISO8601({ strict: true })
  publishedAt?: string;

  /** The version of the appraisal configuration the scores were computed with (added in issue 12). */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  configVersion?: string;

  /** SHA-256 (hex) of the published report kept in supervision's signed report history (added in issue 12). */
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/)
  reportSha256?: string;

  /** Its entry number in that hash-chained history (added in issue 12). */
  @IsOptional()
  @IsInt()
  @Min(1)
  historyEntry?: number;
}

export const SupervisionRemindedEvent = defineEvent({
  type: 'supervision.reminded',
  version: 1,
  topic: Topics.supervision,
  payload: SupervisionReminded,
  summary: 'A unit was reminded of a deadline as its warning light changed (提醒/警示灯).',
});
export const SupervisionOrderIssuedEvent = defineEvent({
  type: 'supervision.order-issued',
  version: 1,
  topic: Topics.supervision,
  payload: SupervisionOrderIssued,
  summary: 'A supervision order was issued to a unit (督办).',
});
export const BulletinPublishedEvent = defineEvent({
  type: 'supervision.bulletin-published',
  version: 1,
  topic: Topics.supervision,
  payload: BulletinPublished,
  summary: 'A daily, monthly or quarterly bulletin was published (通报).',
});
export const AppraisalPublishedEvent = defineEvent({
  type: 'appraisal.published',
  version: 1,
  topic: Topics.supervision,
  payload: AppraisalPublished,
  summary: 'The quarterly appraisal of the units was published for the organization department (考核).',
});
