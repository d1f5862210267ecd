import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class ProgressStepDto {
  @ApiProperty({ example: '2026-11-26T09:15:02.000Z' })
  at!: string;

  @ApiProperty({ example: '已交由区生态环境局办理，将于2026年12月11日前决定是否受理' })
  title!: string;

  @ApiPropertyOptional({
    example: '查明事实：经现场核查，该工地确有夜间施工；处理意见：限期解决；依据：《中华人民共和国噪声污染防治法》第四十三条',
    description: 'The written parts of a reply: facts found, decision, basis and the right to ask for a review',
  })
  detail?: string;
}

class ReplyDto {
  @ApiProperty({ example: 'supported' })
  outcome!: string;

  @ApiProperty({ example: '支持' })
  outcomeLabel!: string;

  @ApiProperty({ example: '2026-12-05T08:00:00.000Z' })
  repliedAt!: string;

  @ApiProperty({ example: 1 })
  round!: number;

  @ApiPropertyOptional({ example: '经现场核查，该工地确有夜间施工。', description: 'The facts found' })
  facts?: string;

  @ApiPropertyOptional({ example: '《中华人民共和国噪声污染防治法》第四十三条', description: 'The legal or policy basis of the decision' })
  basis?: string;

  @ApiPropertyOptional({ example: '2027-01-15T15:59:59.999Z', description: 'For a scheduled solution (限期解决): the promised completion date' })
  promisedBy?: string;

  @ApiPropertyOptional({ example: '2027-01-15T15:59:59.999Z', description: 'For an explained case still being worked on: the next check date' })
  nextCheckAt?: string;
}

class OwnReplyDto extends ReplyDto {
  @ApiPropertyOptional({ example: '区生态环境局' })
  unitName?: string;

  @ApiProperty({ example: '您反映的问题已查实，已责令施工单位停止夜间施工。' })
  text!: string;

  @ApiPropertyOptional({
    example: '如对本答复意见不服，可自收到本答复意见之日起30日内向区人民政府信访复查复核机关提出复查请求（《信访工作条例》第三十五条）。',
    description: 'The right to ask for a review (复查) within 30 days, and where',
  })
  reviewRights?: string;
}

class OriginalReplyDto extends ReplyDto {
  @ApiProperty({ example: 'SW-2026-000098', description: 'The earlier case this petition is linked to' })
  caseNumber!: string;
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

  @ApiPropertyOptional({ type: OwnReplyDto })
  reply?: OwnReplyDto;

  @ApiPropertyOptional({
    type: OriginalReplyDto,
    description: "For a petition linked to an earlier case (a repeat, or raised jointly by other citizens): that case's latest reply",
  })
  originalReply?: OriginalReplyDto;
}
