import { Module } from '@nestjs/common';
import { RoutingSharedModule } from '../routing/routing-shared.module';
import { InstructionsHttpController } from './instructions.http.controller';
import { InstructPetitionService } from './instruct-petition.service';

/** A leader's reading and instruction (批阅/批示) of the items put to them. */
@Module({
  imports: [RoutingSharedModule],
  controllers: [InstructionsHttpController],
  providers: [InstructPetitionService],
})
export class InstructionsModule {}
