import { ApiProperty } from '@nestjs/swagger';

export class CoordinationRequestLineDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: '嘉州花园小区旁工地夜间施工噪音扰民' })
  subject!: string;

  @ApiProperty({ example: 'ecology-environment-bureau', description: 'The lead unit that asked' })
  unitId!: string;

  @ApiProperty({ example: '涉及多部门职责交叉，请联席办协调' })
  reason!: string;

  @ApiProperty({ example: '2026-12-05T02:00:00.000Z' })
  requestedAt!: string;
}

export class CoordinationRequestListDto {
  @ApiProperty({ type: [CoordinationRequestLineDto] })
  items!: CoordinationRequestLineDto[];
}
