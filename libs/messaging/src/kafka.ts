import { Kafka, logLevel, Partitioners, type LogEntry, type Producer } from 'kafkajs';
import type { Logger } from '@sunshine/observability';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /**
   * Prepended to every topic and consumer group name. Tests use a fresh prefix per run so that
   * parallel suites never see each other's messages; production leaves it empty.
   */
  namespace?: string;
}

/** The physical topic name of a logical topic (`intake.events.v1`). */
export function physicalTopic(settings: Pick<KafkaSettings, 'namespace'>, topic: string): string {
  return settings.namespace ? `${settings.namespace}.${topic}` : topic;
}

export function physicalGroup(settings: Pick<KafkaSettings, 'namespace'>, group: string): string {
  return settings.namespace ? `${settings.namespace}.${group}` : group;
}

/** The logical topic of a physical one: the inverse of physicalTopic. */
export function logicalTopic(settings: Pick<KafkaSettings, 'namespace'>, topic: string): string {
  const prefix = settings.namespace ? `${settings.namespace}.` : '';
  return prefix && topic.startsWith(prefix) ? topic.slice(prefix.length) : topic;
}

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

export function createKafka(settings: KafkaSettings, logger?: Logger): Kafka {
  const child = logger?.child({ lib: 'kafkajs' });
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 10000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        if (!child) return;
        const { message, timestamp: _timestamp, logger: _logger, ...rest } = log as Record<string, unknown>;
        // Our idempotent producer has bounded retries on purpose (a send must fail during an
        // outage so the relay can retry it later); a duplicate that may cause is harmless, the
        // consumers' inboxes drop it. So this warning is expected and not logged.
        if (String(message).startsWith('Limiting retries for the idempotent producer')) return;
        // kafkajs logs every error response at ERROR, including the retriable ones it recovers
        // from (a partition leader moving right after a topic is created). What does not recover
        // surfaces as a crash or a failed send, which our code logs as an error.
        const mapped = level === logLevel.ERROR && String(message).startsWith('Response ') ? 'warn' : (LEVELS[level] ?? 'info');
        child[mapped](rest, String(message));
      },
  });
}

/**
 * Idempotent producer: acks from all in-sync replicas, one request in flight, so a retried send
 * neither duplicates nor reorders messages of a partition.
 */
export function createIdempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 10_000 },
  });
}
