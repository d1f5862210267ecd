/**
 * Events for the bulletins' unit tests and the report benchmark: a contract fixture's payload with
 * the given changes, as a consumer would receive it. Not used by the service itself.
 */
import { randomUUID } from 'node:crypto';
import { fixtureOf, type DomainEvent, type EventType, type PayloadOf } from '@sunshine/contracts';

const PRODUCERS: Record<string, DomainEvent['producer']> = { case: 'handling', feedback: 'feedback', supervision: 'supervision' };

function producerOf(type: string): DomainEvent['producer'] {
  if (type === 'petition.registered') return 'intake';
  if (type === 'petition.concluded' || type === 'petition.withdrawn') return 'feedback';
  return PRODUCERS[type.split('.')[0]] ?? 'routing';
}

const fixtures = new Map<string, Record<string, unknown>>();
function payloadOf(type: EventType): Record<string, unknown> {
  let payload = fixtures.get(type);
  if (!payload) {
    payload = fixtureOf(type).payload as unknown as Record<string, unknown>;
    fixtures.set(type, payload);
  }
  return payload;
}

/** An event of `type` about `petitionId` at `occurredAt`, its payload the fixture's with `changes`. */
export function testEvent<T extends EventType>(type: T, petitionId: string, occurredAt: string, changes: Partial<PayloadOf<T>> = {}): DomainEvent<T> {
  return {
    id: randomUUID(),
    type,
    version: 1,
    petitionId,
    occurredAt,
    producer: producerOf(type),
    correlationId: 'bulletin-test',
    causationId: null,
    payload: { ...payloadOf(type), ...changes } as PayloadOf<T>,
  } as DomainEvent<T>;
}
