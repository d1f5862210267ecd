import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { SupervisionOrderReason } from '@sunshine/contracts';

/** The reasons a supervisor gives by hand; overdue, rehandling-limit and repeated-returns are the scheduler's. */
export const MANUAL_ORDER_REASONS = ['unjustified-delay', 'no-result-reported', 'wrong-procedure', 'evasion', 'opinion-not-carried-out', 'other'] as const satisfies readonly SupervisionOrderReason[];

export class IssueOrderRequestDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01', description: 'The petition (case) the order is about' })
  @IsUUID()
  petitionId!: string;

  @ApiProperty({
    enum: MANUAL_ORDER_REASONS,
    example: 'unjustified-delay',
    description: '督办事由: 无正当理由超期, 未报告办理结果, 程序不当, 推诿敷衍, 处理意见未落实, 其他',
  })
  @IsIn(MANUAL_ORDER_REASONS)
  reason!: (typeof MANUAL_ORDER_REASONS)[number];

  @ApiPropertyOptional({ example: '请于期限内书面报告现场核查结果。', description: 'What the unit must do (shown to the unit with the reason); no personal data', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  note?: string;

  @ApiPropertyOptional({ example: '2026-12-14T15:59:59.999Z', description: 'Due date (ISO 8601); default: end of the 5th working day from today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBy?: string;
}
