// A relay as a real process, for tests that kill it. Environment:
//   MONGO_URL, RELAY_DB, KAFKA_BROKERS, KAFKA_NAMESPACE, RELAY_BATCH_SIZE,
//   RELAY_CRASH_AFTER_BATCHES (SIGKILL itself after that many batches were acknowledged by
//   Kafka but before they are marked sent: the worst moment to die).
import { MongoClient } from 'mongodb';
import { createLogger } from '@sunshine/observability';
import { createIdempotentProducer, createKafka, OutboxRelay } from '../../src';

async function main() {
  const settings = {
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    clientId: 'relay-under-test',
    namespace: process.env.KAFKA_NAMESPACE,
  };
  const logger = createLogger('relay-under-test', 'warn');
  const client = await MongoClient.connect(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017');
  const producer = createIdempotentProducer(createKafka(settings, logger));
  await producer.connect();
  const crashAfter = Number(process.env.RELAY_CRASH_AFTER_BATCHES ?? 0);
  let batches = 0;
  const relay = new OutboxRelay({
    db: client.db(process.env.RELAY_DB),
    collections: ['aggregates'],
    producer,
    settings,
    logger,
    batchSize: Number(process.env.RELAY_BATCH_SIZE ?? 25),
    pollIntervalMs: 50,
    leaseMs: 1500,
    onPublished: (entries) => {
      if (!entries.length) return;
      batches += 1;
      process.stdout.write(`published batch ${batches} (${entries.length} events)\n`);
      if (crashAfter && batches >= crashAfter) process.kill(process.pid, 'SIGKILL');
    },
  });
  relay.start();
  process.on('SIGTERM', () => {
    void relay.stop().then(async () => {
      await producer.disconnect();
      await client.close();
      process.exit(0);
    });
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
