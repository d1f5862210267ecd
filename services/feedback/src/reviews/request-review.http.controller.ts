import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { CurrentPrincipal, Public, Roles, type Principal } from '@sunshine/auth';
import { RegistrarReviewRequest, RequestReviewRequest } from './dto/request-review.request.dto';
import { ReviewReceiptDto } from './dto/review-receipt.response.dto';
import { RequestReviewService } from './request-review.service';

const RULES =
  'Within 30 days of the written reply (review, 复查) or of the review decision — after a "change", of the unit’s new reply ' +
  '(re-review, 复核), counted to the end of the day in Asia/Shanghai; one open request per case; a third level is refused. ' +
  'Publishes feedback.review-requested. 409 REVIEW.WINDOW_CLOSED carries closedAt and closedOn; REVIEW.NO_REPLY, ' +
  'REVIEW.ALREADY_OPEN, REVIEW.EXHAUSTED, REVIEW.CASE_CONCLUDED.';

@ApiTags('reviews')
@Controller('api/v1')
export class RequestReviewHttpController {
  constructor(private readonly reviews: RequestReviewService) {}

  @Post('public/reviews')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ask for review or re-review of the reply (申请复查/复核, 信访工作条例 art. 35–36)',
    description: `Public and rate limited; the case number and query code in the body are the credential (a wrong code and an unknown case both answer 404 REVIEW.NOT_FOUND). ${RULES}`,
  })
  @ApiCreatedResponse({ type: ReviewReceiptDto })
  @ApiNotFoundResponse({ description: 'REVIEW.NOT_FOUND: unknown case or wrong query code' })
  @ApiConflictResponse({ description: 'REVIEW.WINDOW_CLOSED (with closedAt), REVIEW.NO_REPLY, REVIEW.ALREADY_OPEN, REVIEW.EXHAUSTED, REVIEW.CASE_CONCLUDED' })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED' })
  @ApiTooManyRequestsResponse({ description: 'REQUEST.RATE_LIMITED' })
  byPetitioner(@Body() body: RequestReviewRequest): Promise<ReviewReceiptDto> {
    return this.reviews.byPetitioner({ caseNumber: body.caseNumber, queryCode: body.queryCode, reason: body.reason });
  }

  @Post('reviews')
  @ApiBearerAuth()
  @Roles('registrar')
  @HttpCode(201)
  @ApiOperation({
    summary: 'File a review or re-review request on the petitioner’s behalf (代为申请复查/复核)',
    description: `For registration staff receiving the petitioner in person or by phone; the same rules as the petitioner’s own request. ${RULES}`,
  })
  @ApiCreatedResponse({ type: ReviewReceiptDto })
  @ApiNotFoundResponse({ description: 'REVIEW.NOT_FOUND: unknown case number' })
  @ApiConflictResponse({ description: 'REVIEW.WINDOW_CLOSED (with closedAt), REVIEW.NO_REPLY, REVIEW.ALREADY_OPEN, REVIEW.EXHAUSTED, REVIEW.CASE_CONCLUDED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
  byRegistrar(@CurrentPrincipal() principal: Principal, @Body() body: RegistrarReviewRequest): Promise<ReviewReceiptDto> {
    return this.reviews.byRegistrar({ caseNumber: body.caseNumber, reason: body.reason }, principal.subject);
  }
}
