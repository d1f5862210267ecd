import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SatisfactionLevels, type SatisfactionLevel } from '@sunshine/contracts';
import { PetitionerCredentialsRequest } from '../../cases/dto/petitioner-credentials.request.dto';

/** 满意度测评: the petitioner rates the latest reply with the case number and query code (in the body, never a URL). */
export class RateReplyRequest extends PetitionerCredentialsRequest {
  @ApiProperty({ enum: SatisfactionLevels.codes, example: 'dissatisfied', description: '满意 / 基本满意 / 不满意' })
  @IsIn(SatisfactionLevels.codes)
  satisfaction!: SatisfactionLevel;

  @ApiPropertyOptional({ example: '晚上十一点后还在施工，问题没有解决。', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @HasNoControlCharacters()
  comment?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['夜间施工仍未停止', '未告知噪声检测结果'],
    maxItems: 10,
    description: 'Why you are not satisfied: required when dissatisfied (400 RATING.REASONS_REQUIRED), one reason per item',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  @HasNoControlCharacters({ each: true })
  reasons?: string[];
}
