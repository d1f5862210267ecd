// Builds the console's single-page app (Vite) into apps/console/dist-web and checks what the
// petitioner's first visit loads: every JavaScript chunk the entry and the petitioner's pages
// import statically, gzipped, must stay within the budget (issue 13: 300 KB). Staff pages load
// lazily and are reported, not budgeted.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'apps/console');
export const PETITIONER_BUDGET_BYTES = 300 * 1024;

const quiet = process.argv.includes('--quiet');
const checkOnly = process.argv.includes('--check-only');
// `--out-dir <dir>`: build elsewhere (to measure a change without replacing the served build).
const outIndex = process.argv.indexOf('--out-dir');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : join(app, 'dist-web');

if (!checkOnly) {
  // vite lives in the console's workspace (apps/console/node_modules or hoisted to the root).
  const { build } = await import(createRequire(join(app, 'package.json')).resolve('vite'));
  await build({ root: join(app, 'web'), logLevel: quiet ? 'warn' : 'info', configFile: join(app, 'web/vite.config.ts'), build: { outDir } });
}

const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8'));

/** A chunk and everything it imports statically (what the browser must fetch before it runs). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) closure(next, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
// Rollup names the chunk after its module (`src/areas/…/PetitionerArea.tsx`), or `_PetitionerArea-<hash>.js`
// when the chunk also holds modules it shares with the pages it loads later.
const petitionerKey = Object.keys(manifest).find((key) => key.endsWith('areas/petitioner/PetitionerArea.tsx') || manifest[key].name === 'PetitionerArea');
if (!entryKey || !petitionerKey) throw new Error('console build: entry or petitioner chunk missing from the manifest');

const firstLoad = new Set([...closure(entryKey), ...closure(petitionerKey)]);
let gzipped = 0;
const rows = [];
for (const key of firstLoad) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const size = gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
  gzipped += size;
  rows.push(`  ${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const line = `petitioner first load: ${(gzipped / 1024).toFixed(1)} KB of JavaScript gzipped (budget ${PETITIONER_BUDGET_BYTES / 1024} KB, ${rows.length} files)`;
if (gzipped > PETITIONER_BUDGET_BYTES) {
  process.stderr.write(`${line}\n${rows.join('\n')}\nOVER BUDGET: move staff-only code behind lazy imports\n`);
  process.exit(1);
}
if (!quiet) process.stdout.write(`${line}\n${rows.join('\n')}\n`);
