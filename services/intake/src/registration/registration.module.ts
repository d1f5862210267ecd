import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CaseNumberRepository } from './case-number.repository';
import { IdempotencyRepository } from './idempotency.repository';
import { PETITIONS, PetitionSchema } from './petition.schema';
import { RegisterPetitionService } from './register-petition.service';
import { RegisterWebPetitionHttpController } from './register-web-petition.http.controller';

@Module({
  imports: [MongooseModule.forFeature([{ name: PETITIONS, schema: PetitionSchema }]), AttachmentsModule],
  controllers: [RegisterWebPetitionHttpController],
  providers: [RegisterPetitionService, CaseNumberRepository, IdempotencyRepository],
  exports: [RegisterPetitionService, MongooseModule, CaseNumberRepository],
})
export class RegistrationModule {}
