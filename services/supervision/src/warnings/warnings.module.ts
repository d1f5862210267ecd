import { Module } from '@nestjs/common';
import { RulesModule } from '../rules/rules.module';
import { TimelineModule } from '../timeline/timeline.module';
import { ListWarningsHttpController } from './list-warnings.http.controller';
import { ListWarningsService } from './list-warnings.service';

@Module({
  imports: [TimelineModule, RulesModule],
  controllers: [ListWarningsHttpController],
  providers: [ListWarningsService],
})
export class WarningsModule {}
