import type { Collection, MongoClient } from 'mongodb';
import { createEvent, deadLetterTopic, fixtureOf, Topics, type DomainEvent } from '@sunshine/contracts';
import { createLogger } from '@sunshine/observability';
import { connectMongo, kafkaSettings, readTopic, testKafka, testNamespace, waitUntil } from '@sunshine/testing';
import {
  applyOnce,
  createIdempotentProducer,
  ensureTopics,
  EventConsumer,
  PermanentEventError,
  physicalTopic,
  type EventHandler,
} from '../src';

const logger = createLogger('consumer-test', 'fatal');

function accepted(petitionId: string): DomainEvent {
  return createEvent('case.accepted', { petitionId }, fixtureOf('case.accepted').payload, {
    producer: 'handling',
    correlationId: `c-${petitionId}`,
  });
}

describe('the event consumer', () => {
  let mongo: MongoClient;
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    mongo = await connectMongo();
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await mongo.close();
  });

  async function setUp(label: string, handler: EventHandler, options: { sessionTimeoutMs?: number; heartbeatIntervalMs?: number } = {}) {
    const namespace = testNamespace(label);
    const settings = kafkaSettings(namespace);
    const kafka = testKafka(namespace);
    await ensureTopics(kafka, settings, { publishes: [Topics.handling], consumes: [Topics.handling] }, 3);
    const producer = createIdempotentProducer(kafka);
    await producer.connect();
    const consumer = new EventConsumer({
      kafka,
      settings,
      groupId: 'under-test',
      topics: [Topics.handling],
      producer,
      logger,
      handler,
      retryBackoffMs: 20,
      ...options,
    });
    cleanups.push(() => producer.disconnect(), () => consumer.stop());
    const send = (messages: { key: string; value: string }[]) =>
      producer.send({ topic: physicalTopic(settings, Topics.handling), acks: -1, messages });
    const deadLetters = () => readTopic(kafka, [physicalTopic(settings, deadLetterTopic(Topics.handling))]);
    return { namespace, kafka, consumer, send, deadLetters };
  }

  it('sends a poison event to the dead-letter topic with the reason and keeps consuming', async () => {
    const effects: Collection<{ _id: string; count: number }> = mongo.db(testNamespace('dlq')).collection('effects');
    cleanups.push(() => effects.db.dropDatabase());
    const attempts = new Map<string, number>();
    const { consumer, send, deadLetters } = await setUp('dlq', async (event) => {
      attempts.set(event.petitionId!, (attempts.get(event.petitionId!) ?? 0) + 1);
      if (event.petitionId === 'always-fails') throw new Error('handler cannot cope');
      if (event.petitionId === 'refused') throw new PermanentEventError('contradicts the state', 'CASE.NOT_FOUND');
      return applyOnce(effects, { _id: event.petitionId! }, event.id, { $inc: { count: 1 } }, { upsert: true });
    });
    await consumer.start();

    const good1 = accepted('good-1');
    const broken = { ...accepted('broken'), payload: { caseNumber: 'nope' } };
    const fails = accepted('always-fails');
    const refused = accepted('refused');
    const good2 = accepted('good-2');
    // All on one key, hence one partition: the later good event must get past the poison ones.
    await send([
      { key: 'k', value: JSON.stringify(good1) },
      { key: 'k', value: '{not json' },
      { key: 'k', value: JSON.stringify(broken) },
      { key: 'k', value: JSON.stringify(fails) },
      { key: 'k', value: JSON.stringify(refused) },
      { key: 'k', value: JSON.stringify(good2) },
    ]);

    await waitUntil(() => effects.countDocuments(), (n) => n === 2, { timeoutMs: 20_000, message: 'both good events' });
    const dlq = await waitUntil(deadLetters, (m) => m.length === 4, { timeoutMs: 20_000, message: 'four dead letters' });

    expect(dlq.map((m) => m.headers['dlq-reason'])).toEqual([
      expect.stringContaining('not valid JSON'),
      expect.stringContaining('invalid case.accepted payload'),
      expect.stringContaining('handler cannot cope'),
      expect.stringContaining('contradicts the state'),
    ]);
    expect(dlq[3].value).toBe(JSON.stringify(refused)); // the original bytes, untouched
    expect(dlq[2].headers['dlq-attempts']).toBe('4');
    expect(dlq[2].headers['dlq-consumer-group']).toBe('under-test');
    expect(attempts.get('always-fails')).toBe(4); // capped retries
    expect(attempts.get('refused')).toBe(1); // permanent: no retry
    expect(consumer.stats.deadLettered).toBe(4);
    expect(consumer.state).toBe('running');
  }, 60_000);

  it('keeps its group membership through a handler that runs longer than the session timeout', async () => {
    let calls = 0;
    const { consumer, send } = await setUp(
      'heartbeat',
      async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 10_000));
        return 'applied';
      },
      { sessionTimeoutMs: 6000, heartbeatIntervalMs: 1000 },
    );
    let joins = 0;
    await consumer.start();
    const inner = (consumer as unknown as { consumer: import('kafkajs').Consumer }).consumer;
    inner.on(inner.events.GROUP_JOIN, () => (joins += 1));

    await send([{ key: 'slow', value: JSON.stringify(accepted('slow')) }]);
    await waitUntil(() => consumer.stats.applied, (n) => n === 1, { timeoutMs: 30_000, message: 'the slow event' });
    // Give the coordinator the chance to evict us had the heartbeats stopped.
    await send([{ key: 'slow', value: JSON.stringify(accepted('after')) }]);
    await waitUntil(() => consumer.stats.applied, (n) => n === 2, { timeoutMs: 30_000, message: 'the next event' });

    expect(calls).toBe(2);
    expect(joins).toBe(0); // no rebalance: the member was never thrown out of the group
  }, 60_000);
});
