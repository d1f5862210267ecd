import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { UNIT_ID_PATTERN, WarningLights, type WarningLight } from '@sunshine/contracts';

export class ListWarningsQuery {
  @ApiPropertyOptional({ enum: WarningLights.codes, example: 'red', description: 'Only cases with this light; all lights when absent' })
  @IsOptional()
  @IsIn(WarningLights.codes)
  light?: WarningLight;

  @ApiPropertyOptional({ example: 'ecology-environment-bureau', description: 'Only cases this unit leads' })
  @IsOptional()
  @MaxLength(64)
  @Matches(UNIT_ID_PATTERN)
  unitId?: string;

  @ApiPropertyOptional({ example: 100, minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
