import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RoutingRuleDto } from './routing-rules.request.dto';

export class RuleSetResponseDto {
  @ApiProperty({ example: 'r-20261120-3', description: '`default` for the shipped rules' })
  version!: string;

  @ApiProperty({ type: [RoutingRuleDto] })
  rules!: RoutingRuleDto[];

  @ApiProperty({ example: '2026-11-20T02:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: 'admin-wang', description: '`seed` for the shipped rules' })
  createdBy!: string;

  @ApiPropertyOptional({ example: '按区委办意见，欠薪件由人社局牵头' })
  note?: string;
}

export class PublishedRulesResponseDto {
  @ApiProperty({ example: 'r-20261120-3' })
  version!: string;

  @ApiProperty({ example: 12, description: 'How many rules the new version holds' })
  rules!: number;

  @ApiProperty({ example: '2026-11-20T02:00:00.000Z' })
  createdAt!: string;
}
