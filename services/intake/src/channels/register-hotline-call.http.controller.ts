import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { checkIdempotencyKey } from '../registration/register-web-petition.http.controller';
import { HotlineReceiptDto } from './dto/channel-receipts.response.dto';
import { HotlineCallRequest } from './dto/hotline-call.request.dto';
import { RegisterHotlineCallService } from './register-hotline-call.service';

@ApiTags('channels')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'problem+json (zh-CN and en): one error per failed field; unknown fields, wrong types, __proto__ keys and texts over 10,000 characters are refused' })
@ApiUnauthorizedResponse({ description: 'No or invalid bearer token' })
@ApiForbiddenResponse({ description: 'The token lacks the registrar role; 403 also when the body names another operator (HOTLINE.OPERATOR_MISMATCH)' })
@ApiConflictResponse({ description: 'the same Idempotency-Key with another call (IDEMPOTENCY.KEY_REUSED)' })
@ApiPayloadTooLargeResponse({ description: 'JSON body over 1 MB' })
@Controller('api/v1/channels/hotline')
export class RegisterHotlineCallHttpController {
  constructor(private readonly hotline: RegisterHotlineCallService) {}

  @Post('calls')
  @Roles('registrar')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Register a hotline call (电话热线) taken by the signed-in operator',
    description:
      'Role registrar (hotline operator). The caller number becomes the petitioner’s phone (sealed); the operator is the ' +
      'token’s subject, and a body naming another operator is refused with 403. The receipt carries the script the ' +
      'operator reads out: case number, query code letter by letter, and the 15-day promise. Idempotency-Key is honoured ' +
      'per operator: the same key and body return the same receipt, the same key with another body is 409.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–128 characters [A-Za-z0-9._:-], e.g. a UUID' })
  @ApiCreatedResponse({ type: HotlineReceiptDto })
  register(
    @Body() body: HotlineCallRequest,
    @CurrentPrincipal() operator: Principal,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<HotlineReceiptDto> {
    return this.hotline.register(body, operator, checkIdempotencyKey(idempotencyKey));
  }
}
