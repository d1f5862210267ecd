import { Module } from '@nestjs/common';
import { RoutingSharedModule } from '../routing/routing-shared.module';
import { DuplicateCandidatesHttpController } from './duplicate-candidates.http.controller';
import { DuplicateCandidatesService } from './duplicate-candidates.service';

/** Duplicate hints for a text being typed (the hotline operator's console): the duplicate index, read-only. */
@Module({
  imports: [RoutingSharedModule],
  controllers: [DuplicateCandidatesHttpController],
  providers: [DuplicateCandidatesService],
})
export class DuplicateCandidatesModule {}
