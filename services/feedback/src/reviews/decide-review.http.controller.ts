import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { DecideReviewService } from './decide-review.service';
import { DecideReviewRequest } from './dto/decide-review.request.dto';
import { ListReviewsQuery } from './dto/list-reviews.request.dto';
import { ReviewPageResponseDto, ReviewResponseDto } from './dto/review.response.dto';

@ApiTags('reviews')
@ApiBearerAuth()
@Controller('api/v1/reviews')
export class DecideReviewHttpController {
  constructor(private readonly reviews: DecideReviewService) {}

  @Get()
  @Roles('review-office', 're-review-office', 'admin')
  @ApiOperation({
    summary: 'Review and re-review requests (复查/复核申请), most recently changed first',
    description: 'The review office sees reviews (复查), the re-review office re-reviews (复核), admins both; filter by status and level.',
  })
  @ApiOkResponse({ type: ReviewPageResponseDto })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListReviewsQuery): Promise<ReviewPageResponseDto> {
    return this.reviews.list(principal, query);
  }

  @Get(':reviewId')
  @Roles('review-office', 're-review-office', 'admin')
  @ApiOperation({ summary: 'One review or re-review request with its decision', description: 'A request of another office’s level answers 404 REVIEW.NOT_FOUND.' })
  @ApiParam({ name: 'reviewId', example: 'rv1-0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  @ApiOkResponse({ type: ReviewResponseDto })
  @ApiNotFoundResponse({ description: 'REVIEW.NOT_FOUND' })
  view(@CurrentPrincipal() principal: Principal, @Param('reviewId') reviewId: string): Promise<ReviewResponseDto> {
    return this.reviews.view(principal, reviewId);
  }

  @Post(':reviewId/decision')
  @Roles('review-office', 're-review-office')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decide a review or re-review (复查/复核意见): uphold, change or revoke',
    description:
      'By the office of the request’s level, once. Publishes feedback.review-decided; "change" needs directions and gives the unit ' +
      'handleDays (default FEEDBACK_CHANGE_HANDLE_DAYS) to handle it again — handling reopens the case (reason review-changed). ' +
      'A re-review decision concludes the matter (petition.concluded, review-exhausted) in the same write.',
  })
  @ApiParam({ name: 'reviewId', example: 'rv1-0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  @ApiOkResponse({ type: ReviewResponseDto })
  @ApiNotFoundResponse({ description: 'REVIEW.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'REVIEW.WRONG_BODY: a request of the other level; AUTH.FORBIDDEN' })
  @ApiConflictResponse({ description: 'REVIEW.ALREADY_DECIDED, REVIEW.CASE_CONCLUDED (withdrawn meanwhile)' })
  @ApiBadRequestResponse({ description: 'REVIEW.DIRECTIONS_REQUIRED, REVIEW.DIRECTIONS_ONLY_FOR_CHANGE, REQUEST.VALIDATION_FAILED' })
  decide(@CurrentPrincipal() principal: Principal, @Param('reviewId') reviewId: string, @Body() body: DecideReviewRequest): Promise<ReviewResponseDto> {
    return this.reviews.decide(principal, reviewId, {
      decision: body.decision,
      text: body.text,
      ...(body.directions !== undefined ? { directions: body.directions } : {}),
      ...(body.handleDays !== undefined ? { handleDays: body.handleDays } : {}),
    });
  }
}
