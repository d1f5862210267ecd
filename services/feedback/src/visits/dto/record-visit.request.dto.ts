import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN, VisitMethods, type VisitMethod } from '@sunshine/contracts';

/** 回访登记: one entry of the return-visit ledger. */
export class RecordVisitRequest {
  @ApiProperty({ example: 'SW-2026-000123' })
  @IsString()
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @ApiProperty({ enum: VisitMethods.codes, example: 'phone', description: '电话 / 上门 / 网上回访' })
  @IsIn(VisitMethods.codes)
  method!: VisitMethod;

  @ApiProperty({ example: '群众表示施工已停止，对处理结果满意。', maxLength: 2000, description: "What the petitioner said; contact details are masked" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @HasNoControlCharacters()
  summary!: string;

  @ApiPropertyOptional({ example: '2026-12-10T06:00:00.000Z', description: 'When the visit took place; defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  visitedAt?: string;
}
