import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ExtendCaseHttpController } from './extend-case.http.controller';
import { ExtendCaseService } from './extend-case.service';

/** 延期: one approved extension of the handling deadline. */
@Module({
  imports: [CasesModule],
  controllers: [ExtendCaseHttpController],
  providers: [ExtendCaseService],
})
export class ExtensionModule {}
