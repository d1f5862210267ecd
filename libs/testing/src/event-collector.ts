import { randomBytes } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import { waitUntil } from './wait';

export interface CollectedMessage {
  topic: string;
  key: string | null;
  headers: Record<string, string>;
  /** The decoded JSON value (an event envelope), or the raw text when it is not JSON. */
  value: unknown;
  raw: string;
}

/**
 * Reads the given physical topics from the beginning for as long as the test runs, so tests can
 * wait for an event instead of sleeping.
 */
export class EventCollector {
  readonly messages: CollectedMessage[] = [];
  private consumer?: Consumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: string[],
  ) {}

  async start(): Promise<this> {
    this.consumer = this.kafka.consumer({ groupId: `collector-${randomBytes(6).toString('hex')}`, allowAutoTopicCreation: true });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const raw = message.value?.toString('utf8') ?? '';
        let value: unknown = raw;
        try {
          value = JSON.parse(raw);
        } catch {
          // keep the text
        }
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = String(v);
        this.messages.push({ topic, key: message.key?.toString('utf8') ?? null, headers, value, raw });
      },
    });
    return this;
  }

  /** Envelopes of the given type (optionally for one petition). */
  events<T = Record<string, unknown>>(type: string, petitionId?: string): (T & { id: string; petitionId: string; payload: Record<string, unknown> })[] {
    return this.messages
      .map((m) => m.value as { type?: string; petitionId?: string })
      .filter((v) => v && typeof v === 'object' && v.type === type && (!petitionId || v.petitionId === petitionId)) as never;
  }

  async waitFor<T = Record<string, unknown>>(type: string, petitionId?: string, count = 1, timeoutMs = 15_000) {
    return waitUntil(() => this.events<T>(type, petitionId), (found) => found.length >= count, {
      timeoutMs,
      message: `${count} × ${type}${petitionId ? ` for ${petitionId}` : ''}`,
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
