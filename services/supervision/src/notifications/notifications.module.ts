import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { NotificationEventsConsumer } from './notification-events.consumer';
import { NOTIFICATIONS, NotificationSchema } from './notification.schema';
import { NotificationRepository } from './notification.repository';
import { NotificationsHttpController } from './notifications.http.controller';
import { NotificationsService } from './notifications.service';

/** The units' notification feed (reminders and orders), fed by supervision's own events. */
@Module({
  imports: [MongooseModule.forFeature([{ name: NOTIFICATIONS, schema: NotificationSchema }])],
  controllers: [NotificationsHttpController],
  providers: [NotificationRepository, NotificationsService, NotificationEventsConsumer],
})
export class NotificationsModule {}
