import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { ListNotificationsQuery } from './dto/list-notifications.request.dto';
import { NotificationsResponseDto } from './dto/notifications.response.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/notifications')
export class NotificationsHttpController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Roles('unit', 'supervisor', 'admin')
  @ApiOperation({
    summary: 'A unit’s notification feed (提醒与督办)',
    description: 'Reminders as a case’s light turns yellow or red, and supervision orders, newest first, with case number, limit, light and due date. Unit staff: their own unit only.',
  })
  @ApiOkResponse({ type: NotificationsResponseDto })
  @ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
  list(@Query() query: ListNotificationsQuery, @CurrentPrincipal() principal: Principal): Promise<NotificationsResponseDto> {
    return this.notifications.list(query, principal);
  }
}
