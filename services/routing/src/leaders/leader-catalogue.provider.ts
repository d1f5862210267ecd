import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { join } from 'node:path';
import type { Channel } from '@sunshine/contracts';
import { escalationLeaders, leaderById, loadLeaderCatalogue, mailboxLeaderOf, parseEscalationLeaders, type LeaderCatalogue } from './leader-catalogue';

/**
 * The leader catalogue (区领导), read once at start from `ROUTING_LEADER_CATALOGUE` (default: the
 * shipped `src/catalogue/leaders.json`), and who escalations notify (`ROUTING_ESCALATION_LEADERS`,
 * checked against it); a bad file or an unknown leader stops the service at start.
 */
@Injectable()
export class LeaderCatalogueProvider {
  readonly catalogue: LeaderCatalogue;
  readonly escalationLeaderIds: string[];

  constructor(config: ConfigService) {
    this.catalogue = loadLeaderCatalogue(config.get<string>('ROUTING_LEADER_CATALOGUE') ?? join(__dirname, '../catalogue/leaders.json'));
    this.escalationLeaderIds = parseEscalationLeaders(this.catalogue, config.get<string>('ROUTING_ESCALATION_LEADERS') ?? 'party-secretary,district-head');
  }

  listing() {
    return this.catalogue;
  }

  has(leaderId: string): boolean {
    return Boolean(leaderById(this.catalogue, leaderId));
  }

  mailboxLeader(channel: Channel): string | undefined {
    return mailboxLeaderOf(this.catalogue, channel);
  }

  /** The leaders an urgent or group escalation notifies. */
  escalationLeaders(leaderInCharge?: string): string[] {
    return escalationLeaders(this.catalogue, this.escalationLeaderIds, leaderInCharge);
  }
}
