import type { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { deadLetterTopic, decodeEvent, type DomainEvent } from '@sunshine/contracts';
import { runWithContext, type Logger } from '@sunshine/observability';
import { isInfrastructureError, isPermanentError } from './errors';
import { logicalTopic, physicalGroup, physicalTopic, type KafkaSettings } from './kafka';

export interface EventContext {
  /** The logical topic, e.g. `intake.events.v1`. */
  topic: string;
  partition: number;
  offset: string;
  /** 1 for the first try. */
  attempt: number;
  /** Long handlers may call this; the runner also heartbeats while a handler runs. */
  heartbeat(): Promise<void>;
}

/**
 * What a handler did. `applied` and `duplicate` are the inbox outcomes; `ignored` means the
 * event is of no concern to this consumer.
 */
export type HandleOutcome = 'applied' | 'duplicate' | 'ignored' | 'not-matched';

export type EventHandler = (event: DomainEvent, context: EventContext) => Promise<HandleOutcome | void>;

export interface EventConsumerOptions {
  kafka: Kafka;
  settings: KafkaSettings;
  /** The logical consumer group, e.g. `routing`. */
  groupId: string;
  /** Logical topics. */
  topics: readonly string[];
  handler: EventHandler;
  /** Dead-letter producer (the service's idempotent producer). */
  producer: Producer;
  logger: Logger;
  /** Event types this consumer acts on; others are acknowledged and skipped. Default: all. */
  types?: ReadonlySet<string>;
  /** Tries before an event that keeps failing goes to the dead-letter topic. */
  maxAttempts?: number;
  retryBackoffMs?: number;
  heartbeatIntervalMs?: number;
  sessionTimeoutMs?: number;
  partitionsConsumedConcurrently?: number;
  /**
   * How many times in a row kafkajs may restart the consumer after a crash (e.g. the broker is
   * unreachable) before it is declared dead. A dead consumer calls onFatal.
   */
  maxRestarts?: number;
  /** kafkajs retries per request before it gives up and crashes the consumer. */
  retries?: number;
  /** Called once if the consumer stops for good (kafkajs will not restart it). */
  onFatal?: (error: Error) => void;
}

export type ConsumerState = 'idle' | 'starting' | 'running' | 'restarting' | 'stopped' | 'crashed';

export interface ConsumerStats {
  delivered: number;
  applied: number;
  duplicates: number;
  ignored: number;
  deadLettered: number;
  retries: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one consumer group: validates every event against the contracts, hands it to the
 * handler with retries, sends what cannot be processed to `<topic>.dlq` with the reason and the
 * original bytes, and commits an offset only after the handler's effect is durable.
 */
export class EventConsumer {
  readonly stats: ConsumerStats = { delivered: 0, applied: 0, duplicates: 0, ignored: 0, deadLettered: 0, retries: 0 };
  private consumer?: Consumer;
  private _state: ConsumerState = 'idle';
  private _lastError?: Error;
  private stopping = false;
  private restarts = 0;
  private readonly maxAttempts: number;
  private readonly retryBackoffMs: number;
  private readonly heartbeatIntervalMs: number;
  private readonly log: Logger;

  constructor(private readonly options: EventConsumerOptions) {
    this.maxAttempts = options.maxAttempts ?? 4;
    this.retryBackoffMs = options.retryBackoffMs ?? 250;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 3000;
    this.log = options.logger.child({ component: 'consumer', group: options.groupId });
  }

  get state(): ConsumerState {
    return this._state;
  }

  get lastError(): Error | undefined {
    return this._lastError;
  }

  get groupId(): string {
    return physicalGroup(this.options.settings, this.options.groupId);
  }

  async start(): Promise<void> {
    if (this._state === 'running' || this._state === 'starting') return;
    this._state = 'starting';
    this.stopping = false;
    const consumer = this.options.kafka.consumer({
      groupId: this.groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: this.heartbeatIntervalMs,
      allowAutoTopicCreation: false,
      retry: {
        retries: this.options.retries ?? 8,
        initialRetryTime: 300,
        maxRetryTime: 10_000,
        restartOnFailure: async () => {
          this.restarts += 1;
          return this.restarts <= (this.options.maxRestarts ?? 5);
        },
      },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.restarts = 0;
      if (this._state === 'restarting') this._state = 'running';
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this._lastError = payload.error;
      if (payload.restart) {
        this._state = 'restarting';
        this.log.warn({ err: payload.error, restarts: this.restarts }, 'consumer crashed; kafkajs restarts it');
        return;
      }
      this._state = 'crashed';
      this.log.error({ err: payload.error }, 'consumer crashed for good');
      this.options.onFatal?.(payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({
      topics: this.options.topics.map((t) => physicalTopic(this.options.settings, t)),
      fromBeginning: true,
    });
    await consumer.run({
      autoCommit: true,
      autoCommitInterval: 1000,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 4,
      eachBatch: (payload) => this.eachBatch(payload),
    });
    this._state = 'running';
    this.log.info({ topics: this.options.topics }, 'consumer running');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.consumer && this._state !== 'idle') await this.consumer.disconnect().catch(() => undefined);
    if (this._state !== 'crashed') this._state = 'stopped';
  }

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    for (const message of batch.messages) {
      if (!isRunning() || isStale() || this.stopping) break;
      await this.process(batch.topic, batch.partition, message, heartbeat, isRunning);
      // The effect is durable (or the event is dead-lettered): only now may the offset move.
      resolveOffset(message.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  private async process(
    physical: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    isRunning: () => boolean,
  ): Promise<void> {
    this.stats.delivered += 1;
    const topic = logicalTopic(this.options.settings, physical);
    const parsed = decodeEvent(message.value);
    if (!parsed.ok) {
      const detail = parsed.problems.map((p) => `${p.path}: ${p.constraints.join(',')}`).join('; ');
      await this.deadLetter(topic, partition, message, `invalid event: ${parsed.reason}${detail ? ` (${detail})` : ''}`, 0);
      return;
    }
    const event = parsed.event;
    if (this.options.types && !this.options.types.has(event.type)) {
      this.stats.ignored += 1;
      return;
    }

    let attempt = 0;
    for (;;) {
      attempt += 1;
      const pump = setInterval(() => void heartbeat().catch(() => undefined), this.heartbeatIntervalMs);
      try {
        const outcome = await runWithContext({ correlationId: event.correlationId, causationId: event.id }, () =>
          this.options.handler(event, { topic, partition, offset: message.offset, attempt, heartbeat }),
        );
        this.count(outcome ?? 'applied');
        return;
      } catch (error) {
        const err = error as Error;
        if (isInfrastructureError(err) && isRunning() && !this.stopping) {
          // An outage: wait it out rather than dead-letter the event; the attempt does not count.
          this.stats.retries += 1;
          attempt -= 1;
          this.log.warn({ err, eventId: event.id, type: event.type }, 'infrastructure unavailable; retrying event');
          await this.pause(Math.min(this.retryBackoffMs * 8, 5000), heartbeat);
          continue;
        }
        if (!isPermanentError(err) && attempt < this.maxAttempts && isRunning() && !this.stopping) {
          this.stats.retries += 1;
          this.log.warn({ err, eventId: event.id, type: event.type, attempt }, 'event handler failed; retrying');
          await this.pause(this.retryBackoffMs * 2 ** (attempt - 1), heartbeat);
          continue;
        }
        if (!isRunning() || this.stopping) throw err; // not committed: redelivered after the rebalance
        await this.deadLetter(topic, partition, message, `${err.name}: ${err.message}`, attempt, event);
        return;
      } finally {
        clearInterval(pump);
      }
    }
  }

  private count(outcome: HandleOutcome): void {
    if (outcome === 'duplicate') this.stats.duplicates += 1;
    else if (outcome === 'ignored') this.stats.ignored += 1;
    else this.stats.applied += 1;
  }

  private async pause(ms: number, heartbeat: () => Promise<void>): Promise<void> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      await sleep(Math.min(this.heartbeatIntervalMs, end - Date.now()));
      await heartbeat().catch(() => undefined);
    }
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: string,
    attempts: number,
    event?: DomainEvent,
  ): Promise<void> {
    const headers: IHeaders = {
      ...message.headers,
      'dlq-reason': reason.slice(0, 2000),
      'dlq-source-topic': topic,
      'dlq-source-partition': String(partition),
      'dlq-source-offset': message.offset,
      'dlq-consumer-group': this.options.groupId,
      'dlq-attempts': String(attempts),
      'dlq-failed-at': new Date().toISOString(),
    };
    await this.options.producer.send({
      topic: physicalTopic(this.options.settings, deadLetterTopic(topic)),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    this.stats.deadLettered += 1;
    this.log.error(
      { eventId: event?.id, type: event?.type, topic, partition, offset: message.offset, reason },
      'event sent to the dead-letter topic',
    );
  }
}
