import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { KAFKA_BROKERS, MONGO_URL, REPO_ROOT, startProcess, testNamespace, waitUntil, type StartedProcess } from '@sunshine/testing';
import { buildOnce } from '@sunshine/testing';
import { http } from './support/system';

function service(name: string, env: Record<string, string>): StartedProcess {
  return startProcess(process.execPath, [join(REPO_ROOT, 'services', name, 'dist', 'main.js')], {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    KAFKA_BROKERS: KAFKA_BROKERS.join(','),
    MONGO_URL,
    LOG_LEVEL: 'info',
    ...env,
  });
}

describe('every service process', () => {
  beforeAll(() => buildOnce());

  it('refuses to start on invalid configuration, saying which setting is wrong', async () => {
    const bad = service('handling', { PORT: '0', KAFKA_PARTITIONS: 'zero', MONGO_URL: 'postgres://nope' });
    const { code } = await bad.exited;
    expect(code).toBe(1);
    expect(bad.output()).toContain('KAFKA_PARTITIONS');
    expect(bad.output()).toContain('MONGO_URL');
  });

  it('refuses to start in production without real token verification keys', async () => {
    const prod = service('feedback', { PORT: '0', NODE_ENV: 'production', KAFKA_NAMESPACE: testNamespace('prod') });
    const { code } = await prod.exited;
    expect(code).toBe(1);
    expect(prod.output()).toMatch(/AUTH_ISSUER|AUTH_PUBLIC_KEYS/);
  });

  it('reports health, serves its API documentation, and stops cleanly on SIGTERM', async () => {
    const namespace = testNamespace('life');
    const port = String(40_000 + Math.floor(Math.random() * 10_000));
    const supervision = service('supervision', { PORT: port, KAFKA_NAMESPACE: namespace, MONGO_DB: `${namespace}_supervision` });
    try {
      const base = `http://127.0.0.1:${port}`;
      const health = await waitUntil(() => http('GET', `${base}/health`), (r) => r.status === 200, { timeoutMs: 60_000, message: 'healthy' });
      expect(health.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, kafka: { status: 'up' } } });
      const docs = await fetch(`${base}/docs`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('swagger');
      const spec = await http('GET', `${base}/docs-json`);
      expect(spec.body.openapi).toMatch(/^3\./);
      expect(Object.keys(spec.body.paths)).toContain('/health');
      const unauthenticated = await http('GET', `${base}/api/v1/units/town-fulu/summary`);
      expect(unauthenticated.status).toBe(401);
      expect(unauthenticated.body.code).toBe('AUTH.UNAUTHENTICATED');
    } finally {
      const { code, signal } = await supervision.kill('SIGTERM');
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    }
    expect(supervision.output()).not.toContain('"level":"error"');
  });

  it('takes /health down and exits non-zero when its consumer dies with the broker, instead of idling', async () => {
    // A private broker, so that killing it disturbs nobody else.
    const dataDir = mkdtempSync(join(tmpdir(), 'sunshine-private-kafka-'));
    const kafkaPort = String(19_000 + Math.floor(Math.random() * 500) * 2);
    const infraEnv = { ...process.env, SUNSHINE_DATA_DIR: dataDir, KAFKA_PORT: kafkaPort, KAFKA_CONTROLLER_PORT: String(Number(kafkaPort) + 1) };
    execFileSync('bash', [join(REPO_ROOT, 'deploy/local/infra.sh'), 'start', 'kafka'], { env: infraEnv, stdio: 'ignore' });
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/wait-for-infra.mjs')], { env: { ...infraEnv, KAFKA_BROKERS: `127.0.0.1:${kafkaPort}` }, stdio: 'ignore' });
    const namespace = testNamespace('crash');
    const port = String(40_000 + Math.floor(Math.random() * 10_000));
    const routing = service('routing', {
      PORT: port,
      KAFKA_BROKERS: `127.0.0.1:${kafkaPort}`,
      KAFKA_NAMESPACE: namespace,
      MONGO_DB: `${namespace}_routing`,
      KAFKA_RETRIES: '1',
      CONSUMER_MAX_RESTARTS: '1',
      FATAL_EXIT_DELAY_MS: '4000',
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      // A freshly started private broker and routing's start (classifier training, the embedding
      // model) take longer on a busy machine; health is what is awaited, not a speed.
      await waitUntil(() => http('GET', `${base}/health`), (r) => r.status === 200, { timeoutMs: 150_000, message: 'healthy' }).catch((error: Error) => {
        throw new Error(`${error.message}\nrouting said:\n${routing.output().slice(-3000)}`);
      });

      const brokerPid = Number(readFileSync(join(dataDir, 'run', 'kafka.pid'), 'utf8'));
      process.kill(brokerPid, 'SIGKILL');

      const down = await waitUntil(
        () => http('GET', `${base}/health`).catch(() => ({ status: 0, body: null })),
        (r) => r.status === 503,
        { timeoutMs: 60_000, intervalMs: 200, message: '/health down' },
      );
      expect(down.body.error.kafka.status).toBe('down');
      const { code } = await Promise.race([
        routing.exited,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running:\n${routing.output().slice(-3000)}`)), 120_000)),
      ]);
      expect(code).toBe(1);
      expect(routing.output()).toContain('consumer stopped for good');
    } finally {
      await routing.kill('SIGKILL');
      execFileSync('bash', [join(REPO_ROOT, 'deploy/local/infra.sh'), 'stop', 'kafka'], { env: infraEnv, stdio: 'ignore' });
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 420_000);
});
