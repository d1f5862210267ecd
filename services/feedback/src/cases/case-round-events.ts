import { Topics, type DomainEvent } from '@sunshine/contracts';
import type { HandleOutcome, MessagingService } from '@sunshine/messaging';

/** What follows a case's reply rounds: a reply opens a round, a reopening or a closure ends it. */
export interface CaseRoundHandlers {
  onReplied(event: DomainEvent<'case.replied'>): Promise<HandleOutcome>;
  onReopened(event: DomainEvent<'case.reopened'>): Promise<HandleOutcome>;
  onClosed(event: DomainEvent<'case.closed'>): Promise<HandleOutcome>;
}

/**
 * Registers `handlers` for handling.events.v1's round events under their own consumer group, so
 * each follower (rateable rounds, review chains) keeps its own offsets, retries and dead letters.
 */
export function registerCaseRoundConsumer(messaging: MessagingService, groupId: string, handlers: CaseRoundHandlers): void {
  messaging.register({
    groupId,
    topics: [Topics.handling],
    types: new Set(['case.replied', 'case.reopened', 'case.closed']),
    handler: (event) => dispatchCaseRoundEvent(event, handlers),
  });
}

export function dispatchCaseRoundEvent(event: DomainEvent, handlers: CaseRoundHandlers): Promise<HandleOutcome> {
  switch (event.type) {
    case 'case.replied':
      return handlers.onReplied(event);
    case 'case.reopened':
      return handlers.onReopened(event);
    case 'case.closed':
      return handlers.onClosed(event);
    default:
      return Promise.resolve('ignored');
  }
}
