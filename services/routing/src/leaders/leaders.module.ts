import { Module } from '@nestjs/common';
import { LeaderCatalogueProvider } from './leader-catalogue.provider';
import { LeadersHttpController } from './leaders.http.controller';

/** The leader catalogue (区领导): who instructs, whose mailbox is whose, who escalations notify. */
@Module({
  controllers: [LeadersHttpController],
  providers: [LeaderCatalogueProvider],
  exports: [LeaderCatalogueProvider],
})
export class LeadersModule {}
