import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SupervisionOrderReasons } from '@sunshine/contracts';
import { ORDER_STATUSES } from '../supervision-order';

export class IssuedOrderResponseDto {
  @ApiProperty({ example: 'DB-M-0193a1f2-1b6f-7abc-8def-012345678917' })
  orderId!: string;

  @ApiProperty({ example: '2026-12-14T15:59:59.999Z', description: 'When the unit must have answered' })
  dueBy!: string;
}

export class SupervisionOrderDto {
  @ApiProperty({ example: 'DB-A-3F2A9C0D1E2B3C4D5E6F' })
  orderId!: string;

  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiProperty({ enum: SupervisionOrderReasons.codes, example: 'overdue' })
  reasonCode!: string;

  @ApiProperty({ example: '超期未办', description: 'The reason in zh-CN' })
  reason!: string;

  @ApiProperty({ example: 'Time limit passed (automatic)', description: 'The reason in English' })
  reasonEn!: string;

  @ApiPropertyOptional({ example: '请于期限内书面报告现场核查结果。' })
  note?: string;

  @ApiProperty({ example: true, description: 'Issued by the scheduler' })
  automatic!: boolean;

  @ApiProperty({ example: 'scheduler' })
  issuedBy!: string;

  @ApiProperty({ example: '2026-12-07T00:00:05.000Z' })
  issuedAt!: string;

  @ApiProperty({ example: '2026-12-14T15:59:59.999Z' })
  dueBy!: string;

  @ApiProperty({ enum: ORDER_STATUSES, example: 'open' })
  status!: string;

  @ApiProperty({ example: false, description: 'Unanswered past the due date' })
  overdue!: boolean;

  @ApiPropertyOptional({ example: '2026-12-10T03:20:00.000Z' })
  answeredAt?: string;

  @ApiPropertyOptional({ example: false, description: 'Answered after the due date' })
  answeredLate?: boolean;

  @ApiPropertyOptional({ example: '已组织现场核查并书面答复。', description: 'The lead unit’s answer' })
  answer?: string;
}

export class SupervisionOrdersResponseDto {
  @ApiProperty({ example: '2026-12-10T08:00:00.000Z', description: 'The moment statuses were computed' })
  asOf!: string;

  @ApiProperty({ example: 1 })
  total!: number;

  @ApiProperty({ type: [SupervisionOrderDto] })
  items!: SupervisionOrderDto[];
}
