import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_NUMBER_PATTERN } from '@sunshine/contracts';
import { HasNoControlCharacters } from '@sunshine/platform';
import { PetitionerCredentialsRequest } from '../../cases/dto/petitioner-credentials.request.dto';

/** 申请复查/复核 by the petitioner: case number and query code in the body (never a URL). */
export class RequestReviewRequest extends PetitionerCredentialsRequest {
  @ApiProperty({ example: '答复认定的施工时间与事实不符，申请复查。', maxLength: 5000, description: 'Why the petitioner disagrees with the reply (or the review decision)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  @HasNoControlCharacters()
  reason!: string;
}

/** 代为申请: a registrar files the request on the petitioner's behalf (in person or by phone). */
export class RegistrarReviewRequest {
  @ApiProperty({ example: 'SW-2026-000123', description: 'The case number the petitioner gives' })
  @IsString()
  @Matches(CASE_NUMBER_PATTERN)
  caseNumber!: string;

  @ApiProperty({ example: '信访人来访称答复认定事实有误，申请复查。', maxLength: 5000, description: 'The petitioner’s reasons as recorded' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  @HasNoControlCharacters()
  reason!: string;
}
