import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ExtensionRequestCreatedDto {
  @ApiProperty({ example: '0193a1f2-7c4e-4d31-9a2b-5f6e7d8c9b01', description: 'Decide it at …/extension-requests/{requestId}/decision' })
  requestId!: string;
}

/** One line of a leader's approvals queue. */
export class ExtensionRequestLineDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: '嘉州花园小区旁工地夜间施工噪音扰民' })
  subject!: string;

  @ApiProperty({ example: 'ecology-environment-bureau' })
  leadUnitId!: string;

  @ApiProperty({ example: '区生态环境局' })
  leadUnitName!: string;

  @ApiProperty({ example: '0193a1f2-7c4e-4d31-9a2b-5f6e7d8c9b01' })
  requestId!: string;

  @ApiProperty({ example: 20 })
  days!: number;

  @ApiProperty({ example: '涉及多个部门，需联合调查' })
  reason!: string;

  @ApiProperty({ example: 'pending', enum: ['pending', 'approved', 'refused'] })
  status!: string;

  @ApiProperty({ example: '2026-12-20T02:00:00.000Z' })
  requestedAt!: string;

  @ApiProperty({ example: '2027-01-26T15:59:59.999Z', description: 'The handle-by date now' })
  handleBy!: string;

  @ApiPropertyOptional({ example: 'district-head' })
  decidedBy?: string;
}

export class ExtensionRequestListDto {
  @ApiProperty({ type: [ExtensionRequestLineDto] })
  items!: ExtensionRequestLineDto[];
}
