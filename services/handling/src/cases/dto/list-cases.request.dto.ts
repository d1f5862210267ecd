import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { CaseStatuses, type CaseStatus } from '../case';

/** GET /api/v1/cases: filter and page (offset, or the cursor of the previous page). */
export class ListCasesQuery {
  @ApiPropertyOptional({ enum: CaseStatuses, example: 'assigned' })
  @IsOptional()
  @IsIn(CaseStatuses)
  status?: CaseStatus;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ example: 0, minimum: 0, maximum: 10_000, description: 'Not together with cursor' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  offset?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]+$/)
  @MaxLength(200)
  cursor?: string;
}
