import { Module } from '@nestjs/common';
import { SupervisionRules } from './supervision-rules.provider';

@Module({
  providers: [SupervisionRules],
  exports: [SupervisionRules],
})
export class RulesModule {}
