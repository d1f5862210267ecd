import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { Producers, type Producer } from './vocabulary';

/** An event type name: `<aggregate>.<past-tense-verb>`, e.g. `petition.registered`. */
export const EVENT_TYPE_PATTERN = /^[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/;

/**
 * Every message on every topic. `id` is a UUID v7 and the consumer's idempotency key;
 * `petitionId` is also the Kafka key, so all events of one petition stay in order. The few
 * events that are not about one petition (bulletins, appraisals) carry `petitionId: null` and
 * a `subjectId` that is used as the key instead.
 */
export interface EventEnvelope<TType extends string = string, TPayload = unknown> {
  id: string;
  type: TType;
  version: number;
  petitionId: string | null;
  subjectId?: string;
  occurredAt: string;
  producer: Producer;
  correlationId: string;
  causationId: string | null;
  payload: TPayload;
}

/** class-validator shape of the envelope; the payload is checked by its own class. */
export class EnvelopeDto implements EventEnvelope {
  @IsUUID('all')
  id!: string;

  @IsString()
  @Matches(EVENT_TYPE_PATTERN)
  type!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @ValidateIf((_, value) => value !== null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  petitionId!: string | null;

  @ValidateIf((o: EnvelopeDto) => o.petitionId === null || o.subjectId !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  subjectId?: string;

  @IsISO8601({ strict: true })
  occurredAt!: string;

  @IsIn(Producers)
  producer!: Producer;

  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  correlationId!: string;

  @ValidateIf((_, value) => value !== null)
  @IsUUID('all')
  causationId!: string | null;

  @IsObject()
  @Type(() => Object)
  payload!: Record<string, unknown>;
}

/** The Kafka key of an event. */
export function eventKey(event: Pick<EventEnvelope, 'petitionId' | 'subjectId'>): string {
  const key = event.petitionId ?? event.subjectId;
  if (!key) throw new Error('an event needs a petitionId or a subjectId to be keyed');
  return key;
}
