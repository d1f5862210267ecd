import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '@sunshine/contracts';

/**
 * The petitioner's credential from the registration receipt, sent in the body (never a URL).
 * Requests the petitioner makes themself extend it; class-validator and Swagger inherit both fields.
 */
export class PetitionerCredentialsRequest {
  @ApiProperty({ example: 'SW-2026-000123', description: 'The case number from the registration receipt' })
  @IsString()
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @ApiProperty({ example: '7KQ2M-X9TPA', description: 'The query code from the registration receipt' })
  @IsString()
  @MaxLength(20)
  queryCode!: string;
}
