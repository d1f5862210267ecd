import { Module } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { AppraisalModule } from './appraisal/appraisal.module';
import { BulletinsModule } from './bulletins/bulletins.module';
import { SupervisionConfig } from './config';
import { HotTopicsModule } from './hot-topics/hot-topics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrdersModule } from './orders/orders.module';
import { RemindersModule } from './reminders/reminders.module';
import { ReportHistoryModule } from './report-history/report-history.module';
import { TimelineModule } from './timeline/timeline.module';
import { UnitSummaryModule } from './unit-summary/unit-summary.module';
import { WarningsModule } from './warnings/warnings.module';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'supervision',
      config: SupervisionConfig,
      publishes: [Topics.supervision],
      consumes: [Topics.intake, Topics.routing, Topics.handling, Topics.feedback, Topics.supervision],
      // Reminders leave through the case's lights, orders through the order document, published
      // reports (appraisal.published) through their entry in the signed report history, bulletins
      // (supervision.bulletin-published) through the published bulletin.
      outboxCollections: ['timelines', 'case_lights', 'supervision_orders', 'report_history', 'bulletins'],
    }),
    TimelineModule,
    UnitSummaryModule,
    WarningsModule,
    RemindersModule,
    OrdersModule,
    NotificationsModule,
    AppraisalModule,
    ReportHistoryModule,
    BulletinsModule,
    HotTopicsModule,
  ],
})
export class AppModule {}
