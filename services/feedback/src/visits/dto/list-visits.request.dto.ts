import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '@sunshine/contracts';
import { PageQuery } from '@sunshine/platform';

export class ListVisitsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'SW-2026-000123', description: "One case's ledger" })
  @IsOptional()
  @IsString()
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber?: string;
}
