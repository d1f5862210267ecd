import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { HasNoControlCharacters } from '@sunshine/platform';

export class AnswerOrderRequestDto {
  @ApiProperty({ example: '已于12月7日组织现场核查，责令施工单位停止夜间施工，并已书面答复信访人。', maxLength: 4000, description: 'What the unit did about the order (督办回复)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @HasNoControlCharacters()
  answer!: string;
}
