import type { Producer } from './vocabulary';

/**
 * One topic per producing service; the version is part of the name. A breaking change to any
 * event of a topic is published on a new `.v2` topic while `.v1` is still served.
 */
export const Topics = {
  intake: 'intake.events.v1',
  routing: 'routing.events.v1',
  handling: 'handling.events.v1',
  feedback: 'feedback.events.v1',
  supervision: 'supervision.events.v1',
} as const satisfies Record<Producer, string>;

export type Topic = (typeof Topics)[keyof typeof Topics];

export const AllTopics: readonly Topic[] = Object.values(Topics);

/** Where a consumer puts an event it cannot process, with the error and the original message. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}
