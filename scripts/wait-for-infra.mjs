// Waits until Kafka serves consumer groups (right after start its group coordinator is still
// loading) and the database answers a ping. Used by `npm start`, `npm test` and Jest's setup.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Kafka, logLevel } = require('kafkajs');
const { MongoClient } = require('mongodb');

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const deadline = Date.now() + Number(process.env.INFRA_WAIT_MS ?? 90_000);

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

const mongo = await retry('database', async () => {
  const client = await MongoClient.connect(mongoUrl, { serverSelectionTimeoutMS: 2000 });
  await client.db('admin').command({ ping: 1 });
  return client;
});
await mongo.close();

const kafka = new Kafka({ clientId: 'wait-for-infra', brokers, logLevel: logLevel.NOTHING, retry: { retries: 2, initialRetryTime: 200 } });
await retry('kafka', async () => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    // Describing a group needs the group coordinator, which is what consumers wait for.
    await admin.describeGroups(['wait-for-infra']);
  } finally {
    await admin.disconnect();
  }
});
