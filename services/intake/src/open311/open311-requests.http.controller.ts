import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiBadRequestResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '@sunshine/auth';
import { negotiateLanguage } from '@sunshine/platform';
import { MAX_ATTACHMENT_BYTES } from '../attachments/magic-bytes';
import { checkIdempotencyKey } from '../registration/register-web-petition.http.controller';
import { Open311ErrorDto, ServiceRequestDto, TokenDto } from './dto/open311.response.dto';
import { PostServiceRequestParams, PostServiceRequestResponseItem } from './dto/post-service-request.request.dto';
import { Open311ExceptionFilter } from './open311-exception.filter';
import type { Open311Document } from './open311-format';
import { Open311FormatInterceptor } from './open311-format.interceptor';
import { PostServiceRequestService, type UploadedMedia } from './post-service-request.service';
import { QueryServiceRequestsService } from './query-service-requests.service';

const FORMAT = { name: 'format', enum: ['json', 'xml'], description: 'Response format: the resource’s extension' };
const JURISDICTION = { name: 'jurisdiction_id', required: false, description: 'Optional (one jurisdiction is served); another one is 404' };

/** GeoReport v2 service requests: POST with an api_key, GETs public and without personal data. */
@ApiTags('open311')
@Public()
@UseFilters(Open311ExceptionFilter)
@UseInterceptors(Open311FormatInterceptor)
@ApiProduces('application/json', 'text/xml')
@ApiBadRequestResponse({ type: [Open311ErrorDto], description: 'GeoReport v2 errors: `<errors><error><code/><description/></error></errors>` or a JSON array' })
@Controller('open311/v2')
export class Open311RequestsHttpController {
  constructor(
    private readonly posting: PostServiceRequestService,
    private readonly queries: QueryServiceRequestsService,
  ) {}

  @Post('requests.:format')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('media', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } }))
  @ApiOperation({
    summary: 'POST Service Request: report a problem (registers a petition on the open311 channel)',
    description:
      'api_key required (403 otherwise). service_code from the service list; a location (lat & long, address_string or ' +
      'address_id). first_name/last_name/phone/email are sealed like every petitioner’s data and never listed. media_url ' +
      'is kept as a reference and never fetched; a `media` file in multipart/form-data (a photo or PDF, ≤ 10 MB) becomes ' +
      'an attachment. Answers 200 (GeoReporter and other apps expect 200) with service_request_id (the case number), the ' +
      'token and the acknowledgement with the query code as service_notice. An Idempotency-Key header makes a retry return ' +
      'the same answer.',
  })
  @ApiParam(FORMAT)
  @ApiConsumes('application/x-www-form-urlencoded', 'multipart/form-data', 'application/json')
  @ApiBody({ type: PostServiceRequestParams })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–128 characters [A-Za-z0-9._:-]' })
  @ApiOkResponse({ type: [PostServiceRequestResponseItem] })
  @ApiForbiddenResponse({ type: [Open311ErrorDto], description: 'Missing or invalid api_key' })
  @ApiNotFoundResponse({ type: [Open311ErrorDto], description: 'Unknown jurisdiction_id' })
  post(
    @Body() body: Record<string, unknown>,
    @Query() query: Record<string, unknown>,
    @UploadedFile() media: UploadedMedia | undefined,
    @Headers('accept-language') acceptLanguage?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<Open311Document> {
    return this.posting.post({ body, query, media, idempotencyKey: checkIdempotencyKey(idempotencyKey), language: negotiateLanguage(acceptLanguage) });
  }

  @Get('requests.:format')
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'GET Service Requests: public requests that came in through Open311 (never confidential ones), newest first',
    description: 'Default window: the most recent 90 days; a range may not span more than 90 days; at most 1000 requests.',
  })
  @ApiParam(FORMAT)
  @ApiQuery(JURISDICTION)
  @ApiQuery({ name: 'service_request_id', required: false, description: 'Comma list; overrides all other arguments', example: 'SW-2026-000123,SW-2026-000124' })
  @ApiQuery({ name: 'service_code', required: false, description: 'Comma list', example: 'c-5d1e0a7b' })
  @ApiQuery({ name: 'start_date', required: false, example: '2026-11-01T00:00:00Z' })
  @ApiQuery({ name: 'end_date', required: false, example: '2026-11-30T00:00:00Z' })
  @ApiQuery({ name: 'status', required: false, description: 'open, closed (comma list)', example: 'open' })
  @ApiOkResponse({ type: [ServiceRequestDto] })
  list(@Query() query: Record<string, unknown>, @Headers('accept-language') acceptLanguage?: string): Promise<Open311Document> {
    this.queries.checkJurisdiction(query.jurisdiction_id);
    return this.queries.list(query, negotiateLanguage(acceptLanguage));
  }

  @Get('requests/:service_request_id.:format')
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'GET Service Request: one public request (an array of one, as the spec says)' })
  @ApiParam({ name: 'service_request_id', example: 'SW-2026-000123' })
  @ApiParam(FORMAT)
  @ApiQuery(JURISDICTION)
  @ApiOkResponse({ type: [ServiceRequestDto] })
  @ApiNotFoundResponse({ type: [Open311ErrorDto], description: 'Unknown, confidential, or not an Open311 request' })
  one(
    @Param('service_request_id') id: string,
    @Query('jurisdiction_id') jurisdictionId?: unknown,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Open311Document> {
    this.queries.checkJurisdiction(jurisdictionId);
    return this.queries.one(id, negotiateLanguage(acceptLanguage));
  }

  @Get('tokens/:token.:format')
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'GET service_request_id from a token' })
  @ApiParam({ name: 'token', example: 'vN3kq0PZ7m1xWc2sY8aT4Q' })
  @ApiParam(FORMAT)
  @ApiQuery(JURISDICTION)
  @ApiOkResponse({ type: [TokenDto] })
  @ApiNotFoundResponse({ type: [Open311ErrorDto], description: 'Unknown token' })
  token(@Param('token') token: string, @Query('jurisdiction_id') jurisdictionId?: unknown): Promise<Open311Document> {
    this.queries.checkJurisdiction(jurisdictionId);
    return this.queries.token(token);
  }
}
