import { Module } from '@nestjs/common';
import { LeaderNotificationsRepository } from './leader-notifications.repository';
import { LeaderNotificationsService } from './leader-notifications.service';
import { NotificationsHttpController } from './notifications.http.controller';
import { RoutingEscalationsConsumer } from './routing-escalations.consumer';

/** Each leader's feed of urgent and group matters reported to them (重大紧急事项报告). */
@Module({
  controllers: [NotificationsHttpController],
  providers: [LeaderNotificationsRepository, LeaderNotificationsService, RoutingEscalationsConsumer],
})
export class NotificationsModule {}
