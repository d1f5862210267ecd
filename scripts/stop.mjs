// `npm stop`: stops what `npm start` started (the services, then Kafka and FerretDB).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { infra, log, root, sleep } from './lib/workspace.mjs';

const pidFile = join(root, '.data', 'run', 'services.json');
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

if (existsSync(pidFile)) {
  const { launcher, services } = JSON.parse(readFileSync(pidFile, 'utf8'));
  // The launcher stops its services and the infrastructure itself when it gets SIGTERM.
  if (alive(launcher)) {
    process.kill(launcher, 'SIGTERM');
    for (let i = 0; i < 200 && alive(launcher); i += 1) await sleep(100);
  }
  for (const pid of services.filter(alive)) process.kill(pid, 'SIGTERM');
  rmSync(pidFile, { force: true });
}
await infra('stop');
log('stopped');
