import type { INestApplication } from '@nestjs/common';
import { Clock, createServiceApp, type ServiceDefinition } from '@sunshine/platform';
import { KAFKA_BROKERS, MONGO_URL } from './infra';

export interface TestServiceApp {
  app: INestApplication;
  /** The HTTP server, for supertest. */
  server: ReturnType<INestApplication['getHttpServer']>;
  close(): Promise<void>;
}

/**
 * One service in-process, on the real Kafka and database, isolated by a namespace (its topics,
 * consumer groups and database carry the namespace). Consumers run, the relay publishes.
 */
export interface StartServiceAppOptions {
  /**
   * The time the service sees (usually a `ManualClock` the test moves): every `Clock.now()` in
   * the service answers from it. Timers and polling loops keep real time.
   */
  clock?: Clock;
}

export async function startServiceApp(
  definition: Omit<ServiceDefinition, 'before'>,
  namespace: string,
  env: Record<string, string> = {},
  options: StartServiceAppOptions = {},
): Promise<TestServiceApp> {
  const settings: Record<string, string> = {
    NODE_ENV: 'test',
    KAFKA_BROKERS: KAFKA_BROKERS.join(','),
    KAFKA_NAMESPACE: namespace,
    KAFKA_PARTITIONS: '3',
    MONGO_URL,
    MONGO_DB: `${namespace}_${definition.name}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    OUTBOX_POLL_MS: '50',
    OUTBOX_SWEEP_MS: '2000',
    ...env,
  };
  const previous = Object.fromEntries(Object.keys(settings).map((k) => [k, process.env[k]]));
  Object.assign(process.env, settings);
  try {
    const app = await createServiceApp(definition);
    const { clock } = options;
    // The platform's Clock is one instance shared by every provider; before init nothing has read it yet.
    if (clock) app.get(Clock).now = () => clock.now();
    await app.init();
    return {
      app,
      server: app.getHttpServer(),
      async close() {
        await app.close();
      },
    };
  } finally {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
