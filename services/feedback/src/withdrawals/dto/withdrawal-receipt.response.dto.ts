import { ApiProperty } from '@nestjs/swagger';

class AcknowledgementDto {
  @ApiProperty({ example: '您已撤回该信访件，该事项已办结。' })
  'zh-CN'!: string;

  @ApiProperty({ example: 'You withdrew the petition; the matter is concluded.' })
  en!: string;
}

export class WithdrawalReceiptDto {
  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: '2026-12-10T03:00:00.000Z' })
  withdrawnAt!: string;

  @ApiProperty({ type: AcknowledgementDto })
  acknowledgement!: AcknowledgementDto;
}
