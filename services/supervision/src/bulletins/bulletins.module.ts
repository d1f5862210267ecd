import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { BulletinEventsConsumer } from './bulletin-events.consumer';
import { BulletinSchedulerService } from './bulletin-scheduler.service';
import { BulletinSettings } from './bulletin-settings.provider';
import { BULLETIN_CASES, BULLETIN_ROWS, BulletinCaseSchema, BulletinRowSchema } from './bulletin-case.schema';
import { BulletinCaseRepository } from './bulletin-case.repository';
import { BULLETINS, BulletinSchema } from './bulletin.schema';
import { BulletinRepository } from './bulletin.repository';
import { BulletinsService } from './bulletins.service';
import { ViewBulletinHttpController } from './view-bulletin.http.controller';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: BULLETIN_CASES, schema: BulletinCaseSchema },
      { name: BULLETIN_ROWS, schema: BulletinRowSchema },
      { name: BULLETINS, schema: BulletinSchema },
    ]),
  ],
  controllers: [ViewBulletinHttpController],
  providers: [BulletinSettings, BulletinCaseRepository, BulletinRepository, BulletinsService, BulletinSchedulerService, BulletinEventsConsumer],
  exports: [BulletinCaseRepository, BulletinsService, BulletinSchedulerService],
})
export class BulletinsModule {}
