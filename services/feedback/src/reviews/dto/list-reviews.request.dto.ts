import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ReviewLevels, type ReviewLevel } from '@sunshine/contracts';
import { PageQuery } from '@sunshine/platform';

export const REVIEW_STATUSES = ['open', 'decided', 'withdrawn'] as const;

export class ListReviewsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REVIEW_STATUSES, example: 'open', description: 'open (to decide), decided, withdrawn; all when absent' })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  status?: (typeof REVIEW_STATUSES)[number];

  @ApiPropertyOptional({ enum: ReviewLevels.codes, example: 'review', description: 'review (复查) or re-review (复核); those of the caller’s office when absent' })
  @IsOptional()
  @IsIn(ReviewLevels.codes)
  level?: ReviewLevel;
}
