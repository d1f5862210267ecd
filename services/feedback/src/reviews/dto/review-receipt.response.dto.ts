import { ApiProperty } from '@nestjs/swagger';
import { ReviewLevels } from '@sunshine/contracts';

export class ReviewReceiptDto {
  @ApiProperty({ example: 'rv1-0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01', description: 'The request’s id' })
  reviewId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiProperty({ enum: ReviewLevels.codes, example: 'review', description: '复查 (review) or 复核 (re-review): the next level open' })
  level!: string;

  @ApiProperty({ example: '区人民政府信访复查机关', description: 'The body the request went to' })
  reviewBody!: string;

  @ApiProperty({ example: '2026-12-20T02:00:00.000Z' })
  requestedAt!: string;

  @ApiProperty({ example: '2027-01-19T15:59:59.999Z', description: 'The body decides by then (30 days, end of day Asia/Shanghai)' })
  decideBy!: string;
}
