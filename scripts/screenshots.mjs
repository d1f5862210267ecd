// `npm run screenshots`: runs the browser test and keeps what each person sees in docs/screenshots/
// (each role's main screen in zh-CN, the petitioner's pages on a phone). Starts the infrastructure
// when it is not running, and stops what it started.
import { join } from 'node:path';
import { build, ensureDependencies, infra, infraRunning, log, root, run, waitForInfra } from './lib/workspace.mjs';

await ensureDependencies();
await build();
const started = !(await infraRunning());
if (started) await infra('start');
let code = 1;
try {
  await waitForInfra();
  code = await run(process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '--selectProjects', 'browser', '--runInBand', '--forceExit'], {
    env: { ...process.env, SCREENSHOTS_DIR: join(root, 'docs/screenshots'), KAFKAJS_NO_PARTITIONER_WARNING: '1' },
  });
} finally {
  if (started) await infra('stop').catch(() => undefined);
}
log(code === 0 ? 'screenshots written to docs/screenshots/' : 'the browser test failed; screenshots may be incomplete');
process.exit(code);
