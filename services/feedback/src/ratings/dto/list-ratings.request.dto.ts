import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { UNIT_ID_PATTERN } from '@sunshine/contracts';
import { PageQuery } from '@sunshine/platform';

export class ListRatingsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'ecology-environment-bureau', description: "The unit whose replies were rated (a unit's staff: their own)" })
  @IsOptional()
  @MaxLength(64)
  @Matches(UNIT_ID_PATTERN)
  unitId?: string;
}
