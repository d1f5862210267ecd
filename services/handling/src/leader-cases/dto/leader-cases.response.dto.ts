import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CaseStatuses } from '../../cases/case';

export class LeaderCaseDeadlinesDto {
  @ApiProperty({ example: '2026-12-11T15:59:59.999Z' })
  acceptBy!: string;

  @ApiProperty({ example: '2027-01-26T15:59:59.999Z' })
  handleBy!: string;
}

export class LeaderCaseDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: '嘉州花园小区旁工地夜间施工噪音扰民' })
  subject!: string;

  @ApiProperty({ example: 'accepted', enum: CaseStatuses })
  status!: string;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  leadUnitId!: string;

  @ApiProperty({ example: '区生态环境局' })
  leadUnitName!: string;

  @ApiProperty({ example: 'yellow', enum: ['green', 'yellow', 'red', 'none'], description: '警示灯, by the same rule as supervision' })
  light!: string;

  @ApiProperty({ type: LeaderCaseDeadlinesDto })
  deadlines!: LeaderCaseDeadlinesDto;

  @ApiPropertyOptional({ example: 'pending', description: 'An extension request waiting for a decision' })
  extensionStatus?: string;
}

export class LeaderCaseListDto {
  @ApiProperty({ example: 'party-secretary', description: 'The leader the list is for' })
  leaderId!: string;

  @ApiProperty({ type: [LeaderCaseDto] })
  items!: LeaderCaseDto[];
}
