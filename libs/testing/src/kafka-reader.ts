import type { Kafka, KafkaMessage } from 'kafkajs';
import { randomBytes } from 'node:crypto';

export interface ReadMessage {
  topic: string;
  partition: number;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  offset: string;
}

function toRead(topic: string, partition: number, message: KafkaMessage): ReadMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  return {
    topic,
    partition,
    key: message.key?.toString('utf8') ?? null,
    value: message.value?.toString('utf8') ?? null,
    headers,
    offset: message.offset,
  };
}

/**
 * Everything currently in the given physical topics, read from the beginning up to the high
 * watermarks taken at the start. Topics that do not exist read as empty.
 */
export async function readTopic(kafka: Kafka, topics: string[]): Promise<ReadMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  const present = topics.filter((t) => existing.has(t));
  const targets = new Map<string, number>();
  for (const topic of present) {
    for (const p of await admin.fetchTopicOffsets(topic)) {
      if (Number(p.high) > Number(p.low)) targets.set(`${topic}/${p.partition}`, Number(p.high));
    }
  }
  await admin.disconnect();
  if (!targets.size) return [];

  const out: ReadMessage[] = [];
  const consumer = kafka.consumer({ groupId: `reader-${randomBytes(6).toString('hex')}` });
  await consumer.connect();
  await consumer.subscribe({ topics: present, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const remaining = new Set(targets.keys());
    consumer
      .run({
        eachMessage: async ({ topic, partition, message }) => {
          out.push(toRead(topic, partition, message));
          const id = `${topic}/${partition}`;
          if (Number(message.offset) + 1 >= (targets.get(id) ?? 0)) remaining.delete(id);
          if (!remaining.size) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return out;
}
