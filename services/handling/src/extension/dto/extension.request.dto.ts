import { STATUTORY } from '@sunshine/contracts';
import { HasNoControlCharacters } from '@sunshine/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** 延期申请: 信访工作条例 art. 32 — once, at most 30 days, approved by a leader; the petitioner is told why. */
export class RequestExtensionRequest {
  @ApiProperty({ example: 20, minimum: 1, maximum: STATUTORY.maxExtensionDays, description: 'Calendar days added to the handle-by date' })
  @IsInt()
  @Min(1)
  @Max(STATUTORY.maxExtensionDays)
  days!: number;

  @ApiProperty({ example: '涉及多个部门，需联合调查', maxLength: 2000, description: 'Why; shown to the petitioner' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @HasNoControlCharacters()
  reason!: string;
}

export class DecideExtensionRequest {
  @ApiProperty({ example: true, description: 'true approves (the deadline moves), false refuses' })
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional({ example: '同意延期，请抓紧办理', maxLength: 2000, description: "The leader's comment" })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @HasNoControlCharacters()
  comment?: string;
}

export class ListExtensionRequestsQuery {
  @ApiPropertyOptional({ example: 'pending', enum: ['pending', 'approved', 'refused', 'all'], description: 'Default: pending (the approvals queue)' })
  @IsOptional()
  @IsIn(['pending', 'approved', 'refused', 'all'])
  status?: 'pending' | 'approved' | 'refused' | 'all';
}
