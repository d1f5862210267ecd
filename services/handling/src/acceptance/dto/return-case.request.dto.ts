import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { UNIT_ID_PATTERN } from '@sunshine/contracts';

/** 退回: the case is not this unit's business; routing assigns it again. */
export class ReturnCaseRequest {
  @ApiProperty({ example: '夜间建筑施工噪音由城管执法部门查处', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @HasNoControlCharacters()
  reason!: string;

  @ApiPropertyOptional({ example: 'law-enforcement-bureau', description: 'The unit this one believes is responsible' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(UNIT_ID_PATTERN)
  suggestedUnitId?: string;
}
