import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { UpperLevelReceiptDto } from './dto/channel-receipts.response.dto';
import { UpperLevelItemRequest } from './dto/upper-level-item.request.dto';
import { RegisterUpperLevelItemService } from './register-upper-level-item.service';

@ApiTags('channels')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'problem+json (zh-CN and en): one error per failed field; unknown fields, wrong types, __proto__ keys and texts over 10,000 characters are refused' })
@ApiUnauthorizedResponse({ description: 'No or invalid bearer token' })
@ApiForbiddenResponse({ description: 'The token lacks the channel role' })
@ApiConflictResponse({ description: 'the same (source, sourceRef) with other content (IDEMPOTENCY.KEY_REUSED)' })
@ApiPayloadTooLargeResponse({ description: 'JSON body over 1 MB' })
@Controller('api/v1/channels/upper-level')
export class RegisterUpperLevelItemHttpController {
  constructor(private readonly upperLevel: RegisterUpperLevelItemService) {}

  @Post('items')
  @Roles('channel')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Register an item transferred (转送) or assigned (交办) by an upper-level office',
    description:
      'Role channel (the upper-level interface). Idempotent on (source, sourceRef): sending the same item again answers ' +
      '201 with the same receipt and registers nothing; the same reference with other content is 409 ' +
      'IDEMPOTENCY.KEY_REUSED. dueBy (the upper office’s deadline) must be in the future and is required for assign; it ' +
      'travels in petition.registered, with sourceRef = "<source>:<sourceRef>".',
  })
  @ApiCreatedResponse({ type: UpperLevelReceiptDto })
  register(@Body() body: UpperLevelItemRequest): Promise<UpperLevelReceiptDto> {
    return this.upperLevel.register(body);
  }
}
