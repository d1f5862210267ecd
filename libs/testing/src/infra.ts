import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';

export const KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
export const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';

/**
 * A fresh namespace for one suite: prefix of its topics and consumer groups and name of its
 * databases. Lower-case letters and digits only, so it is valid everywhere.
 */
export function testNamespace(label = 't'): string {
  const clean = label.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12) || 't';
  return `${clean}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** Kafka settings (the shape @sunshine/messaging takes) for a namespace. */
export function kafkaSettings(namespace: string, clientId = 'test') {
  return { brokers: KAFKA_BROKERS, clientId, namespace };
}

/** A plain kafkajs client for tests, quiet unless something is wrong. */
export function testKafka(_namespace?: string, clientId = 'test'): Kafka {
  return new Kafka({ clientId, brokers: KAFKA_BROKERS, logLevel: logLevel.ERROR, retry: { retries: 8, initialRetryTime: 200 } });
}

export async function connectMongo(): Promise<MongoClient> {
  return MongoClient.connect(MONGO_URL, { serverSelectionTimeoutMS: 5000 });
}
