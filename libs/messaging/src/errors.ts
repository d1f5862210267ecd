/**
 * Thrown by a handler when retrying cannot help (the event contradicts the state it finds).
 * The event goes to the dead-letter topic at once.
 */
export class PermanentEventError extends Error {
  readonly permanent = true;
  constructor(message: string, readonly code?: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

const INFRASTRUCTURE_ERROR_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'KafkaJSConnectionError',
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSConnectionClosedError',
]);

/**
 * An outage of the database or the broker is not the event's fault: the consumer waits and
 * retries without limit instead of dead-lettering every event that arrives during the outage.
 */
export function isInfrastructureError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const e = current as { name?: string; cause?: unknown; originalError?: unknown };
    if (e.name && INFRASTRUCTURE_ERROR_NAMES.has(e.name)) return true;
    current = e.cause ?? e.originalError;
  }
  return false;
}

export function isPermanentError(error: unknown): boolean {
  return Boolean((error as { permanent?: boolean } | null)?.permanent);
}

/** MongoDB's duplicate key error: the write was already made (an idempotency signal). */
export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000;
}
