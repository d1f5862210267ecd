import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN, SatisfactionLevels, VisitMethods, type SatisfactionLevel, type VisitMethod } from '@sunshine/contracts';

/** 回访登记: one entry of the return-visit ledger, and optionally the petitioner's rating recorded on their behalf. */
export class RecordVisitRequest {
  @ApiProperty({ example: 'SW-2026-000123' })
  @IsString()
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @ApiProperty({ enum: VisitMethods.codes, example: 'phone', description: '电话 / 上门 / 网上回访' })
  @IsIn(VisitMethods.codes)
  method!: VisitMethod;

  @ApiProperty({ example: '群众表示施工已停止，对处理结果满意。', maxLength: 2000, description: 'What the petitioner said; contact details are masked' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @HasNoControlCharacters()
  summary!: string;

  @ApiPropertyOptional({ example: '2026-11-20T06:00:00.000Z', description: 'When the visit took place (not in the future); defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  visitedAt?: string;

  @ApiPropertyOptional({ example: '李明（区生态环境局信访科）', maxLength: 100, description: 'Who made the visit; defaults to the recording account' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @HasNoControlCharacters()
  visitor?: string;

  @ApiPropertyOptional({
    enum: SatisfactionLevels.codes,
    example: 'satisfied',
    description:
      "The petitioner's satisfaction, recorded on their behalf (回访代评): the rating of the current reply round, source `visit`. " +
      'One rating per round: a round already rated (online or in a visit) answers 409 RATING.ALREADY_RATED.',
  })
  @IsOptional()
  @IsIn(SatisfactionLevels.codes)
  satisfaction?: SatisfactionLevel;

  @ApiPropertyOptional({ type: [String], example: ['夜间施工仍未停止'], maxItems: 10, description: 'Why the petitioner is dissatisfied: required with satisfaction `dissatisfied`' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  @HasNoControlCharacters({ each: true })
  reasons?: string[];
}
