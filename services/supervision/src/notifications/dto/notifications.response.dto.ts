import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ReminderDeadlines, SupervisionOrderReasons, WarningLights } from '@sunshine/contracts';

class NotificationMessageDto {
  @ApiProperty({ example: 'SW-2026-000123：黄灯（临近期限），办理期限 2026-12-04' })
  'zh-CN'!: string;

  @ApiProperty({ example: 'SW-2026-000123: yellow light, handling deadline 2026-12-04' })
  en!: string;
}

export class NotificationDto {
  @ApiProperty({ example: 'RM-3F2A9C0D1E2B3C4D5E6F' })
  id!: string;

  @ApiProperty({ enum: ['reminder', 'order'], example: 'reminder' })
  kind!: string;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  unitId!: string;

  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiPropertyOptional({ enum: ReminderDeadlines, example: 'handle-by', description: 'Which limit (reminders)' })
  deadline?: string;

  @ApiPropertyOptional({ enum: WarningLights.codes, example: 'yellow' })
  light?: string;

  @ApiProperty({ example: '2026-12-04T15:59:59.999Z', description: 'The limit’s or the order’s due date' })
  dueAt!: string;

  @ApiPropertyOptional({ example: 'DB-A-3F2A9C0D1E2B3C4D5E6F' })
  orderId?: string;

  @ApiPropertyOptional({ enum: SupervisionOrderReasons.codes, example: 'overdue' })
  reasonCode?: string;

  @ApiProperty({ example: '2026-11-22T16:00:03.000Z', description: 'When it was sent' })
  at!: string;

  @ApiProperty({ type: NotificationMessageDto })
  message!: NotificationMessageDto;
}

export class NotificationsResponseDto {
  @ApiProperty({ example: 1 })
  total!: number;

  @ApiProperty({ type: [NotificationDto] })
  items!: NotificationDto[];
}
