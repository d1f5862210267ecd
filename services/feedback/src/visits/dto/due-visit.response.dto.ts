import { ApiProperty } from '@nestjs/swagger';

export class DueVisitDto {
  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiProperty({ example: 1, description: 'The reply round awaiting its visit' })
  round!: number;

  @ApiProperty({ example: '2026-12-02T02:00:00.000Z' })
  repliedAt!: string;

  @ApiProperty({ example: '2026-12-09T15:59:59.999Z', description: 'End of the last working day of FEEDBACK_VISIT_WORKING_DAYS after the reply (Asia/Shanghai)' })
  dueBy!: string;

  @ApiProperty({ example: 'due', enum: ['due', 'overdue'] })
  status!: 'due' | 'overdue';
}

export class DueVisitListDto {
  @ApiProperty({ example: '2026-12-03T08:00:00.000Z', description: 'The moment due and overdue were decided' })
  asOf!: string;

  @ApiProperty({ type: [DueVisitDto], description: 'Earliest deadline first' })
  items!: DueVisitDto[];
}
