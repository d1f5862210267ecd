import { createEvent, fixtureOf, Topics, type DomainEvent } from '@sunshine/contracts';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, publishEvents, startServiceApp, testKafka, testNamespace, type TestServiceApp } from '@sunshine/testing';
import type { MongoClient } from 'mongodb';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../../src/app.module';
import { SERVICE } from '../../src/service';

/** A petitioner's blind index as intake would publish it: random, so every call is another person. */
export const ref = () => randomBytes(32).toString('base64url').slice(0, 43);

export interface RegistrationOptions {
  /** Case numbers are SW-2026-<caseNumberBase + n>, n counting from 1 (keep specs' numbers apart). */
  caseNumberBase: number;
  /** Correlation ids are `<correlation>-<caseNumberBase + n>`. */
  correlation: string;
  /** A new petitioner for every petition (default); false keeps the fixture's petitioner unless overridden. */
  freshPetitioner?: boolean;
}

/** A builder of `petition.registered` events as intake publishes them, from the contracts' fixture. */
export function registrations({ caseNumberBase, correlation, freshPetitioner = true }: RegistrationOptions) {
  let sequence = caseNumberBase;
  return (overrides: Record<string, unknown> = {}): DomainEvent => {
    sequence += 1;
    const key = ref();
    const payload = {
      ...fixtureOf('petition.registered').payload,
      caseNumber: `SW-2026-${String(sequence).padStart(6, '0')}`,
      ...(freshPetitioner ? { petitionerRef: key, petitionerKeys: { phone: key } } : {}),
      confidential: false,
      receivedAt: new Date().toISOString(),
      area: undefined,
      ...overrides,
    };
    return createEvent('petition.registered', { petitionId: uuidv7() }, payload as never, { producer: 'intake', correlationId: `${correlation}-${sequence}` });
  };
}

export interface RoutingRunning {
  service: TestServiceApp;
  /** Collects what routing publishes (routing.events.v1). */
  out: EventCollector;
  mongo: MongoClient;
}

/**
 * Routing in-process on the real Kafka and FerretDB for one spec, in its own namespace: `start()`
 * in beforeAll, `stop()` in afterAll (it drops the spec's database), `publish()` for the events
 * other services would send, `restart()` for a service that must come back on the same data.
 */
export function routingTestKit(name: string, env: Record<string, string> = {}) {
  const namespace = testNamespace(name);
  const kafka = testKafka();
  const producer = createIdempotentProducer(kafka);
  let running: Partial<RoutingRunning> = {};
  const startService = () => startServiceApp({ ...SERVICE, module: AppModule }, namespace, env);

  return {
    namespace,
    /** The spec's routing database. */
    db: () => running.mongo!.db(`${namespace}_routing`),
    publish: (...events: DomainEvent[]) => publishEvents(producer, namespace, events),

    async start(): Promise<RoutingRunning> {
      running.service = await startService();
      await producer.connect();
      running.out = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.routing)]).start();
      running.mongo = await connectMongo();
      return running as RoutingRunning;
    },

    /** Closes the service and starts it again (same namespace, same database). */
    async restart(): Promise<TestServiceApp> {
      await running.service!.close();
      running.service = await startService();
      return running.service;
    },

    async stop(): Promise<void> {
      await running.out?.stop();
      await producer.disconnect();
      await running.service?.close();
      await running.mongo?.db(`${namespace}_routing`).dropDatabase();
      await running.mongo?.close();
      running = {};
    },
  };
}
