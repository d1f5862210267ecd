import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CASES, CaseSchema } from '../cases/case.schema';
import { AnswerOrderHttpController } from './answer-order.http.controller';
import { AnswerOrderService } from './answer-order.service';
import { SupervisionOrderAnswersRepository } from './supervision-order-answers.repository';

/** The unit's side of supervision orders (督办): orders arrive on the case (cases/), the lead unit answers here. */
@Module({
  imports: [MongooseModule.forFeature([{ name: CASES, schema: CaseSchema }])],
  controllers: [AnswerOrderHttpController],
  providers: [SupervisionOrderAnswersRepository, AnswerOrderService],
})
export class SupervisionOrdersModule {}
