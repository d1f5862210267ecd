import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { UNIT_ID_PATTERN } from '@sunshine/contracts';

export class UnitIdParams {
  @ApiProperty({ example: 'ecology-environment-bureau', description: 'A unit id of the unit catalogue' })
  @IsString()
  @MaxLength(64)
  @Matches(UNIT_ID_PATTERN)
  unitId!: string;
}
