import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** 转送: the matter goes to the body competent for it; the petitioner is told which and why. */
export class TransferCaseRequest {
  @ApiProperty({ example: '区人民法院', maxLength: 200, description: 'The body the matter goes to' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoControlCharacters()
  toBody!: string;

  @ApiProperty({ example: '所涉合同纠纷已由人民法院立案受理，应通过诉讼程序解决', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @HasNoControlCharacters()
  reason!: string;

  @ApiProperty({ example: '《信访工作条例》第三十一条第（一）项', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoControlCharacters()
  legalBasis!: string;
}
