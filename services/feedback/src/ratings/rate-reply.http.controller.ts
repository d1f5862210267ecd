import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '@sunshine/auth';
import { RateReplyRequest } from './dto/rate-reply.request.dto';
import { RatingReceiptDto } from './dto/rating-receipt.response.dto';
import { RateReplyService } from './rate-reply.service';

@ApiTags('ratings')
@Controller('api/v1/public/ratings')
export class RateReplyHttpController {
  constructor(private readonly ratings: RateReplyService) {}

  @Post()
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(201)
  @ApiOperation({
    summary: "Rate the unit's latest reply (满意度测评)",
    description:
      'Public and rate limited; the case number and query code in the body are the credential. A wrong code and an ' +
      'unknown case both answer 404 RATING.NOT_FOUND. One rating per reply round. Publishes feedback.rated, and ' +
      'petition.concluded when satisfied or basically satisfied; dissatisfied needs reasons and makes handling reopen the case ' +
      '(once; after that the petitioner is advised to ask for review).',
  })
  @ApiCreatedResponse({ type: RatingReceiptDto })
  @ApiNotFoundResponse({ description: 'RATING.NOT_FOUND: unknown case or wrong query code' })
  @ApiBadRequestResponse({ description: 'RATING.REASONS_REQUIRED: a dissatisfied rating without reasons; REQUEST.VALIDATION_FAILED' })
  @ApiConflictResponse({ description: 'RATING.NO_REPLY (nothing to rate yet), RATING.ALREADY_RATED, RATING.CASE_CLOSED' })
  @ApiTooManyRequestsResponse({ description: 'REQUEST.RATE_LIMITED' })
  rate(@Body() body: RateReplyRequest): Promise<RatingReceiptDto> {
    return this.ratings.rate({
      caseNumber: body.caseNumber,
      queryCode: body.queryCode,
      satisfaction: body.satisfaction,
      ...(body.comment !== undefined ? { comment: body.comment } : {}),
      ...(body.reasons !== undefined ? { reasons: body.reasons } : {}),
    });
  }
}
