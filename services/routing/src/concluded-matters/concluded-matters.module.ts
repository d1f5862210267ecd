import { Module } from '@nestjs/common';
import { RoutingSharedModule } from '../routing/routing-shared.module';
import { ConcludedMattersService } from './concluded-matters.service';
import { ExhaustedMattersRepository } from './exhausted-matters.repository';
import { NotAcceptedAgainHttpController } from './not-accepted-again.http.controller';

/** Matters whose review chain is exhausted (条例 art. 35) and the registrar's list of petitions not accepted again. */
@Module({
  imports: [RoutingSharedModule],
  controllers: [NotAcceptedAgainHttpController],
  providers: [ConcludedMattersService, ExhaustedMattersRepository],
  exports: [ConcludedMattersService],
})
export class ConcludedMattersModule {}
