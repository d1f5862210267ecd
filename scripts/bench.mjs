// `npm run bench [-- options]`: the pipeline benchmark (bench/pipeline.ts) on the real local
// stack — installs and builds what is missing, starts Kafka and FerretDB if they are not running
// (and stops them afterwards), then runs it. Results go to bench/results/.
import { join } from 'node:path';
import { build, ensureDependencies, infra, infraRunning, root, run, waitForInfra } from './lib/workspace.mjs';

await ensureDependencies();
await build();
const started = !(await infraRunning());
if (started) await infra('start');
let code = 1;
try {
  await waitForInfra();
  code = await run(process.execPath, ['-r', '@swc-node/register', join(root, 'bench/pipeline.ts'), ...process.argv.slice(2)], {
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.json'), KAFKAJS_NO_PARTITIONER_WARNING: '1' },
  });
} finally {
  if (started) await infra('stop');
}
process.exit(code);
