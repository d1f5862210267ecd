import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class BulletinTotalsDto {
  @ApiProperty({ example: 412, description: 'Petitions received (registered) in the period' })
  received!: number;

  @ApiProperty({ example: 377, description: 'Cases finished in the period (reply, not accepted, transfer, closure, withdrawal)' })
  replied!: number;

  @ApiProperty({ example: 360, description: 'Of those, finished by the deadline in force then' })
  onTime!: number;

  @ApiProperty({ example: 0.9549, nullable: true, description: 'onTime ÷ replied (null when nothing was finished)' })
  onTimeRate!: number | null;

  @ApiProperty({ example: 210, description: 'Cases rated in the period' })
  rated!: number;

  @ApiProperty({ example: 0.9286, nullable: true, description: '(satisfied + basically satisfied) ÷ rated' })
  satisfactionRate!: number | null;

  @ApiProperty({ example: 6, description: 'Cases past their deadline and still pending at the end of the period (or now)' })
  overdue!: number;
}

export class BulletinBodyDto {
  @ApiProperty({ example: 'monthly', enum: ['daily', 'monthly', 'quarterly'] })
  kind!: string;

  @ApiProperty({ example: '2026-11' })
  period!: string;

  @ApiProperty({ example: '2026-10-31T16:00:00.000Z', description: 'Start of the period (inclusive)' })
  from!: string;

  @ApiProperty({ example: '2026-11-30T16:00:00.000Z', description: 'End of the period (exclusive)' })
  to!: string;

  @ApiProperty({ example: '2026-11-30T16:00:00.000Z', description: 'The figures are as of this instant' })
  asOf!: string;

  @ApiProperty({ example: false, description: 'The period has not ended: the figures will still change' })
  provisional!: boolean;

  @ApiProperty({ type: BulletinTotalsDto })
  totals!: BulletinTotalsDto;

  @ApiProperty({ example: ['town-fuxi'], description: 'Units the bulletin names (black list, overdue cases, unanswered overdue orders)' })
  namedUnits!: string[];

  @ApiPropertyOptional({
    description:
      'daily: awaitingInstruction, urgentAndGroup, turnedRed (case lists). monthly: units (figures per unit), overdueCases, redList, ' +
      'blackList, unansweredOrders. quarterly: previousPeriod, previousTotals, months, volumes {category, area, channel, kind} with the ' +
      'trend, units, redList, blackList, hotTopics, groupIssues, unansweredOrders, inspection (the joint inspection report).',
    type: 'object',
    additionalProperties: true,
    example: { redList: [{ unitId: 'education-bureau', unitName: '区教育局', score: 0.98 }] },
  })
  details?: Record<string, unknown>;
}

export class BulletinViewDto {
  @ApiProperty({ example: 'BL-M-2026-11', description: 'One bulletin per period' })
  bulletinId!: string;

  @ApiProperty({ example: true, description: 'Published (stored, supervision.bulletin-published sent); otherwise computed now from the current figures' })
  published!: boolean;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00.000Z' })
  publishedAt?: string;

  @ApiProperty({ type: BulletinBodyDto, description: 'The bulletin; its kind-specific parts sit beside the common fields' })
  bulletin!: BulletinBodyDto;
}
