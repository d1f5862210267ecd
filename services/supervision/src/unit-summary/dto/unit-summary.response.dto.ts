import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AppraisalFindings, AppraisalGrades, BulletinPeriods } from '@sunshine/contracts';

class LightCountsDto {
  @ApiProperty({ example: 1, description: 'Deadline passed (已超期)' })
  red!: number;

  @ApiProperty({ example: 1, description: 'Deadline near (临近期限)' })
  yellow!: number;

  @ApiProperty({ example: 3 })
  green!: number;
}

class OnTimeDto {
  @ApiProperty({ example: 4 })
  total!: number;

  @ApiProperty({ example: 3 })
  onTime!: number;

  @ApiProperty({ nullable: true, example: 0.75, description: 'onTime / total, 4 decimals; null when total is 0' })
  onTimeRate!: number | null;
}

class RatingCountsDto {
  @ApiProperty({ example: 2 })
  satisfied!: number;

  @ApiProperty({ example: 1 })
  basicallySatisfied!: number;

  @ApiProperty({ example: 1 })
  dissatisfied!: number;

  @ApiProperty({ example: 4 })
  total!: number;

  @ApiProperty({ nullable: true, example: 0.75, description: '(satisfied + basically satisfied) / rated — the 12345 "satisfaction rate"' })
  satisfactionRate!: number | null;
}

class VisitCountsDto {
  @ApiProperty({ example: 3, description: 'Cases the unit visited at least once after a reply (回访)' })
  visited!: number;

  @ApiProperty({ nullable: true, example: 0.75, description: 'Cases visited / cases replied to (回访率); null before any reply' })
  visitRate!: number | null;

  @ApiProperty({ example: 1, description: 'Cases whose final rating was recorded during a return visit (回访代评)' })
  ratedInVisit!: number;

  @ApiProperty({ example: 2, description: 'Cases whose final rating the petitioner gave online' })
  ratedOnline!: number;
}

class AppraisalDto {
  @ApiProperty({ example: 'AP-2026-Q4' })
  appraisalId!: string;

  @ApiProperty({ example: '2026-Q4' })
  period!: string;

  @ApiProperty({ example: 92.5 })
  score!: number;

  @ApiProperty({ enum: AppraisalGrades.codes, example: 'excellent' })
  grade!: string;

  @ApiProperty({ example: 1 })
  rank!: number;

  @ApiProperty({ enum: AppraisalFindings.codes, isArray: true, example: [] })
  findings!: string[];
}

class BulletinMentionDto {
  @ApiProperty({ example: 'BL-2026-11' })
  bulletinId!: string;

  @ApiProperty({ enum: BulletinPeriods.codes, example: 'monthly' })
  period!: string;

  @ApiProperty({ example: '2026-11' })
  periodKey!: string;
}

/** A unit's handling summary (单位办理情况): counts from its ledger, lights as of `asOf`. */
export class UnitSummaryResponseDto {
  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiPropertyOptional({ example: '区生态环境局' })
  unitName?: string;

  @ApiProperty({ example: '2026-12-20T02:00:00.000Z', description: 'The time the lights were computed for' })
  asOf!: string;

  @ApiProperty({ example: 9, description: 'Cases the unit has or had a part in' })
  cases!: number;

  @ApiProperty({ example: 5, description: 'Open cases it leads (主办)' })
  open!: number;

  @ApiProperty({ example: 1, description: 'Open cases it assists (协办)' })
  assisting!: number;

  @ApiProperty({ type: LightCountsDto, description: 'Open cases it leads, by warning light now' })
  lights!: LightCountsDto;

  @ApiProperty({ example: 1, description: 'Open cases whose light is red now' })
  overdue!: number;

  @ApiProperty({ example: 4, description: 'Cases it replied to at least once' })
  replied!: number;

  @ApiProperty({ type: OnTimeDto, description: 'Reply rounds, and those given by the handle-by deadline in force' })
  replies!: OnTimeDto;

  @ApiProperty({ type: OnTimeDto, description: 'Acceptance decisions (受理 / 不予受理), and those within the accept-by deadline' })
  acceptance!: OnTimeDto;

  @ApiProperty({ type: RatingCountsDto, description: 'Each case once, by its final rating (the latest rated round, online or in a visit)' })
  ratings!: RatingCountsDto;

  @ApiProperty({ type: VisitCountsDto, description: 'Return visits (回访), each case once' })
  visits!: VisitCountsDto;

  @ApiPropertyOptional({ type: AppraisalDto, description: 'The latest quarterly appraisal of the unit' })
  latestAppraisal?: AppraisalDto;

  @ApiProperty({ type: [BulletinMentionDto], description: 'Recent bulletins that named the unit (通报)' })
  namedInBulletins!: BulletinMentionDto[];
}
