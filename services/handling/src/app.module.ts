import { Module } from '@nestjs/common';
import { Topics } from '@sunshine/contracts';
import { ServicePlatformModule } from '@sunshine/platform';
import { AcceptanceModule } from './acceptance/acceptance.module';
import { CASES } from './cases/case.schema';
import { CasesModule } from './cases/cases.module';
import { HandlingConfig } from './config';
import { ExtensionModule } from './extension/extension.module';
import { JointHandlingModule } from './joint-handling/joint-handling.module';
import { LeaderCasesModule } from './leader-cases/leader-cases.module';
import { RepliesModule } from './replies/replies.module';
import { ReplyTemplatesModule } from './reply-templates/reply-templates.module';
import { ReviewsModule } from './reviews/reviews.module';
import { StandardAnswersModule } from './standard-answers/standard-answers.module';
import { SupervisionOrdersModule } from './supervision-orders/supervision-orders.module';

@Module({
  imports: [
    ServicePlatformModule.forRoot({
      service: 'handling',
      config: HandlingConfig,
      publishes: [Topics.handling],
      consumes: [Topics.routing, Topics.feedback, Topics.supervision],
      outboxCollections: [CASES],
    }),
    CasesModule,
    SupervisionOrdersModule,
    AcceptanceModule,
    ExtensionModule,
    JointHandlingModule,
    LeaderCasesModule,
    RepliesModule,
    ReplyTemplatesModule,
    ReviewsModule,
    StandardAnswersModule,
  ],
})
export class AppModule {}
