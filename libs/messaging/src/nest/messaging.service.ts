import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectConnection } from '@nestjs/mongoose';
import type { Admin, Kafka, Producer } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { EventMetadata, Producer as ServiceName } from '@sunshine/contracts';
import { correlationId, createLogger, currentContext, type Logger } from '@sunshine/observability';
import { EventConsumer, type EventConsumerOptions } from '../consumer';
import { createIdempotentProducer, createKafka, type KafkaSettings } from '../kafka';
import { OUTBOX_INDEX } from '../outbox';
import { OutboxRelay } from '../outbox-relay';
import { ensureTopics } from '../topics-admin';

export const MESSAGING_OPTIONS = 'SUNSHINE_MESSAGING_OPTIONS';

export interface MessagingModuleOptions {
  service: ServiceName;
  /** Logical topics this service publishes. */
  publishes: readonly string[];
  /** Logical topics this service consumes. */
  consumes: readonly string[];
  /** Collections whose documents carry an outbox. */
  outboxCollections: readonly string[];
}

export type ConsumerRegistration = Pick<EventConsumerOptions, 'topics' | 'handler' | 'types' | 'maxAttempts'> & {
  /** Logical group; defaults to the service name. */
  groupId?: string;
};

export interface MessagingHealth {
  kafka: 'up' | 'down';
  relay: 'running' | 'stopped';
  consumers: { group: string; state: string; lastError?: string }[];
  fatal?: string;
}

/**
 * The service's connection to Kafka: one idempotent producer shared by the outbox relay and
 * the dead-letter path, the relay itself, and the consumers the service registers. A consumer
 * that stops for good makes /health fail and ends the process with a non-zero code, so an
 * orchestrator restarts it instead of leaving a live process that consumes nothing.
 */
@Injectable()
export class MessagingService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly settings: KafkaSettings;
  readonly kafka: Kafka;
  private readonly logger: Logger;
  private producer?: Producer;
  private admin?: Admin;
  private relay?: OutboxRelay;
  private readonly registrations: ConsumerRegistration[] = [];
  private readonly consumers: EventConsumer[] = [];
  private fatalError?: Error;
  private kafkaCheck = { at: 0, up: false };

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    private readonly config: ConfigService,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.logger = createLogger(options.service, config.get<string>('LOG_LEVEL') ?? 'info').child({ component: 'messaging' });
    this.settings = {
      brokers: config.getOrThrow<string>('KAFKA_BROKERS').split(','),
      clientId: `sunshine-${options.service}`,
      namespace: config.get<string>('KAFKA_NAMESPACE') || undefined,
    };
    this.kafka = createKafka(this.settings, this.logger);
  }

  /** Register a consumer; call from a provider's constructor or onModuleInit. */
  register(registration: ConsumerRegistration): void {
    this.registrations.push(registration);
  }

  /** Publish soon what the given documents' outboxes hold (they were just written). */
  kick(collection: string, ids: readonly unknown[]): void {
    this.relay?.kick(collection, ids);
  }

  /** Metadata for events caused by the current request or event. */
  eventMeta(occurredAt?: Date): EventMetadata {
    return {
      producer: this.options.service,
      correlationId: correlationId(),
      causationId: currentContext()?.causationId ?? null,
      ...(occurredAt ? { occurredAt } : {}),
    };
  }

  async onModuleInit(): Promise<void> {
    const partitions = Number(this.config.get('KAFKA_PARTITIONS') ?? 12);
    await ensureTopics(this.kafka, this.settings, this.options, partitions);
    const db = this.connection.db;
    if (!db) throw new Error('the database connection is not open');
    for (const name of this.options.outboxCollections) {
      await db.collection(name).createIndex(OUTBOX_INDEX.key, { name: OUTBOX_INDEX.name });
    }
    this.producer = createIdempotentProducer(this.kafka);
    await this.producer.connect();
    this.admin = this.kafka.admin();
    await this.admin.connect();
    this.relay = new OutboxRelay({
      db,
      collections: this.options.outboxCollections,
      producer: this.producer,
      settings: this.settings,
      logger: this.logger,
      pollIntervalMs: Number(this.config.get('OUTBOX_POLL_MS') ?? 250),
      sweepIntervalMs: Number(this.config.get('OUTBOX_SWEEP_MS') ?? 30_000),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.relay?.start();
    for (const registration of this.registrations) {
      const consumer = new EventConsumer({
        kafka: this.kafka,
        settings: this.settings,
        groupId: registration.groupId ?? this.options.service,
        topics: registration.topics,
        handler: registration.handler,
        types: registration.types,
        maxAttempts: registration.maxAttempts,
        producer: this.producer!,
        logger: this.logger,
        maxRestarts: Number(this.config.get('CONSUMER_MAX_RESTARTS') ?? 5),
        retries: Number(this.config.get('KAFKA_RETRIES') ?? 8),
        onFatal: (error) => this.fatal(error),
      });
      this.consumers.push(consumer);
      await consumer.start();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.consumers.map((c) => c.stop()));
    await this.relay?.stop();
    await this.admin?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
  }

  /** Kafka reachability (cached for a second) and the state of the relay and consumers. */
  async health(): Promise<MessagingHealth> {
    const now = Date.now();
    if (now - this.kafkaCheck.at > 1000) {
      const up = await Promise.race([
        this.admin!.describeCluster().then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000)),
      ]);
      this.kafkaCheck = { at: now, up };
    }
    return {
      kafka: this.kafkaCheck.up ? 'up' : 'down',
      relay: this.relay?.isRunning ? 'running' : 'stopped',
      consumers: this.consumers.map((c) => ({
        group: c.groupId,
        state: c.state,
        ...(c.lastError ? { lastError: c.lastError.message } : {}),
      })),
      ...(this.fatalError ? { fatal: this.fatalError.message } : {}),
    };
  }

  get consumerStats() {
    return this.consumers.map((c) => ({ group: c.groupId, ...c.stats }));
  }

  private fatal(error: Error): void {
    if (this.fatalError) return;
    this.fatalError = error;
    const delay = Number(this.config.get('FATAL_EXIT_DELAY_MS') ?? 2000);
    this.logger.fatal({ err: error, exitInMs: delay }, 'a consumer stopped for good; the process will exit');
    setTimeout(() => process.exit(1), delay);
  }
}
