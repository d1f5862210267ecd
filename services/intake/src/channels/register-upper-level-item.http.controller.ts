import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { UpperLevelReceiptDto } from './dto/channel-receipts.response.dto';
import { ForbidPrototypeKeysInterceptor } from './forbid-prototype-keys.interceptor';
import { UpperLevelItemRequest } from './dto/upper-level-item.request.dto';
import { RegisterUpperLevelItemService } from './register-upper-level-item.service';

@ApiTags('channels')
@ApiBearerAuth()
@UseInterceptors(ForbidPrototypeKeysInterceptor)
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
