import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ReplyOutcomes, type ReplyOutcome } from '@sunshine/contracts';

/** 书面答复意见: what the petitioner will read, and rate. */
export class ReplyToCaseRequest {
  @ApiProperty({ enum: ReplyOutcomes.codes, example: 'supported', description: '支持 / 解释说明 / 不支持 / 采纳 / 已解答' })
  @IsIn(ReplyOutcomes.codes)
  outcome!: ReplyOutcome;

  @ApiProperty({
    example: '您反映的问题已查实，已责令施工单位停止夜间施工，并处以罚款。感谢您的监督。',
    maxLength: 10_000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  @HasNoControlCharacters()
  text!: string;
}
