import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ReplyOutcomes, type ReplyOutcome } from '@sunshine/contracts';

/**
 * 书面答复意见 by kind: the parts it is composed from. Which parts are required depends on the
 * outcome (facts, decision, basis always; promisedBy for `scheduled`; nextCheckAt for `explained`;
 * a standard answer or a law-and-article basis for `answered`); a missing one is refused with 422
 * `REPLY.PART_MISSING` naming it, so the parts are optional here.
 */
export class ReplyToCaseRequest {
  @ApiProperty({
    enum: ReplyOutcomes.codes,
    example: 'supported',
    description:
      'Must fit the kind: suggestion → adopted | partly-adopted | noted; consultation → answered; request, complaint → supported | scheduled | explained | not-supported; report → transferred-to-discipline',
  })
  @IsIn(ReplyOutcomes.codes)
  outcome!: ReplyOutcome;

  @ApiPropertyOptional({ example: '经现场核查，该工地11月以来多次在22时后进行混凝土浇筑作业，噪声超标。', maxLength: 5000, description: '查明的事实 (required)' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @HasNoControlCharacters()
  facts?: string;

  @ApiPropertyOptional({ example: '已责令施工单位停止夜间施工，并依法处以罚款。', maxLength: 5000, description: '处理意见, the text of the decision (required)' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @HasNoControlCharacters()
  decision?: string;

  @ApiPropertyOptional({
    example: '《中华人民共和国噪声污染防治法》第四十三条',
    maxLength: 2000,
    description: "处理依据 (required; for `answered` a law and article, unless a standard answer is cited, whose basis is used when this is absent)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @HasNoControlCharacters()
  basis?: string;

  @ApiPropertyOptional({ example: '如施工单位再次违规，请拨打12345反映。', maxLength: 5000, description: 'Extra free text, placed before the closing' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @HasNoControlCharacters()
  text?: string;

  @ApiPropertyOptional({ example: '2027-01-15T15:59:59.999Z', description: 'For `scheduled`: the promised completion date (future; later than the handling deadline only with an explanation in `text`)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  promisedBy?: string;

  @ApiPropertyOptional({ example: '2027-01-10T02:00:00.000Z', description: 'For `explained`: when the unit checks the matter again (future)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  nextCheckAt?: string;

  @ApiPropertyOptional({ example: 'sa-social-insurance-transfer', description: 'For consultations: the standard answer cited; its latest version is recorded on the reply' })
  @IsOptional()
  @IsString()
  @Matches(/^sa-[A-Za-z0-9-]{1,64}$/)
  standardAnswerId?: string;
}
