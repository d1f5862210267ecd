import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { UNIT_ID_PATTERN } from '@sunshine/contracts';
import { ORDER_STATUSES, type OrderStatus } from '../supervision-order';

export class ListOrdersQuery {
  @ApiPropertyOptional({ example: 'ecology-environment-bureau', description: 'Only this unit’s orders (unit staff always see only their own)' })
  @IsOptional()
  @MaxLength(64)
  @Matches(UNIT_ID_PATTERN)
  unitId?: string;

  @ApiPropertyOptional({ enum: ORDER_STATUSES, example: 'overdue', description: 'open, answered, or overdue (unanswered past the due date)' })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;
}
