// Shared by `npm start`, `npm stop` and `npm test`: install what is missing, build, run commands.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const SERVICES = [
  { name: 'intake', port: 3001 },
  { name: 'routing', port: 3002 },
  { name: 'handling', port: 3003 },
  { name: 'feedback', port: 3004 },
  { name: 'supervision', port: 3005 },
];

/** The web console: one origin for the browser, the five services behind /api/<service>/. */
export const CONSOLE = { name: 'console', port: 3000 };

export function log(message) {
  process.stderr.write(`\x1b[36m[sunshine]\x1b[0m ${message}\n`);
}

/** Run a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      log(`${command}: ${error.message}`);
      resolve(127);
    });
  });
}

export async function mustRun(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${code}`);
}

/** `npm ci` on a fresh clone, `npm install` when package-lock.json changed since the last install. */
export async function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) {
    log('installing dependencies (npm ci)…');
    await mustRun('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  } else if (statSync(join(root, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs + 1000) {
    log('package-lock.json changed: installing dependencies…');
    await mustRun('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  }
  // Routing's sentence-embedding model, from Maven Central into the cache (a checksum check when present).
  await mustRun(process.execPath, [join(root, 'scripts/fetch-model.mjs'), '--quiet']);
}

/** The services and libraries (SWC), then the console's single-page app (Vite) with its size check. */
export async function build() {
  await mustRun(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet']);
  await mustRun(process.execPath, [join(root, 'scripts/build-console.mjs'), '--quiet']);
}

export function infra(action) {
  return mustRun('bash', [join(root, 'deploy/local/infra.sh'), action]);
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * True when Kafka and the database already answer: started by this checkout, or by another one
 * on the same machine (then it is used as it is, and left running).
 */
export async function infraRunning() {
  if (spawnSync('bash', [join(root, 'deploy/local/infra.sh'), 'status'], { cwd: root, stdio: 'ignore' }).status === 0) return true;
  const kafka = Number(process.env.KAFKA_PORT ?? 9092);
  const mongo = Number(process.env.MONGO_PORT ?? 27017);
  return (await portOpen(kafka)) && (await portOpen(mongo));
}

export function waitForInfra() {
  return mustRun(process.execPath, [join(root, 'scripts/wait-for-infra.mjs')]);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves true once GET url answers 200, false at the deadline. */
export async function waitForHealthy(url, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await sleep(300);
  }
  return false;
}
