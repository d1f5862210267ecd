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
        // kafkajs' own wait retries only LEADER_NOT_AVAILABLE; a KRaft broker may first answer
        // UNKNOWN_TOPIC_OR_PARTITION for a topic it just created, so the wait below is ours.
        await admin.createTopics({
          waitForLeaders: false,
          topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: -1 })),
        });
      } catch (error) {
        // Another instance created them first.
        if (!String((error as Error).message).includes('already exists')) throw error;
      }
    }
    await waitForLeaders(admin, wanted);
    return wanted;
  } finally {
    await admin.disconnect();
  }
}

/**
 * A freshly created topic is briefly unknown to the broker: wait until every partition has a
 * leader and the leaders answer offset requests for it (what a consumer asks first).
 */
async function waitForLeaders(admin: ReturnType<Kafka['admin']>, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      if (metadata.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) {
        for (const topic of topics) await admin.fetchTopicOffsets(topic);
        return;
      }
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topics have no leaders yet: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
