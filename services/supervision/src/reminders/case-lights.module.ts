import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CASE_LIGHTS, CaseLightSchema } from './case-light.schema';
import { CaseLightRepository } from './case-light.repository';
import { CaseLightsService } from './case-lights.service';
import { ReminderSettings } from './reminder-settings.provider';

/** The stored lights (`case_lights`): kept by the timeline after each event, moved by the scheduler. */
@Module({
  imports: [MongooseModule.forFeature([{ name: CASE_LIGHTS, schema: CaseLightSchema }])],
  providers: [CaseLightRepository, CaseLightsService, ReminderSettings],
  exports: [CaseLightRepository, CaseLightsService, ReminderSettings],
})
export class CaseLightsModule {}
