// `npm run -s token -- --role unit --unit <unitId>`: a development access token on stdout.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { build, root } from './lib/workspace.mjs';

const cli = join(root, 'libs/auth/dist/cli/token.js');
if (!existsSync(cli)) await build();
createRequire(import.meta.url)(cli);
