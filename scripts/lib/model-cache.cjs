// The routing service's sentence-embedding model in the project cache: fetched from Maven Central
// (the only place such a model can come from here: no model hub is reachable), extracted, checked
// against the SHA-256 sums committed in services/routing/data/embedding-model.json.
//
// CommonJS so that both scripts/fetch-model.mjs and a Jest spec (which cannot import ES modules)
// can load it.
'use strict';

const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, renameSync, rmSync } = require('node:fs');
const { homedir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const MANIFEST_PATH = join(root, 'services', 'routing', 'data', 'embedding-model.json');

/** The committed description of the model: artifact, file names inside the jar, checksums. */
function readManifest(path = MANIFEST_PATH) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The same cache as deploy/local/infra.sh (Kafka, FerretDB): SUNSHINE_CACHE_DIR, else XDG_CACHE_HOME or ~/.cache. */
function cacheRoot(env = process.env) {
  return env.SUNSHINE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'sunshine-petitions');
}

/** One folder per model and artifact version, so a version change is fetched anew. */
function modelDir(manifest = readManifest(), env = process.env) {
  const version = manifest.artifact.split(':').pop();
  return join(cacheRoot(env), 'models', `${manifest.name}-${version}`);
}

function sha256File(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Throws unless the file's SHA-256 is `expected`; returns the digest. */
function verifySha256(path, expected) {
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  const actual = sha256File(path);
  if (actual !== expected.toLowerCase()) {
    throw new Error(`${path} has SHA-256 ${actual}, expected ${expected}: the file is damaged or not the committed model`);
  }
  return actual;
}

/** Every file of the model verified in `dir`; throws the first mismatch. */
function verifyModelDir(dir, manifest = readManifest()) {
  for (const file of Object.values(manifest.files)) verifySha256(join(dir, file.entry), file.sha256);
}

function isComplete(dir, manifest) {
  try {
    verifyModelDir(dir, manifest);
    return true;
  } catch {
    return false;
  }
}

function runTool(command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) return { ok: false, output: result.error.code === 'ENOENT' ? `${command} not found` : result.error.message };
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** The named entries of a jar (a zip) into `outDir`: unzip, or the JDK's jar tool where unzip is absent. */
function extractEntries(jarPath, entries, outDir, env) {
  const unzip = runTool('unzip', ['-o', '-q', '-j', jarPath, ...entries, '-d', outDir], outDir, env);
  if (unzip.ok) return;
  const jar = runTool('jar', ['xf', jarPath, ...entries], outDir, env);
  if (!jar.ok) throw new Error(`could not extract ${entries.join(', ')} from ${jarPath} (unzip: ${unzip.output}; jar: ${jar.output})`);
}

/**
 * The model in the cache, fetched when missing or damaged: the jar through Maven into a
 * temporary folder, the two files extracted and verified there, then the folder renamed into
 * place (so a reader never sees half a model). When present and intact it only hashes the files.
 */
function fetchModel({ env = process.env, log = () => {} } = {}) {
  const manifest = readManifest();
  const dir = modelDir(manifest, env);
  if (isComplete(dir, manifest)) return { dir, fetched: false };

  const models = join(cacheRoot(env), 'models');
  const work = join(models, `tmp-${manifest.name}-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'out'), { recursive: true });
  try {
    log(`fetching the sentence-embedding model ${manifest.name} (${manifest.artifact}) from Maven Central (first run only)…`);
    const mvn = runTool(
      'mvn',
      ['-B', '-q', '-ntp', 'dependency:copy', `-Dartifact=${manifest.artifact}:jar`, `-DoutputDirectory=${join(work, 'jar')}`],
      work,
      env,
    );
    if (!mvn.ok) {
      throw new Error(
        `Maven could not fetch ${manifest.artifact} from Maven Central (network down, or Maven not installed or configured?).\n` +
          `${mvn.output.split('\n').slice(-15).join('\n')}\n` +
          `Run \`node scripts/fetch-model.mjs\` again once Maven Central answers, or place ` +
          `${Object.values(manifest.files).map((file) => file.entry).join(' and ')} in ${dir}.`,
      );
    }
    const jarPath = join(work, 'jar', `${manifest.artifact.split(':')[1]}-${manifest.artifact.split(':')[2]}.jar`);
    extractEntries(jarPath, Object.values(manifest.files).map((file) => file.entry), join(work, 'out'), env);
    verifyModelDir(join(work, 'out'), manifest);
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(join(work, 'out'), dir);
    } catch (error) {
      // Another process (npm start beside npm test) put a complete copy there first.
      if (!isComplete(dir, manifest)) throw error;
    }
    log(`model ready in ${dir}`);
    return { dir, fetched: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

module.exports = { MANIFEST_PATH, readManifest, cacheRoot, modelDir, sha256File, verifySha256, verifyModelDir, fetchModel };
