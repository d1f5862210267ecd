import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class GroupAlertDto {
  @ApiProperty({ example: 6, description: 'Distinct petitioners within the busiest 7 days' })
  petitioners!: number;

  @ApiProperty({ example: '2026-11-20T02:00:00.000Z' })
  from!: string;

  @ApiProperty({ example: '2026-11-25T09:00:00.000Z' })
  to!: string;
}

export class HotTopicDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b00', description: 'The matter: its original petition' })
  matterId!: string;

  @ApiProperty({ example: 1 })
  rank!: number;

  @ApiProperty({ example: 2.1432, description: 'The heat index H (see the canvas)' })
  heat!: number;

  @ApiProperty({ example: 12, description: 'Petitions of the matter in the window' })
  messages!: number;

  @ApiProperty({ example: 9, description: 'Distinct petitioners' })
  petitioners!: number;

  @ApiProperty({ example: 8, description: 'Likes where the channel carries them, else co-petitioners' })
  support!: number;

  @ApiProperty({ example: 2, description: 'Petitions linked as repeats (同人同事)' })
  repeats!: number;

  @ApiProperty({ example: 5 })
  thisWeek!: number;

  @ApiProperty({ example: 1.25, description: 'Mean per week of the four weeks before' })
  previousWeeksMean!: number;

  @ApiProperty({ example: 3, description: 'T = min(3, thisWeek ÷ previousWeeksMean), edge cases in the canvas' })
  trend!: number;

  @ApiProperty({ example: '2026-11-25T09:00:00.000Z' })
  lastAt!: string;

  @ApiProperty({ example: 0.4 })
  daysSinceLast!: number;

  @ApiProperty({ example: ['SW-2026-000098', 'SW-2026-000124'] })
  caseNumbers!: string[];

  @ApiPropertyOptional({ example: '环境保护' })
  category?: string;

  @ApiPropertyOptional({ example: 'town-jiayang' })
  area?: string;

  @ApiProperty({ example: ['ecology-environment-bureau'] })
  unitIds!: string[];

  @ApiPropertyOptional({ type: GroupAlertDto, description: 'Five or more petitioners within 7 days: a group alert (群体性预警)' })
  groupAlert?: GroupAlertDto;
}

export class HotTopicsResponseDto {
  @ApiProperty({ example: '2026-10-01T00:00:00.000Z' })
  from!: string;

  @ApiProperty({ example: '2026-12-31T15:59:59.000Z' })
  to!: string;

  @ApiProperty({ example: 3, description: 'Matters with a group alert in the window' })
  groupAlerts!: number;

  @ApiProperty({ type: [HotTopicDto] })
  topics!: HotTopicDto[];
}
