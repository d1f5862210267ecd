import { Tokenizer } from '@huggingface/tokenizers';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import {
  defaultEmbeddingModelDir,
  type EmbeddingModelInfo,
  type EmbeddingModelManifest,
  readEmbeddingModelManifest,
  readVerifiedModelFile,
} from './embedding-model';

export interface SentenceEmbedderOptions {
  /** Folder holding the ONNX file and tokenizer.json (default: the project cache). */
  modelDir?: string;
  /** Tokens per text, [CLS] and [SEP] included; longer texts keep their beginning. */
  maxTokens?: number;
  /** onnxruntime intra-op threads; one leaves the other core to the service. */
  threads?: number;
  /**
   * Texts per model run. 1 (the default) is the fastest on one thread (a padded batch of mixed
   * lengths was slower here) and gives every text the same vector whatever it is embedded with;
   * in a batch the int8 model's activation scales are shared, which moves vectors slightly.
   */
  batchSize?: number;
}

export const DEFAULT_EMBEDDER_OPTIONS = { maxTokens: 256, threads: 1, batchSize: 1 } as const;

/** Settings from the environment (ROUTING_EMBEDDING_*), for the service and the CLIs. */
export function embedderOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SentenceEmbedderOptions {
  const number = (key: string) => (env[key] ? Number(env[key]) : undefined);
  return {
    modelDir: env.ROUTING_EMBEDDING_MODEL_DIR || undefined,
    maxTokens: number('ROUTING_EMBEDDING_MAX_TOKENS'),
    threads: number('ROUTING_EMBEDDING_THREADS'),
    batchSize: number('ROUTING_EMBEDDING_BATCH_SIZE'),
  };
}

/**
 * Sentence vectors from bge-small-zh-v1.5 (int8 ONNX, 512 dimensions) through onnxruntime: the
 * [CLS] row of the last hidden state, L2-normalised, as the model card prescribes, so the dot
 * product of two vectors is their cosine. Model runs are serialised (one at a time per embedder),
 * so `threads` bounds the CPU it takes.
 */
export class SentenceEmbedder {
  readonly dimensions: number;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly session: InferenceSession,
    private readonly tokenizer: Tokenizer,
    /** The model loaded, with the checksums of the files actually read. */
    readonly model: EmbeddingModelInfo,
    private readonly options: Required<Omit<SentenceEmbedderOptions, 'modelDir'>>,
  ) {
    this.dimensions = model.dimensions;
  }

  /** Loads and verifies the model; throws EmbeddingModelUnavailable (naming the fetch command) when it is missing or damaged. */
  static async load(options: SentenceEmbedderOptions = {}, manifest: EmbeddingModelManifest = readEmbeddingModelManifest()): Promise<SentenceEmbedder> {
    const settings = {
      maxTokens: options.maxTokens ?? DEFAULT_EMBEDDER_OPTIONS.maxTokens,
      threads: options.threads ?? DEFAULT_EMBEDDER_OPTIONS.threads,
      batchSize: options.batchSize ?? DEFAULT_EMBEDDER_OPTIONS.batchSize,
    };
    for (const [key, value] of Object.entries(settings)) {
      if (!Number.isInteger(value) || value < 1) throw new RangeError(`sentence embedder: ${key} must be a positive integer, got ${value}`);
    }
    if (settings.maxTokens > manifest.maxPositions) {
      throw new RangeError(`sentence embedder: maxTokens ${settings.maxTokens} exceeds the model's ${manifest.maxPositions} positions`);
    }
    const dir = options.modelDir ?? defaultEmbeddingModelDir(manifest);
    const tokenizerFile = readVerifiedModelFile(dir, manifest.files.tokenizer);
    const modelFile = readVerifiedModelFile(dir, manifest.files.model);
    const tokenizer = new Tokenizer(JSON.parse(tokenizerFile.bytes.toString('utf8')) as object, {});
    const session = await InferenceSession.create(modelFile.bytes, {
      intraOpNumThreads: settings.threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    });
    const model: EmbeddingModelInfo = {
      name: manifest.name,
      artifact: manifest.artifact,
      dimensions: manifest.dimensions,
      sha256: modelFile.sha256,
      tokenizerSha256: tokenizerFile.sha256,
      dir,
    };
    return new SentenceEmbedder(session, tokenizer, model, settings);
  }

  /**
   * Token ids with [CLS] … [SEP], cut to maxTokens (the [SEP] kept). Only a prefix of a very long
   * text is tokenised: every token covers at least one character, so 16 characters per token
   * leave the cut to the tokenizer for any real petition.
   */
  tokenIds(text: string): number[] {
    const ids = this.tokenizer.encode(text.slice(0, this.options.maxTokens * 16)).ids;
    if (ids.length <= this.options.maxTokens) return ids;
    return [...ids.slice(0, this.options.maxTokens - 1), ids[ids.length - 1]];
  }

  /** One unit-length vector per text, in the order given. */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const run = this.queue.then(() => this.embedSerially(texts));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async embedOne(text: string): Promise<Float32Array> {
    return (await this.embed([text]))[0];
  }

  /** Frees the onnxruntime session. */
  async close(): Promise<void> {
    await this.queue;
    await this.session.release();
  }

  private async embedSerially(texts: readonly string[]): Promise<Float32Array[]> {
    const tokenised = texts.map((text, index) => ({ index, ids: this.tokenIds(text) }));
    // Similar lengths together, so a batch pads little.
    if (this.options.batchSize > 1) tokenised.sort((a, b) => a.ids.length - b.ids.length);
    const vectors = new Array<Float32Array>(texts.length);
    for (let from = 0; from < tokenised.length; from += this.options.batchSize) {
      const batch = tokenised.slice(from, from + this.options.batchSize);
      const rows = await this.run(batch.map((item) => item.ids));
      batch.forEach((item, row) => (vectors[item.index] = rows[row]));
    }
    return vectors;
  }

  private async run(batch: number[][]): Promise<Float32Array[]> {
    const length = Math.max(...batch.map((ids) => ids.length));
    const size = batch.length * length;
    const inputIds = new BigInt64Array(size);
    const attentionMask = new BigInt64Array(size);
    batch.forEach((ids, row) =>
      ids.forEach((id, column) => {
        inputIds[row * length + column] = BigInt(id);
        attentionMask[row * length + column] = 1n;
      }),
    );
    const dims = [batch.length, length];
    const outputs = await this.session.run({
      input_ids: new Tensor('int64', inputIds, dims),
      attention_mask: new Tensor('int64', attentionMask, dims),
      token_type_ids: new Tensor('int64', new BigInt64Array(size), dims),
    });
    const hidden = outputs[this.session.outputNames[0]];
    const data = hidden.data as Float32Array;
    const width = hidden.dims[2];
    if (width !== this.dimensions) throw new Error(`sentence embedder: the model gave ${width} dimensions, expected ${this.dimensions}`);
    // The [CLS] row (position 0) of each text.
    return batch.map((_, row) => normalised(data.subarray(row * length * width, row * length * width + width)));
  }
}

/** A copy scaled to unit length (the zero vector stays zero). */
function normalised(row: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < row.length; i++) sum += row[i] * row[i];
  const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  const vector = new Float32Array(row.length);
  for (let i = 0; i < row.length; i++) vector[i] = row[i] * scale;
  return vector;
}
