import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '@sunshine/contracts';

export class FindPetitionQuery {
  @ApiProperty({ example: 'SW-2026-000123', description: 'The case number the petitioner was given (受理编号)' })
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;
}

export class UndoLinkRequest {
  @ApiProperty({ example: '不同小区的积水问题，误判为重复件', description: 'Why the duplicate link was wrong (kept in the audit and the event)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
