// `npm start`: installs what is missing, starts Kafka and FerretDB, builds and starts the five
// services, and prints their URLs. Ctrl-C (or `npm stop` from another terminal) stops it all.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build, CONSOLE, ensureDependencies, infra, log, root, SERVICES, waitForHealthy, waitForInfra } from './lib/workspace.mjs';

// The five services, then the console in front of them (its own process, port 3000).
const PROCESSES = [
  ...SERVICES.map((s) => ({ ...s, main: join(root, 'services', s.name, 'dist', 'main.js') })),
  { ...CONSOLE, main: join(root, 'apps', 'console', 'dist', 'main.js') },
];

const COLORS = [32, 33, 34, 35, 36, 31];
const logDir = join(root, '.data', 'logs');
const pidFile = join(root, '.data', 'run', 'services.json');

function pretty(name, color, line) {
  let text = line;
  try {
    const entry = JSON.parse(line);
    const time = (entry.time ?? '').slice(11, 19);
    const extra = entry.err ? ` — ${entry.err.message ?? entry.err}` : '';
    text = `${time} ${String(entry.level ?? '').padEnd(5)} ${entry.msg ?? ''}${extra}`;
  } catch {
    // not JSON: print as is
  }
  process.stdout.write(`\x1b[${color}m${name.padEnd(11)}\x1b[0m ${text}\n`);
}

const children = [];
let stopping = false;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  log('stopping the services…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
        }),
    ),
  );
  rmSync(pidFile, { force: true });
  log('stopping Kafka and FerretDB…');
  await infra('stop').catch(() => undefined);
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  await ensureDependencies();
  log('building…');
  await build();
  log('starting Kafka and FerretDB (the first start downloads and builds them)…');
  await infra('start');
  await waitForInfra();

  mkdirSync(logDir, { recursive: true });
  PROCESSES.forEach(({ name, main }, index) => {
    const child = spawn(process.execPath, ['--enable-source-maps', main], {
      cwd: root,
      env: { NODE_ENV: 'development', ...process.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const file = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
    for (const stream of [child.stdout, child.stderr]) {
      stream.pipe(file, { end: false });
      createInterface({ input: stream }).on('line', (line) => pretty(name, COLORS[index], line));
    }
    child.on('exit', (code, signal) => {
      if (!stopping) {
        log(`${name} exited (${signal ?? code}); stopping everything`);
        void stopAll(1);
      }
    });
  });
  mkdirSync(join(root, '.data', 'run'), { recursive: true });
  writeFileSync(pidFile, JSON.stringify({ launcher: process.pid, services: children.map((c) => c.pid) }));

  const healthy = await Promise.all(PROCESSES.map(({ port }) => waitForHealthy(`http://127.0.0.1:${port}/health`)));
  if (healthy.includes(false)) {
    log(`not healthy: ${PROCESSES.filter((_, i) => !healthy[i]).map((s) => s.name).join(', ')}`);
    await stopAll(1);
  }
  const table = SERVICES.map(
    ({ name, port }) => `  ${name.padEnd(12)} http://127.0.0.1:${port}   docs: http://127.0.0.1:${port}/docs   health: /health`,
  ).join('\n');
  process.stdout.write(`\n\x1b[1mSunshine Petitions is up\x1b[0m\n  console      http://127.0.0.1:${CONSOLE.port}   (petitioners at /, staff sign-in at /signin; APIs at /api/<service>/)\n${table}\n  Kafka        127.0.0.1:9092\n  MongoDB API  mongodb://127.0.0.1:27017 (FerretDB)\n  logs         .data/logs/\n\nCtrl-C or \`npm stop\` stops everything.\n\n`);
} catch (error) {
  log(error.message);
  await stopAll(1);
}
