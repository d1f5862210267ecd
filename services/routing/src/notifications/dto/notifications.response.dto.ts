import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EscalationReasons } from '@sunshine/contracts';

export class LabelDto {
  @ApiProperty({ example: '紧急', name: 'zh-CN' })
  'zh-CN'!: string;

  @ApiProperty({ example: 'Urgent' })
  en!: string;
}

export class LeaderNotificationDto {
  @ApiProperty({ example: '0193a1f2-1b5d-7abc-8def-012345678905:party-secretary', description: 'The escalation event’s id and the leader’s' })
  id!: string;

  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ enum: EscalationReasons.codes, example: 'urgent', description: 'Why it was reported at once (紧急 / 重大 / 群体性)' })
  reason!: string;

  @ApiProperty({ type: LabelDto })
  reasonLabel!: LabelDto;

  @ApiProperty({ example: ['wage-arrears', 'holiday-near'], description: 'What triggered it' })
  signals!: string[];

  @ApiProperty({ example: [], description: 'Other petitions on the same matter (group escalations)' })
  relatedPetitionIds!: string[];

  @ApiProperty({ example: '2026-11-26T09:15:03.000Z', description: 'When it was escalated' })
  at!: string;

  @ApiProperty({ example: false })
  read!: boolean;

  @ApiPropertyOptional({ example: '2026-11-26T10:00:00.000Z' })
  readAt?: string;
}

export class LeaderNotificationsResponseDto {
  @ApiProperty({ type: [LeaderNotificationDto], description: 'Newest first' })
  items!: LeaderNotificationDto[];
}
