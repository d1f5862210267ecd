import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NOT_ACCEPTED_AGAIN_BASIS } from '@sunshine/contracts';

export class NotAcceptedAgainQuery {
  @ApiProperty({ required: false, example: 100, description: 'At most this many, newest first (1–500, default 100)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class NotAcceptedAgainItemDto {
  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b31', description: 'The new petition' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2027-000031', description: 'Its case number' })
  caseNumber!: string;

  @ApiProperty({ example: '2027-03-02T09:00:00.000Z', description: 'When it was received' })
  receivedAt!: string;

  @ApiProperty({ example: 'web', description: 'The channel it came by' })
  channel!: string;

  @ApiProperty({ example: '再次反映小区噪音扰民', description: 'Its subject (never the petitioner)' })
  subject!: string;

  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b00', description: 'The case whose review chain is exhausted' })
  originalPetitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123', description: 'Its case number' })
  originalCaseNumber!: string;

  @ApiProperty({ example: NOT_ACCEPTED_AGAIN_BASIS['zh-CN'], description: 'The legal basis (信访工作条例 第三十五条)' })
  legalBasis!: string;

  @ApiProperty({ example: '2027-03-02T09:00:00.000Z', description: 'When routing decided' })
  decidedAt!: string;
}

export class NotAcceptedAgainListDto {
  @ApiProperty({ type: [NotAcceptedAgainItemDto], description: 'Petitions not accepted again, newest first' })
  items!: NotAcceptedAgainItemDto[];
}
