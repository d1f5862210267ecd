import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What ties a log line or an event to the request or event that caused it. */
export interface CorrelationContext {
  correlationId: string;
  /** The event being handled, when work was caused by an event. */
  causationId?: string | null;
}

const storage = new AsyncLocalStorage<CorrelationContext>();

export function runWithContext<T>(context: CorrelationContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): CorrelationContext | undefined {
  return storage.getStore();
}

/** The correlation id in force, or a new one for work that starts here (timers, CLIs). */
export function correlationId(): string {
  return storage.getStore()?.correlationId ?? randomUUID();
}

/** A correlation id from outside is accepted only if it is short and plain. */
export function acceptCorrelationId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : undefined;
}
