// Compiles every library and service (src/**/*.ts, tests excluded) to its dist/ with SWC, in
// one process, in a couple of seconds. Type checking is `npm run typecheck` (tsc --noEmit).
import { transformFile } from '@swc/core';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const isTest = (file) => /\.(spec|int-spec|sys-spec)\.ts$/.test(file);

async function buildProject(projectDir) {
  const src = join(projectDir, 'src');
  const out = join(projectDir, 'dist');
  // Files are replaced in place and stale ones removed afterwards (not the whole dist/ first),
  // so a process starting from dist/ while another build runs never finds a module missing.
  const produced = new Set();
  const jobs = [];
  for await (const file of walk(src)) {
    const rel = relative(src, file);
    if (file.endsWith('.ts') && !file.endsWith('.d.ts') && !isTest(file)) {
      jobs.push(
        (async () => {
          const target = join(out, rel.replace(/\.ts$/, '.js'));
          const { code, map } = await transformFile(file, {
            ...swcrc,
            swcrc: false,
            filename: file,
            sourceFileName: relative(dirname(target), file),
            sourceMaps: true,
          });
          await mkdir(dirname(target), { recursive: true });
          produced.add(target).add(`${target}.map`);
          await replaceFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
          await replaceFile(`${target}.map`, map);
        })(),
      );
    } else if (!file.endsWith('.ts')) {
      // JSON fixtures, catalogues, dictionaries travel with the code.
      produced.add(join(out, rel));
      jobs.push(mkdir(dirname(join(out, rel)), { recursive: true }).then(() => cp(file, join(out, rel))));
    }
  }
  await Promise.all(jobs);
  if ((await stat(out).catch(() => null))?.isDirectory()) {
    for await (const file of walk(out)) if (!produced.has(file) && !file.endsWith('.tmp')) await rm(file, { force: true });
  }
  return jobs.length;
}

/** Write through a temporary file and rename: readers see the old or the new file, never half. */
async function replaceFile(path, content) {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, path);
}

const started = Date.now();
const projects = [];
for (const group of ['libs', 'services', 'apps']) {
  for (const name of await readdir(join(root, group))) {
    const dir = join(root, group, name);
    if ((await stat(join(dir, 'src')).catch(() => null))?.isDirectory()) projects.push(dir);
  }
}
const counts = await Promise.all(projects.map(buildProject));
if (!process.argv.includes('--quiet')) {
  console.log(`built ${projects.length} projects (${counts.reduce((a, b) => a + b, 0)} files) in ${Date.now() - started} ms`);
}
