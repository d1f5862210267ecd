import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { v7 as uuidv7 } from 'uuid';
import { definitionOf, type EventType, type PayloadOf } from './catalogue';
import type { EventEnvelope } from './envelope';
import { flattenValidationErrors, InvalidEventError, type DomainEvent } from './validation';
import type { Producer } from './vocabulary';

export interface EventMetadata {
  producer: Producer;
  /** Ties together everything caused by one request; taken from the incoming request or event. */
  correlationId: string;
  /** The id of the event that caused this one, if any. */
  causationId?: string | null;
  occurredAt?: Date;
}

/**
 * Build a validated event. A producer that builds an invalid event has a bug, so this throws
 * rather than letting the event reach the topic.
 */
export function createEvent<T extends EventType>(
  type: T,
  target: { petitionId: string } | { subjectId: string },
  payload: PayloadOf<T>,
  meta: EventMetadata,
): DomainEvent<T> {
  const definition = definitionOf(type);
  if (!definition) throw new Error(`unknown event type ${type}`);
  const plain = JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
  const errors = validateSync(plainToInstance(definition.payload, plain), { forbidUnknownValues: true });
  if (errors.length) throw new InvalidEventError(type, flattenValidationErrors(errors, 'payload'));
  const envelope: EventEnvelope<T, PayloadOf<T>> = {
    id: uuidv7(),
    type,
    version: definition.version,
    petitionId: 'petitionId' in target ? target.petitionId : null,
    ...('subjectId' in target ? { subjectId: target.subjectId } : {}),
    occurredAt: (meta.occurredAt ?? new Date()).toISOString(),
    producer: meta.producer,
    correlationId: meta.correlationId,
    causationId: meta.causationId ?? null,
    payload: plain as PayloadOf<T>,
  };
  return envelope as DomainEvent<T>;
}
