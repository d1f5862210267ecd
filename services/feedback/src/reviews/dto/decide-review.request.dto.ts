import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { STATUTORY } from '@sunshine/contracts';
import { HasNoControlCharacters } from '@sunshine/platform';
import { NEW_REVIEW_DECISIONS, type NewReviewDecision } from '../review-chain';

/** 复查/复核意见: the written decision of the reviewing body. */
export class DecideReviewRequest {
  @ApiProperty({ enum: NEW_REVIEW_DECISIONS, example: 'change', description: 'uphold 维持 / change 变更，责令重新办理 / revoke 撤销原处理意见' })
  @IsIn(NEW_REVIEW_DECISIONS)
  decision!: NewReviewDecision;

  @ApiProperty({ example: '经复查，原答复对施工时间认定有误，予以变更，责令原承办单位重新办理。', maxLength: 10000, description: 'The written decision (复查/复核意见书)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  @HasNoControlCharacters()
  text!: string;

  @ApiPropertyOptional({ example: '重新核实夜间施工噪声监测数据，书面答复信访人。', maxLength: 5000, description: 'For change (required then): what the unit must do' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @HasNoControlCharacters()
  directions?: string;

  @ApiPropertyOptional({ example: 30, minimum: 1, maximum: STATUTORY.handleDays, description: 'For change: days the unit has to handle it again (default FEEDBACK_CHANGE_HANDLE_DAYS)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(STATUTORY.handleDays)
  handleDays?: number;
}
