import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { CaseResponseDto } from '../cases/dto/case.response.dto';
import { PetitionIdPipe } from '../cases/petition-id.pipe';
import { AnswerOrderService } from './answer-order.service';
import { AnswerOrderRequestDto } from './dto/answer-order.request.dto';
import { OrderIdPipe } from './order-id.pipe';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class AnswerOrderHttpController {
  constructor(private readonly orders: AnswerOrderService) {}

  @Post(':petitionId/supervision-orders/:orderId/answer')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer a supervision order (督办回复)',
    description: 'Lead unit only, once per order. The case view then shows the order’s answer and when it came; publishes case.order-answered, which supervision records.',
  })
  @ApiParam({ name: 'petitionId', example: '0193a1f2-7c4e-7d31-9a2b-5f6e7d8c9b01' })
  @ApiParam({ name: 'orderId', example: 'DB-A-3F2A9C0D1E2B3C4D5E6F' })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND, ORDER.NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'CASE.NOT_LEAD_UNIT' })
  @ApiConflictResponse({ description: 'ORDER.ALREADY_ANSWERED, CASE.BUSY' })
  answer(
    @CurrentPrincipal() principal: Principal,
    @Param('petitionId', PetitionIdPipe) petitionId: string,
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: AnswerOrderRequestDto,
  ): Promise<CaseResponseDto> {
    return this.orders.answer(principal, petitionId, orderId, body.answer);
  }
}
