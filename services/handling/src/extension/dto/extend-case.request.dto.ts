import { STATUTORY } from '@sunshine/contracts';
import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** 延期: 信访工作条例 art. 32 — once, at most 30 days, approved; the petitioner is told why. */
export class ExtendCaseRequest {
  @ApiProperty({ example: STATUTORY.maxExtensionDays, minimum: 1, maximum: STATUTORY.maxExtensionDays })
  @IsInt()
  @Min(1)
  @Max(STATUTORY.maxExtensionDays)
  days!: number;

  @ApiProperty({ example: '涉及多个部门，需联合调查', maxLength: 2000, description: 'Shown to the petitioner' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @HasNoControlCharacters()
  reason!: string;

  @ApiProperty({ example: 'leader-deputy-head-1', maxLength: 64, description: 'Who approved the extension' })
  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9._:-]+$/)
  @IsNotEmpty()
  approvedBy!: string;
}
