import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '@sunshine/contracts';
import { HasNoControlCharacters } from '@sunshine/platform';

/** 撤回: the petitioner withdraws with the case number and query code (in the body, never a URL). */
export class WithdrawPetitionRequest {
  @ApiProperty({ example: 'SW-2026-000123', description: 'The case number from the registration receipt' })
  @IsString()
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @ApiProperty({ example: '7KQ2M-X9TPA', description: 'The query code from the registration receipt' })
  @IsString()
  @MaxLength(20)
  queryCode!: string;

  @ApiProperty({ example: '问题已与施工单位协商解决，申请撤回。', maxLength: 1000, description: 'Why the petitioner withdraws' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @HasNoControlCharacters()
  reason!: string;
}
