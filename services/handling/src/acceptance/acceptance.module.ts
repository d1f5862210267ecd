import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AcceptCaseHttpController } from './accept-case.http.controller';
import { AcceptanceService } from './acceptance.service';
import { NotAcceptCaseHttpController } from './not-accept-case.http.controller';
import { NotAcceptReasonsHttpController } from './not-accept-reasons.http.controller';
import { ReturnCaseHttpController } from './return-case.http.controller';
import { TransferCaseHttpController } from './transfer-case.http.controller';

/** 受理 / 不予受理 / 转送 / 退回: the lead unit's decision on a newly assigned case. */
@Module({
  imports: [CasesModule],
  controllers: [AcceptCaseHttpController, NotAcceptCaseHttpController, TransferCaseHttpController, ReturnCaseHttpController, NotAcceptReasonsHttpController],
  providers: [AcceptanceService],
})
export class AcceptanceModule {}
