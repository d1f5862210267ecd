#!/usr/bin/env node
// The routing service's sentence-embedding model (bge-small-zh-v1.5, int8 ONNX, with its
// tokenizer) into the project cache, from Maven Central; `npm start` and `npm test` run it
// through ensureDependencies(). A second run only checks the files' SHA-256 (well under a second).
//
//   node scripts/fetch-model.mjs           fetch if missing or damaged, print the folder
//   node scripts/fetch-model.mjs --check   verify only; exit 1 when missing or damaged
//   --quiet                                print nothing when all is well
//
// SUNSHINE_CACHE_DIR moves the cache, as for deploy/local/infra.sh.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { fetchModel, modelDir, verifyModelDir } = require('./lib/model-cache.cjs');

const log = (message) => process.stderr.write(`[models] ${message}\n`);

const quiet = process.argv.includes('--quiet');

try {
  if (process.argv.includes('--check')) {
    verifyModelDir(modelDir());
    if (!quiet) process.stdout.write(`${modelDir()}\n`);
  } else {
    const { dir } = fetchModel({ log });
    if (!quiet) process.stdout.write(`${dir}\n`);
  }
} catch (error) {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
