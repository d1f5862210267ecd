import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { UNIT_ID_PATTERN } from '@sunshine/contracts';

export class DueVisitsQuery {
  @ApiPropertyOptional({ example: 'ecology-environment-bureau', description: "The unit whose visits are due (a unit's staff: their own)" })
  @IsOptional()
  @MaxLength(64)
  @Matches(UNIT_ID_PATTERN)
  unitId?: string;

  @ApiPropertyOptional({ enum: ['due', 'overdue'], example: 'overdue', description: 'due: the deadline is ahead; overdue: it passed. Both when absent.' })
  @IsOptional()
  @IsIn(['due', 'overdue'])
  status?: 'due' | 'overdue';
}

export class VisitLedgerQuery {
  @ApiPropertyOptional({ example: 'ecology-environment-bureau', description: "The unit whose ledger to export (a unit's staff: their own)" })
  @IsOptional()
  @MaxLength(64)
  @Matches(UNIT_ID_PATTERN)
  unitId?: string;
}
