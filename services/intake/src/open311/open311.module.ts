import { Module } from '@nestjs/common';
import { RegistrationModule } from '../registration/registration.module';

/** Open311 GeoReport v2 for civic apps, under /open311/v2/. */
@Module({
  imports: [RegistrationModule],
  controllers: [],
  providers: [],
})
export class Open311Module {}
