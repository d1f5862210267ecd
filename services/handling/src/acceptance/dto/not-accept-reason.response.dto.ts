import { ApiProperty } from '@nestjs/swagger';

class LabelDto {
  @ApiProperty({ example: '已经或者依法应当通过诉讼、仲裁、行政复议等法定途径解决' })
  'zh-CN'!: string;

  @ApiProperty({ example: 'Already in, or by law to be resolved through, litigation, arbitration or administrative reconsideration' })
  en!: string;
}

/** One ground for 不予受理 in the catalogue. */
export class NotAcceptReasonResponseDto {
  @ApiProperty({ example: 'in-litigation', description: 'Send as `reasonCode`' })
  code!: string;

  @ApiProperty({ type: LabelDto })
  label!: LabelDto;

  @ApiProperty({ example: '《信访工作条例》第三十一条第（一）项', description: 'Empty for `other` (the unit writes its own)' })
  legalBasis!: string;
}

export class NotAcceptReasonListResponseDto {
  @ApiProperty({ type: [NotAcceptReasonResponseDto] })
  items!: NotAcceptReasonResponseDto[];
}
