import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { IssueOrderRequestDto } from './dto/issue-order.request.dto';
import { ListOrdersQuery } from './dto/list-orders.request.dto';
import { IssuedOrderResponseDto, SupervisionOrdersResponseDto } from './dto/supervision-order.response.dto';
import { SupervisionOrdersService } from './supervision-orders.service';

@ApiTags('supervision-orders')
@ApiBearerAuth()
@Controller('api/v1/supervision-orders')
export class SupervisionOrdersHttpController {
  constructor(private readonly orders: SupervisionOrdersService) {}

  @Post()
  @HttpCode(201)
  @Roles('supervisor')
  @ApiOperation({
    summary: 'Issue a supervision order (督办) by hand',
    description:
      'To the case’s lead unit, with one of the six manual reasons and an optional note; due by `dueBy` or the end of the ' +
      '5th working day. Published as `supervision.order-issued`; handling shows it on the case and the unit answers it there.',
  })
  @ApiCreatedResponse({ type: IssuedOrderResponseDto })
  @ApiNotFoundResponse({ description: 'ORDER.CASE_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'ORDER.DUE_IN_PAST' })
  @ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
  issue(@Body() body: IssueOrderRequestDto, @CurrentPrincipal() principal: Principal): Promise<IssuedOrderResponseDto> {
    return this.orders.issue(body, principal);
  }

  @Get()
  @Roles('supervisor', 'leader', 'admin', 'unit')
  @ApiOperation({
    summary: 'Supervision orders and their status (督办单一览)',
    description: 'Manual and automatic orders, newest first, with status open / answered / overdue now. Unit staff see only their unit’s.',
  })
  @ApiOkResponse({ type: SupervisionOrdersResponseDto })
  @ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
  list(@Query() query: ListOrdersQuery, @CurrentPrincipal() principal: Principal): Promise<SupervisionOrdersResponseDto> {
    return this.orders.list(query, principal);
  }
}
