import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AttachmentsModule } from '../attachments/attachments.module';
import { RegistrationModule } from '../registration/registration.module';
import { Open311RequestRepository } from './open311-request.repository';
import { Open311RequestsHttpController } from './open311-requests.http.controller';
import { Open311ServicesHttpController } from './open311-services.http.controller';
import { loadOpen311Settings, OPEN311_ENVIRONMENT, Open311Settings } from './open311.config';
import { PostServiceRequestService } from './post-service-request.service';
import { QueryServiceRequestsService } from './query-service-requests.service';

/** Open311 GeoReport v2 for civic apps, under /open311/v2/. */
@Module({
  imports: [RegistrationModule, AttachmentsModule],
  controllers: [Open311ServicesHttpController, Open311RequestsHttpController],
  providers: [
    {
      provide: Open311Settings,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        loadOpen311Settings(Object.fromEntries(OPEN311_ENVIRONMENT.flatMap((key) => (config.get(key) === undefined ? [] : [[key, config.get(key)]])))),
    },
    Open311RequestRepository,
    PostServiceRequestService,
    QueryServiceRequestsService,
  ],
})
export class Open311Module {}
