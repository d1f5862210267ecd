import { Module } from '@nestjs/common';
import { ReviewsModule } from '../reviews/reviews.module';
import { ConclusionSweepService } from './conclusion-sweep.service';

/** 有果必结: matters whose review window closed unused are concluded by a periodic sweep. */
@Module({
  imports: [ReviewsModule],
  providers: [ConclusionSweepService],
})
export class ConclusionModule {}
