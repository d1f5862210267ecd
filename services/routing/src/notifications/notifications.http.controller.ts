import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { ListNotificationsQuery } from './dto/notifications.request.dto';
import { LeaderNotificationDto, LeaderNotificationsResponseDto } from './dto/notifications.response.dto';
import { LeaderNotificationsService } from './leader-notifications.service';
import { NotificationIdPipe } from './notification-id.pipe';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/notifications')
export class NotificationsHttpController {
  constructor(private readonly notifications: LeaderNotificationsService) {}

  @Get()
  @Roles('leader')
  @ApiOperation({ summary: 'The caller’s own notifications (领导提醒): urgent and group matters reported at once, newest first' })
  @ApiOkResponse({ type: LeaderNotificationsResponseDto })
  feed(@CurrentPrincipal() leader: Principal, @Query() query: ListNotificationsQuery) {
    return this.notifications.feed(leader, query);
  }

  @Post(':id/read')
  @Roles('leader')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of the caller’s notifications read' })
  @ApiParam({ name: 'id', example: '0193a1f2-1b5d-7abc-8def-012345678905:party-secretary' })
  @ApiOkResponse({ type: LeaderNotificationDto })
  read(@CurrentPrincipal() leader: Principal, @Param('id', NotificationIdPipe) id: string) {
    return this.notifications.markRead(leader, id);
  }
}
