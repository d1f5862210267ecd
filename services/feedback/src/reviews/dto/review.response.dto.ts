import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ReviewLevels } from '@sunshine/contracts';
import { NEW_REVIEW_DECISIONS, type ReviewRecord } from '../review-chain';
import type { ReviewChainRecord } from '../review-chain.schema';

/** A review (复查) or re-review (复核) request as the reviewing body sees it: the matter, never who asked. */
export class ReviewResponseDto {
  @ApiProperty({ example: 'rv1-0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  reviewId!: string;

  @ApiProperty({ example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  petitionId!: string;

  @ApiProperty({ example: 'SW-2026-000123' })
  caseNumber!: string;

  @ApiPropertyOptional({ example: 'ecology-environment-bureau', description: 'The unit whose reply is reviewed' })
  unitId?: string;

  @ApiProperty({ example: 1, description: 'The reply round reviewed' })
  round!: number;

  @ApiProperty({ enum: ReviewLevels.codes, example: 'review' })
  level!: string;

  @ApiProperty({ enum: ['open', 'decided', 'withdrawn'], example: 'open' })
  status!: string;

  @ApiProperty({ example: '答复认定的施工时间与事实不符，申请复查。', description: 'The petitioner’s reasons, contact details masked' })
  reason!: string;

  @ApiProperty({ example: '2026-12-20T02:00:00.000Z' })
  requestedAt!: string;

  @ApiProperty({ enum: ['petitioner', 'registrar'], example: 'petitioner' })
  requestedBy!: string;

  @ApiProperty({ example: '区人民政府信访复查机关' })
  reviewBody!: string;

  @ApiProperty({ example: '2027-01-19T15:59:59.999Z' })
  decideBy!: string;

  @ApiPropertyOptional({ enum: NEW_REVIEW_DECISIONS, example: 'change' })
  decision?: string;

  @ApiPropertyOptional({ example: '经复查，原答复对施工时间认定有误，予以变更。' })
  text?: string;

  @ApiPropertyOptional({ example: '重新核实夜间施工噪声监测数据，书面答复信访人。' })
  directions?: string;

  @ApiPropertyOptional({ example: '2027-02-18T15:59:59.999Z', description: 'For change: the unit’s new handle-by' })
  newHandleBy?: string;

  @ApiPropertyOptional({ example: '2027-01-19T02:00:00.000Z' })
  decidedAt?: string;

  @ApiPropertyOptional({ example: 'review-officer-1' })
  decidedBy?: string;

  @ApiPropertyOptional({ enum: ['satisfied', 'review-exhausted', 'no-review-requested', 'withdrawn'], example: 'review-exhausted', description: 'Set once the matter is concluded' })
  concluded?: string;
}

export class ReviewPageResponseDto {
  @ApiProperty({ type: [ReviewResponseDto] })
  items!: ReviewResponseDto[];
}

const iso = (d: Date | undefined | null) => (d ? new Date(d).toISOString() : undefined);

export function toReviewResponse(chain: ReviewChainRecord, review: ReviewRecord): ReviewResponseDto {
  const optional = {
    unitId: chain.unitId,
    decision: review.decision,
    text: review.text,
    directions: review.directions,
    newHandleBy: iso(review.newHandleBy),
    decidedAt: iso(review.decidedAt),
    decidedBy: review.decidedBy,
    concluded: chain.concluded?.reason,
  };
  return {
    reviewId: review.reviewId,
    petitionId: chain._id,
    caseNumber: chain.caseNumber,
    round: chain.round,
    level: review.level,
    status: review.status,
    reason: review.reason,
    requestedAt: iso(review.requestedAt)!,
    requestedBy: review.requestedBy,
    reviewBody: review.reviewBody,
    decideBy: iso(review.decideBy)!,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined && v !== null)),
  };
}
