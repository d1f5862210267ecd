import type { Kafka } from 'kafkajs';
import { deadLetterTopic } from '@sunshine/contracts';
import { physicalTopic, type KafkaSettings } from './kafka';

/**
 * Create (if missing) the topics a service publishes and consumes, and the dead-letter topics
 * of the ones it consumes. Safe to call from every instance at every start.
 */
export async function ensureTopics(
  kafka: Kafka,
  settings: KafkaSettings,
  topics: { publishes: readonly string[]; consumes: readonly string[] },
  partitions = 12,
): Promise<string[]> {
  const logical = new Set([...topics.publishes, ...topics.consumes, ...topics.consumes.map(deadLetterTopic)]);
  const wanted = [...logical].map((t) => physicalTopic(settings, t));
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length) {
      try {
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: -1 })),
        });
      } catch (error) {
        // Another instance created them first.
        if (!String((error as Error).message).includes('already exists')) throw error;
      }
    }
    return wanted;
  } finally {
    await admin.disconnect();
  }
}
