import type { Collection, Db, MongoClient } from 'mongodb';
import { createEvent, fixtureOf, Topics, type DomainEvent } from '@sunshine/contracts';
import { createLogger } from '@sunshine/observability';
import {
  connectMongo,
  KAFKA_BROKERS,
  MONGO_URL,
  startTsProcess,
  testKafka,
  testNamespace,
  waitUntil,
  type StartedProcess,
} from '@sunshine/testing';
import {
  applyOnce,
  createIdempotentProducer,
  ensureTopics,
  EventConsumer,
  OUTBOX_INDEX,
  outboxFields,
} from '../src';

const RELAY = 'libs/messaging/test/support/relay-process.ts';
const DOCS = 500;
const EVENTS_PER_DOC = 2;
const TOTAL = DOCS * EVENTS_PER_DOC;

interface Effect {
  _id: string;
  count: number;
  order: string[];
}

function eventsFor(petitionId: string, n: number): DomainEvent[] {
  const caseNumber = `SW-2026-${String(n).padStart(6, '0')}`;
  const meta = { producer: 'handling' as const, correlationId: `load-${n}` };
  return [
    createEvent('case.accepted', { petitionId }, { ...fixtureOf('case.accepted').payload, caseNumber }, meta),
    createEvent('case.replied', { petitionId }, { ...fixtureOf('case.replied').payload, caseNumber }, meta),
  ];
}

describe('the outbox relay under a real process kill', () => {
  const namespace = testNamespace('relay');
  const kafka = testKafka(namespace);
  const settings = { brokers: KAFKA_BROKERS, clientId: 'test', namespace };
  const logger = createLogger('relay-test', 'warn');
  const producer = createIdempotentProducer(kafka);
  let mongo: MongoClient;
  let db: Db;
  let effects: Collection<Effect>;
  let consumer: EventConsumer;
  const relays: StartedProcess[] = [];

  const relayEnv = (extra: Record<string, string> = {}) => ({
    MONGO_URL,
    RELAY_DB: namespace,
    KAFKA_BROKERS: KAFKA_BROKERS.join(','),
    KAFKA_NAMESPACE: namespace,
    RELAY_BATCH_SIZE: '25',
    ...extra,
  });
  const appliedCount = async () =>
    (await effects.find({}).toArray()).reduce((sum, effect) => sum + effect.count, 0);

  beforeAll(async () => {
    mongo = await connectMongo();
    db = mongo.db(namespace);
    effects = db.collection<Effect>('effects');
    await db.collection('aggregates').createIndex(OUTBOX_INDEX.key, { name: OUTBOX_INDEX.name });
    await ensureTopics(kafka, settings, { publishes: [Topics.handling], consumes: [Topics.handling] });
    await producer.connect();
    consumer = new EventConsumer({
      kafka,
      settings,
      groupId: 'effects',
      topics: [Topics.handling],
      producer,
      logger,
      handler: async (event) =>
        applyOnce(effects, { _id: event.petitionId! }, event.id, { $inc: { count: 1 }, $push: { order: event.type } }, { upsert: true }),
    });
    await consumer.start();
  });

  afterAll(async () => {
    await Promise.all(relays.map((r) => r.kill('SIGKILL')));
    await consumer?.stop();
    await producer.disconnect();
    await db?.dropDatabase();
    await mongo?.close();
  });

  it('publishes 1,000 events exactly once in effect although the relay died twice and Kafka delivered some twice', async () => {
    const aggregates = db.collection('aggregates');
    await aggregates.insertMany(
      Array.from({ length: DOCS }, (_, i) => {
        const id = `p-${String(i).padStart(4, '0')}`;
        return { _id: id as never, state: 'replied', ...outboxFields(eventsFor(id, i + 1)) };
      }),
    );

    // 1. A relay that dies by SIGKILL right after Kafka acknowledged its 4th batch and before
    //    it could mark that batch sent: those 50 events will be published again.
    const crashing = startTsProcess(RELAY, relayEnv({ RELAY_CRASH_AFTER_BATCHES: '4' }));
    relays.push(crashing);
    const first = await crashing.exited;
    expect(first.signal).toBe('SIGKILL');
    expect(crashing.output()).toContain('published batch 4');

    // 2. A relay killed from outside, mid-way, at whatever point it has reached.
    const interrupted = startTsProcess(RELAY, relayEnv());
    relays.push(interrupted);
    await waitUntil(() => consumer.stats.applied, (n) => n >= TOTAL * 0.5, { timeoutMs: 60_000, message: 'half of the effects' });
    const second = await interrupted.kill('SIGKILL');
    expect(second.signal).toBe('SIGKILL');
    expect(await appliedCount()).toBeLessThan(TOTAL);

    // 3. A relay that finishes the job.
    const finishing = startTsProcess(RELAY, relayEnv());
    relays.push(finishing);
    await waitUntil(() => aggregates.countDocuments({ outboxPending: true }), (n) => n === 0, {
      timeoutMs: 60_000,
      intervalMs: 250,
      message: 'an empty outbox',
    });
    await waitUntil(() => consumer.stats.applied, (n) => n >= TOTAL, { timeoutMs: 60_000, message: 'all effects' });
    await waitUntil(() => consumer.stats.delivered, (n) => n > TOTAL, { timeoutMs: 10_000, message: 'redeliveries' });

    expect(await appliedCount()).toBe(TOTAL);
    expect(consumer.stats.applied).toBe(TOTAL);
    expect(consumer.stats.duplicates).toBeGreaterThanOrEqual(50);
    expect(consumer.stats.delivered).toBe(consumer.stats.applied + consumer.stats.duplicates);
    const perDocument = await effects.find({}).toArray();
    expect(perDocument).toHaveLength(DOCS);
    // Events of one petition arrive in the order they were written, duplicates aside.
    for (const effect of perDocument) {
      expect(effect.count).toBe(EVENTS_PER_DOC);
      expect(effect.order).toEqual(['case.accepted', 'case.replied']);
    }
    expect(await aggregates.countDocuments({ 'outbox.0': { $exists: true } })).toBe(0);
  }, 180_000);
});
