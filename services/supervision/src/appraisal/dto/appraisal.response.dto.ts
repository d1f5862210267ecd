import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AppraisalFindings, AppraisalGrades } from '@sunshine/contracts';
import { INDICATOR_CODES } from '../appraisal-config';
import { FINDING_REASON_LABELS } from '../appraisal-report';

export class IndicatorDto {
  @ApiProperty({ example: 'onTimeClosure', enum: INDICATOR_CODES, description: 'The indicator (see the supervision canvas for its numerator and denominator)' })
  code!: string;

  @ApiProperty({ example: 20, description: 'Its weight (most points) in the configuration' })
  weight!: number;

  @ApiProperty({ example: 3, description: 'Numerator' })
  numerator!: number;

  @ApiProperty({ example: 5, description: 'Denominator' })
  denominator!: number;

  @ApiProperty({ example: 0.6, nullable: true, type: Number, description: 'numerator ÷ denominator; null when there was nothing to measure (full points)' })
  rate!: number | null;

  @ApiProperty({ example: 0, description: 'Points from the scoring function' })
  points!: number;
}

export class FindingCaseDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-000000000001', description: 'The case (petition id)' })
  petitionId!: string;

  @ApiPropertyOptional({ example: 'SW-2026-000123', description: 'Its case number' })
  caseNumber?: string;

  @ApiProperty({ example: ['late-acceptance'], enum: Object.keys(FINDING_REASON_LABELS), isArray: true, description: 'Why it stands behind the finding' })
  reasons!: string[];
}

export class FindingDto {
  @ApiProperty({ example: 'handling', enum: AppraisalFindings.codes, description: '办理不到位 / 回复不到位 / 落实不到位 / 解决不到位' })
  code!: string;

  @ApiProperty({ type: [FindingCaseDto], description: 'The cases behind it' })
  cases!: FindingCaseDto[];
}

export class UnitAppraisalDto {
  @ApiProperty({ example: 'town-fuxi', description: 'Unit id' })
  unitId!: string;

  @ApiProperty({ example: '福禄镇', description: 'Unit name' })
  unitName!: string;

  @ApiProperty({ example: 5, description: 'Cases assigned to it in the period' })
  cases!: number;

  @ApiProperty({ example: 56, description: 'Score (0–100, one decimal)' })
  score!: number;

  @ApiProperty({ example: 'fail', enum: AppraisalGrades.codes, description: '优秀 excellent ≥ 90, 良好 good 80–89, 合格 pass 60–79, 不合格 fail < 60' })
  grade!: string;

  @ApiProperty({ example: 4, description: 'Rank (equal scores share one)' })
  rank!: number;

  @ApiProperty({ example: false, description: 'Commended (表扬)' })
  commended!: boolean;

  @ApiProperty({ example: 1, description: 'Supervision orders past due unanswered or answered late' })
  overdueOrders!: number;

  @ApiProperty({ example: 2, description: 'Points deducted for them' })
  deduction!: number;

  @ApiProperty({ type: [IndicatorDto], description: 'Every indicator with its figures and points' })
  indicators!: IndicatorDto[];

  @ApiProperty({ type: [FindingDto], description: 'The findings that apply, with their cases' })
  findings!: FindingDto[];
}

export class AppraisalResponseDto {
  @ApiProperty({ example: '2026-Q4', description: 'The period' })
  period!: string;

  @ApiProperty({ example: false, description: 'True for the period still running: its figures will change' })
  provisional!: boolean;

  @ApiProperty({ example: 'county-default-2026.1', description: 'Version of the appraisal configuration used' })
  configVersion!: string;

  @ApiProperty({ example: '2027-01-05T02:00:00.000Z', description: 'Figures as of this instant' })
  asOf!: string;

  @ApiProperty({ type: [UnitAppraisalDto], description: 'Units, best first' })
  units!: UnitAppraisalDto[];
}

export class PublishedAppraisalResponseDto {
  @ApiProperty({ example: 'AP-2026-Q4', description: 'The appraisal id in appraisal.published' })
  appraisalId!: string;

  @ApiProperty({ example: '2026-Q4', description: 'The period' })
  period!: string;

  @ApiProperty({ example: 4, description: 'Its entry in the signed report history' })
  historyEntry!: number;

  @ApiProperty({ example: '9f2c…', description: 'SHA-256 of the kept report' })
  reportSha256!: string;

  @ApiProperty({ example: '2027-01-05T02:00:00.000Z', description: 'When it was published' })
  publishedAt!: string;
}
