// Waits until the database answers and Kafka really serves clients. Right after a first start
// the broker's group and transaction coordinators are still loading, so this creates a probe
// topic, sends one message with an idempotent producer and reads it back in a consumer group.
// Used by `npm start`, `npm test` and Jest's global setup.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';

const require = createRequire(import.meta.url);
const { Kafka, logLevel } = require('kafkajs');
const { MongoClient } = require('mongodb');

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const deadline = Date.now() + Number(process.env.INFRA_WAIT_MS ?? 120_000);
const PROBE_TOPIC = '__sunshine_ready';

async function retry(name, fn) {
  let lastError;
  while (Date.now() < deadline) {
    try {
      return await fn();
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`${name} not ready: ${lastError?.message}`);
}

await retry('database', async () => {
  const client = await MongoClient.connect(mongoUrl, { serverSelectionTimeoutMS: 2000 });
  try {
    await client.db('admin').command({ ping: 1 });
  } finally {
    await client.close();
  }
});

const kafka = new Kafka({ clientId: 'wait-for-infra', brokers, logLevel: logLevel.NOTHING, retry: { retries: 3, initialRetryTime: 200 } });
await retry('kafka topics', async () => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(PROBE_TOPIC)) {
      await admin.createTopics({ topics: [{ topic: PROBE_TOPIC, numPartitions: 1 }], waitForLeaders: true });
    }
    const [meta] = (await admin.fetchTopicMetadata({ topics: [PROBE_TOPIC] })).topics;
    if (!meta.partitions.every((p) => p.leader >= 0)) throw new Error('no leader yet');
  } finally {
    await admin.disconnect();
  }
});
const marker = randomBytes(8).toString('hex');
await retry('kafka producer', async () => {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    await producer.send({ topic: PROBE_TOPIC, acks: -1, messages: [{ key: 'probe', value: marker }] });
  } finally {
    await producer.disconnect();
  }
});
await retry('kafka consumer group', async () => {
  const consumer = kafka.consumer({ groupId: `wait-for-infra-${marker}`, retry: { retries: 3 } });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [PROBE_TOPIC], fromBeginning: true });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('probe message not consumed in time')), 20_000);
      consumer
        .run({
          eachMessage: async ({ message }) => {
            if (message.value?.toString() === marker) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
});
