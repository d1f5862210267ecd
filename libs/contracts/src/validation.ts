import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { definitionOf, type EventType, type PayloadOf } from './catalogue';
import { EnvelopeDto, type EventEnvelope } from './envelope';

/** A validated event of a known type. */
export type DomainEvent<T extends EventType = EventType> = T extends EventType
  ? EventEnvelope<T, PayloadOf<T>>
  : never;

export interface FieldProblem {
  path: string;
  constraints: string[];
}

export type ParseResult =
  | { ok: true; event: DomainEvent }
  | { ok: false; reason: string; problems: FieldProblem[] };

/** Flatten class-validator errors into `path: constraint` pairs. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out.push({ path, constraints: Object.keys(error.constraints) });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

// Additive changes within a version must not break older consumers, so unknown fields are
// tolerated (not forbidden) when reading events.
const READ_OPTIONS = { whitelist: false, forbidUnknownValues: true } as const;

/** Check a decoded message against the envelope and its payload class. Never throws. */
export function parseEvent(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not a JSON object', problems: [] };
  }
  const envelope = plainToInstance(EnvelopeDto, raw);
  const envelopeErrors = validateSync(envelope, READ_OPTIONS);
  if (envelopeErrors.length) {
    return { ok: false, reason: 'invalid envelope', problems: flattenValidationErrors(envelopeErrors) };
  }
  const definition = definitionOf(envelope.type);
  if (!definition) return { ok: false, reason: `unknown event type ${envelope.type}`, problems: [] };
  if (envelope.version !== definition.version) {
    return {
      ok: false,
      reason: `${envelope.type} version ${envelope.version} is not served here (expected ${definition.version})`,
      problems: [],
    };
  }
  const payload = plainToInstance(definition.payload, envelope.payload);
  const payloadErrors = validateSync(payload, READ_OPTIONS);
  if (payloadErrors.length) {
    return {
      ok: false,
      reason: `invalid ${envelope.type} payload`,
      problems: flattenValidationErrors(payloadErrors, 'payload'),
    };
  }
  const event = { ...(raw as EventEnvelope), payload: envelope.payload } as unknown as DomainEvent;
  return { ok: true, event };
}

/** Decode a Kafka message value (UTF-8 JSON) and parse it. */
export function decodeEvent(value: Buffer | string | null | undefined): ParseResult {
  if (value === null || value === undefined) return { ok: false, reason: 'empty message', problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch {
    return { ok: false, reason: 'not valid JSON', problems: [] };
  }
  return parseEvent(raw);
}

export class InvalidEventError extends Error {
  constructor(
    readonly type: string,
    readonly problems: FieldProblem[],
  ) {
    super(`invalid ${type}: ${problems.map((p) => `${p.path} (${p.constraints.join(', ')})`).join('; ')}`);
    this.name = 'InvalidEventError';
  }
}
