import type { Producer as KafkaProducer } from 'kafkajs';
import { createEvent, definitionOf, fixtureOf, Topics, type DomainEvent, type EventType, type PayloadOf, type Producer, type Topic } from '@sunshine/contracts';
import { physicalTopic } from '@sunshine/messaging';

// Input events for integration tests, built from the contracts catalogue (event type → topic → producer)
// and its fixtures, so a test says only what its story changes and never keeps its own map of producers.

const PRODUCER_OF_TOPIC = new Map<string, Producer>(Object.entries(Topics).map(([producer, topic]) => [topic, producer as Producer]));

/** The topic an event type is published on, from the catalogue. */
export function topicOf(type: string): Topic {
  const definition = definitionOf(type);
  if (!definition) throw new Error(`unknown event type ${type}`);
  return definition.topic;
}

/** The service that publishes an event type: the owner of its topic. */
export function producerOf(type: string): Producer {
  return PRODUCER_OF_TOPIC.get(topicOf(type))!;
}

/**
 * An event as its producer would publish it: the contract fixture's payload with `changes` applied,
 * about one petition, correlated by `test-<petitionId>`. `occurredAt` back-dates it for deadline stories.
 */
export function eventFor<T extends EventType>(
  type: T,
  petitionId: string,
  changes: Partial<PayloadOf<T>> = {},
  options: { occurredAt?: Date | string } = {},
): DomainEvent<T> {
  return createEvent(type, { petitionId }, { ...fixtureOf(type).payload, ...changes } as PayloadOf<T>, {
    producer: producerOf(type),
    correlationId: `test-${petitionId}`,
    ...(options.occurredAt === undefined ? {} : { occurredAt: new Date(options.occurredAt) }),
  });
}

export interface PublishOptions {
  /** The message value to send instead of the event (a contract-breaking variant of it), on the event's topic. */
  raw?: object;
  /** The message key; by default the petition id, or the subject id of an event about no petition. */
  key?: string;
}

/**
 * Sends one event to its producer's topic in the test namespace, keyed like the outbox relay keys it
 * (petition id), as the producing service would.
 */
export async function publishEvent(
  producer: KafkaProducer,
  namespace: string,
  event: Pick<DomainEvent, 'type' | 'petitionId' | 'subjectId'>,
  options: PublishOptions = {},
): Promise<void> {
  const key = options.key ?? event.petitionId ?? event.subjectId ?? null;
  await producer.send({
    topic: physicalTopic({ namespace }, topicOf(event.type)),
    messages: [{ key, value: JSON.stringify(options.raw ?? event) }],
  });
}

/** Sends events of one topic in ONE request, in order (a redelivery is the same event twice). */
export async function publishEvents(producer: KafkaProducer, namespace: string, events: readonly DomainEvent[]): Promise<void> {
  const topics = new Set(events.map((e) => topicOf(e.type)));
  if (topics.size !== 1) throw new Error(`publishEvents sends to one topic at a time, not ${[...topics].join(', ')}`);
  await producer.send({
    topic: physicalTopic({ namespace }, [...topics][0]),
    messages: events.map((e) => ({ key: e.petitionId ?? e.subjectId ?? null, value: JSON.stringify(e) })),
  });
}
