import { Module } from '@nestjs/common';
import { ReviewsModule } from '../reviews/reviews.module';
import { WithdrawPetitionHttpController } from './withdraw-petition.http.controller';
import { WithdrawPetitionService } from './withdraw-petition.service';

/** 撤回: the petitioner withdraws; the matter is concluded and handling closes the case. */
@Module({
  imports: [ReviewsModule],
  controllers: [WithdrawPetitionHttpController],
  providers: [WithdrawPetitionService],
})
export class WithdrawalsModule {}
