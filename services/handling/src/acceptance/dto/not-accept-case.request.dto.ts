import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** 不予受理: the petitioner is told why, and on which legal basis. */
export class NotAcceptCaseRequest {
  @ApiProperty({ example: '该事项已进入诉讼程序，应当通过诉讼途径解决', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @HasNoControlCharacters()
  reason!: string;

  @ApiProperty({ example: '信访工作条例 第三十条', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @HasNoControlCharacters()
  legalBasis!: string;
}
