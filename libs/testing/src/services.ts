import { createServer } from 'node:net';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { KAFKA_BROKERS, MONGO_URL } from './infra';
import { REPO_ROOT, startProcess, type StartedProcess } from './process';
import { waitUntil } from './wait';

export const SERVICE_NAMES = ['intake', 'routing', 'handling', 'feedback', 'supervision'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface RunningSystem {
  namespace: string;
  url: Record<ServiceName, string>;
  processes: Partial<Record<ServiceName, StartedProcess>>;
  /**
   * The services' common clock, when started with `{ movableClock: true }`: every service reads
   * its offset from one file (`CLOCK_OFFSET_FILE`), so moving it moves all of them at once.
   */
  clock: SystemClockControl;
  /** Everything every service logged so far. */
  logs(): string;
  /** Restart one service (after a kill) with the same settings. */
  restart(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

export interface StartServicesOptions {
  /** Give every service a clock this test can move (`system.clock.advance(…)`); only `Clock.now()` moves. */
  movableClock?: boolean;
}

/** Moves the time every service's `Clock.now()` reads; timers and polling keep real time. */
export interface SystemClockControl {
  /** The file the services read (`.data/test-logs/<namespace>/clock-offset`). */
  readonly file: string | undefined;
  /** The offset set so far, in milliseconds. */
  offsetMs(): number;
  /** Move every service's time forward (or back, with negative values) and wait until they all see it. */
  advance(by: { days?: number; hours?: number; ms?: number }): Promise<void>;
  /** Set the offset from real time, in milliseconds, and wait until every service sees it. */
  set(offsetMs: number): Promise<void>;
}

/** How often a FileOffsetClock looks at its file (libs/platform), and a margin on top. */
const CLOCK_FILE_CHECK_MS = 200;
const CLOCK_SETTLE_MS = CLOCK_FILE_CHECK_MS + 100;

function clockControl(file: string | undefined): SystemClockControl {
  let offset = 0;
  const set = async (offsetMs: number) => {
    if (!file) throw new Error('the services were started without { movableClock: true }');
    offset = offsetMs;
    // Written aside and renamed, so a service never reads half a number.
    writeFileSync(`${file}.tmp`, String(offsetMs));
    renameSync(`${file}.tmp`, file);
    // Each service looks at the file at most every CLOCK_FILE_CHECK_MS: after that, every
    // Clock.now() in every service reads the new time. A bounded wait, not a guess.
    await new Promise((resolve) => setTimeout(resolve, CLOCK_SETTLE_MS));
  };
  return {
    file,
    offsetMs: () => offset,
    set,
    advance: ({ days = 0, hours = 0, ms = 0 }) => set(offset + days * 86_400_000 + hours * 3_600_000 + ms),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let built = false;

/** Compile once per test run (SWC, ~1 s); the services then start from dist/ like in production. */
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
  built = true;
}

/**
 * Services as separate processes (compiled dist/, like production) on the real Kafka and
 * FerretDB, isolated by a namespace (topics, consumer groups, databases), on free ports.
 */
export async function startServices(
  namespace: string,
  names: readonly ServiceName[] = SERVICE_NAMES,
  extraEnv: Partial<Record<ServiceName | 'all', Record<string, string>>> = {},
  options: StartServicesOptions = {},
): Promise<RunningSystem> {
  buildOnce();
  const logDir = join(REPO_ROOT, '.data', 'test-logs', namespace);
  mkdirSync(logDir, { recursive: true });
  const clockFile = options.movableClock ? join(logDir, 'clock-offset') : undefined;
  if (clockFile) writeFileSync(clockFile, '0');
  const ports = Object.fromEntries(await Promise.all(SERVICE_NAMES.map(async (name) => [name, await freePort()]))) as Record<ServiceName, number>;
  const url = Object.fromEntries(SERVICE_NAMES.map((name) => [name, `http://127.0.0.1:${ports[name]}`])) as Record<ServiceName, string>;
  const processes: Partial<Record<ServiceName, StartedProcess>> = {};

  const launch = (name: ServiceName) => {
    processes[name] = startProcess(process.execPath, ['--enable-source-maps', join(REPO_ROOT, 'services', name, 'dist', 'main.js')], {
      NODE_ENV: 'test',
      PORT: String(ports[name]),
      HOST: '127.0.0.1',
      KAFKA_BROKERS: KAFKA_BROKERS.join(','),
      KAFKA_NAMESPACE: namespace,
      KAFKA_PARTITIONS: '3',
      MONGO_URL,
      MONGO_DB: `${namespace}_${name}`,
      LOG_LEVEL: 'info',
      OUTBOX_POLL_MS: '50',
      OUTBOX_SWEEP_MS: '2000',
      INTAKE_PUBLIC_RATE_LIMIT: '100000',
      FEEDBACK_PUBLIC_RATE_LIMIT: '100000',
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      ...(clockFile ? { CLOCK_OFFSET_FILE: clockFile } : {}),
      ...extraEnv.all,
      ...extraEnv[name],
    });
  };
  const healthy = (name: ServiceName) =>
    waitUntil(
      async () => (await fetch(`${url[name]}/health`, { signal: AbortSignal.timeout(5000) })).status,
      (status) => status === 200,
      // Five services start at once on two cores beside Kafka and FerretDB; routing also trains its
      // classifier: once in a CI run it took longer than 90 s to answer. Waiting costs nothing when it is up.
      { timeoutMs: 180_000, intervalMs: 250, message: `${name} healthy` },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- ${name} output ---\n${processes[name]!.output().slice(-4000)}`);
    });

  names.forEach(launch);
  try {
    await Promise.all(names.map(healthy));
  } catch (error) {
    await Promise.all(names.map((name) => processes[name]!.kill('SIGKILL')));
    throw error;
  }

  return {
    namespace,
    url,
    processes,
    clock: clockControl(clockFile),
    logs: () => names.map((name) => processes[name]!.output()).join('\n'),
    async restart(name) {
      await processes[name]?.kill('SIGKILL');
      launch(name);
      await healthy(name);
    },
    async stop() {
      await Promise.all(names.map((name) => processes[name]!.kill('SIGTERM')));
    },
  };
}
