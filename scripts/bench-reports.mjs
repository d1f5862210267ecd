// `npm run bench:reports [-- --petitions 20000 --previous 5000 --seed 20261001 --keep]`: the
// supervision reports benchmark (bench/reports/bench-reports.ts) — a synthetic quarter written as
// supervision's read model, then every bulletin, the hot topics and the appraisal computed and
// rendered on FerretDB. Starts Kafka and FerretDB if they are not running (and stops them after).
import { join } from 'node:path';
import { ensureDependencies, infra, infraRunning, root, run, waitForInfra } from './lib/workspace.mjs';

await ensureDependencies();
const started = !(await infraRunning());
if (started) await infra('start');
let code = 1;
try {
  await waitForInfra();
  code = await run(process.execPath, ['-r', '@swc-node/register', join(root, 'bench/reports/bench-reports.ts'), ...process.argv.slice(2)], {
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.json'), KAFKAJS_NO_PARTITIONER_WARNING: '1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' },
  });
} finally {
  if (started) await infra('stop');
}
process.exit(code);
