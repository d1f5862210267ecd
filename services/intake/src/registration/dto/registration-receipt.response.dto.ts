import { ApiProperty } from '@nestjs/swagger';

class AcknowledgementDto {
  @ApiProperty({ example: '您的信访件已登记，编号 SW-2026-000123，查询码 7KQ2M-X9TPA。……' })
  'zh-CN'!: string;

  @ApiProperty({ example: 'Your petition is registered as SW-2026-000123; …' })
  en!: string;
}

/** 回执: what the petitioner keeps. */
export class RegistrationReceiptDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: '7KQ2M-X9TPA', description: 'Shown once. With the case number it opens the progress view.' })
  queryCode!: string;

  @ApiProperty({ example: '2026-11-26T09:15:02.000Z' })
  receivedAt!: string;

  @ApiProperty({ example: '2026-12-11T09:15:02.000Z', description: 'The statutory promise: a decision on acceptance within 15 days' })
  acceptanceDecisionBy!: string;

  @ApiProperty({ type: AcknowledgementDto })
  acknowledgement!: AcknowledgementDto;
}
