import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '@sunshine/contracts';

/** The petitioner's credential: case number and query code, in the body (never in a URL). */
export class ProgressQueryRequest {
  @ApiProperty({ example: 'SW-2026-000123' })
  @IsString()
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @ApiProperty({ example: '7KQ2M-X9TPA' })
  @IsString()
  @MaxLength(20)
  queryCode!: string;
}
