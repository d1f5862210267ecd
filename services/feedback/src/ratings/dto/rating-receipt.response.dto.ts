import { ApiProperty } from '@nestjs/swagger';

class AcknowledgementDto {
  @ApiProperty({ example: '感谢您的评价。您对答复不满意，已要求承办单位重新办理。' })
  'zh-CN'!: string;

  @ApiProperty({ example: 'Thank you. As you are not satisfied, the unit was asked to handle the matter again.' })
  en!: string;
}

export class RatingReceiptDto {
  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ example: 1, description: 'The reply round rated' })
  round!: number;

  @ApiProperty({ example: 'dissatisfied' })
  satisfaction!: string;

  @ApiProperty({ example: '2026-12-07T12:00:00.000Z' })
  ratedAt!: string;

  @ApiProperty({ type: AcknowledgementDto })
  acknowledgement!: AcknowledgementDto;
}
