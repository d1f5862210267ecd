import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class ProgressStepDto {
  @ApiProperty({ example: '2026-11-26T09:15:02.000Z' })
  at!: string;

  @ApiProperty({ example: '已交由区生态环境局办理，将于2026年12月11日前决定是否受理' })
  title!: string;
}

class ReplyDto {
  @ApiPropertyOptional({ example: '区生态环境局' })
  unitName?: string;

  @ApiProperty({ example: 'supported' })
  outcome!: string;

  @ApiProperty({ example: '支持' })
  outcomeLabel!: string;

  @ApiProperty({ example: '您反映的问题已查实，已责令施工单位停止夜间施工。' })
  text!: string;

  @ApiProperty({ example: '2026-12-05T08:00:00.000Z' })
  repliedAt!: string;

  @ApiProperty({ example: 1 })
  round!: number;
}

export class ProgressResponseDto {
  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: 'accepted' })
  status!: string;

  @ApiProperty({ example: '办理中' })
  statusLabel!: string;

  @ApiPropertyOptional({ example: '区生态环境局' })
  unitName?: string;

  @ApiProperty({ type: [ProgressStepDto] })
  steps!: ProgressStepDto[];

  @ApiPropertyOptional({ type: ReplyDto })
  reply?: ReplyDto;
}
