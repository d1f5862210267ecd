import { Injectable } from '@nestjs/common';
import type { EventEnvelope, PetitionEscalated } from '@sunshine/contracts';
import type { Principal } from '@sunshine/auth';
import type { HandleOutcome } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { feedItemOf, notificationsOf } from './leader-notification';
import { LeaderNotificationsRepository } from './leader-notifications.repository';
import { NotificationNotFound } from './notification.errors';

/**
 * The leaders' notification feeds: each urgent or group escalation (`petition.escalated`, read
 * back from routing's own topic, so the feed follows what was published) becomes one row for each
 * leader it names; a leader reads their own feed and marks rows read.
 */
@Injectable()
export class LeaderNotificationsService {
  constructor(
    private readonly rows: LeaderNotificationsRepository,
    private readonly clock: Clock,
  ) {}

  async onEscalated(event: EventEnvelope<'petition.escalated', PetitionEscalated>): Promise<HandleOutcome> {
    const rows = notificationsOf(event);
    if (!rows.length) return 'ignored';
    return (await this.rows.insertOnce(rows)) > 0 ? 'applied' : 'duplicate';
  }

  /** The caller's own feed, newest first. A leader token without a leader id has no feed of its own. */
  async feed(caller: Principal, query: { unreadOnly?: boolean; limit?: number; offset?: number }) {
    if (!caller.leaderId) return { items: [] };
    const rows = await this.rows.feed(caller.leaderId, query.unreadOnly ?? false, query.limit ?? 50, query.offset ?? 0);
    return { items: rows.map(feedItemOf) };
  }

  async markRead(caller: Principal, id: string) {
    const row = caller.leaderId ? await this.rows.markRead(id, caller.leaderId, this.clock.now()) : null;
    if (!row) throw new NotificationNotFound();
    return feedItemOf(row);
  }
}
