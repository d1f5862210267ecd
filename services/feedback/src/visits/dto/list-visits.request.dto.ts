import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '@sunshine/contracts';

export class ListVisitsQuery {
  @ApiPropertyOptional({ example: 'SW-2026-000123', description: "One case's ledger" })
  @IsOptional()
  @IsString()
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber?: string;

  @ApiPropertyOptional({ example: 50, minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ example: 0, minimum: 0, maximum: 10_000, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  offset?: number;
}
