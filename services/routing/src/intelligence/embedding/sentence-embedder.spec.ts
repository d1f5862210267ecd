/**
 * @jest-environment ./libs/testing/src/jest/native-typed-arrays-environment.js
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citizenMessagesPath, readJsonl } from '../../eval/eval-data';
import { defaultEmbeddingModelDir, EmbeddingModelUnavailable, FETCH_MODEL_COMMAND, readEmbeddingModelManifest } from './embedding-model';
import { SentenceEmbedder } from './sentence-embedder';
import { cosineSimilarity } from './vector-similarity';

// The real model from the project cache (scripts/fetch-model.mjs, run by `npm test` before Jest),
// loaded once for the file: about half a second.
const manifest = readEmbeddingModelManifest();
let embedder: SentenceEmbedder;

beforeAll(async () => {
  embedder = await SentenceEmbedder.load();
});

afterAll(async () => {
  await embedder?.close();
});

interface Message {
  id: string;
  subject: string;
  text: string;
}

function realMessage(id: string): string {
  const message = readJsonl<Message>(citizenMessagesPath('messages-with-likes.jsonl')).find((row) => row.id === id);
  if (!message) throw new Error(`message ${id} not in the shared citizen messages`);
  return `${message.subject}。${message.text}`;
}

const norm = (vector: Float32Array) => Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));

describe('SentenceEmbedder', () => {
  it('gives one 512-dimensional unit-length vector per text, in the order given', async () => {
    const texts = ['小区门口道路积水，请尽快处理。', '', '噪音扰民'];
    const vectors = await embedder.embed(texts);
    expect(vectors).toHaveLength(3);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector).toHaveLength(512);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    expect(cosineSimilarity(vectors[0], await embedder.embedOne(texts[0]))).toBeCloseTo(1, 6);
    expect(cosineSimilarity(vectors[0], vectors[2])).toBeLessThan(0.99);
  });

  it("is the model's [CLS] row, L2-normalised: the first components match onnxruntime run by hand", async () => {
    // Computed once with onnxruntime-node directly (tokenizer ids in, row 0 of last_hidden_state
    // divided by its norm); row 1 (the first character) differs by up to 0.03 in these components.
    const expected = [-0.0148, -0.0161, -0.017, 0.0345, -0.0167, -0.0748];
    const vector = await embedder.embedOne('水压小、半夜才有水');
    expected.forEach((value, index) => expect(Math.abs(vector[index] - value)).toBeLessThan(0.003));
  });

  it('records the model it runs and the checksum of the file it loaded', () => {
    expect(embedder.dimensions).toBe(512);
    expect(embedder.model).toMatchObject({
      name: 'bge-small-zh-v1.5-q',
      artifact: manifest.artifact,
      sha256: manifest.files.model.sha256,
      tokenizerSha256: manifest.files.tokenizer.sha256,
      dir: defaultEmbeddingModelDir(),
    });
  });

  it('scores the same water problem told in other words above an unrelated complaint (the issue\'s example)', async () => {
    const [nightOnly, weakFlow, mixingPlant] = await embedder.embed(['水压小、半夜才有水', '用水困难、水流很小', '小区旁边建搅拌站，噪音扰民']);
    const paraphrase = cosineSimilarity(nightOnly, weakFlow);
    expect(paraphrase).toBeGreaterThan(cosineSimilarity(nightOnly, mixingPlant) + 0.1);
    expect(paraphrase).toBeGreaterThan(cosineSimilarity(weakFlow, mixingPlant) + 0.1);
  });

  it('scores two real low-water-pressure petitions above a water-pressure petition and a mixing-plant noise petition', async () => {
    // 才子佳郡: 水压极低，甚至经常无水可用; 半岛蓝湾: 水压不足、频繁停水; 丽发新城: 建搅拌站噪音扰民.
    const [lowPressure, shortages, noise] = await embedder.embed([realMessage('210425'), realMessage('236236'), realMessage('189950')]);
    expect(cosineSimilarity(lowPressure, shortages)).toBeGreaterThan(cosineSimilarity(lowPressure, noise) + 0.1);
  });

  it('gives a text the same vector alone as among others (one text per model run)', async () => {
    const texts = ['水压小、半夜才有水', realMessage('210425'), '用水困难、水流很小'];
    const together = await embedder.embed(texts);
    for (const [index, text] of texts.entries()) {
      expect(Array.from(together[index])).toEqual(Array.from(await embedder.embedOne(text)));
    }
  });

  it('agrees with single runs when texts share a padded batch, within the int8 model\'s rounding', async () => {
    const batched = await SentenceEmbedder.load({ batchSize: 4 });
    try {
      const texts = ['水压小、半夜才有水', realMessage('210425'), '用水困难、水流很小', realMessage('189950')];
      const inBatch = await batched.embed(texts);
      const single = await embedder.embed(texts);
      for (const [index] of texts.entries()) {
        expect(norm(inBatch[index])).toBeCloseTo(1, 5);
        expect(cosineSimilarity(inBatch[index], single[index])).toBeGreaterThan(0.98);
      }
    } finally {
      await batched.close();
    }
  });

  it('cuts a long text to maxTokens, keeping [CLS] first and [SEP] last', () => {
    const ids = embedder.tokenIds('水压小，'.repeat(400));
    expect(ids).toHaveLength(256);
    expect(ids[0]).toBe(101);
    expect(ids[255]).toBe(102);
    expect(embedder.tokenIds('水压小')).toEqual([101, 3717, 1327, 2207, 102]);
  });

  it('refuses to load without the model, naming the command that fetches it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'embedding-missing-'));
    try {
      const loading = SentenceEmbedder.load({ modelDir: empty });
      await expect(loading).rejects.toThrow(EmbeddingModelUnavailable);
      await expect(loading).rejects.toThrow(FETCH_MODEL_COMMAND);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('refuses a damaged model file', async () => {
    const damaged = mkdtempSync(join(tmpdir(), 'embedding-damaged-'));
    try {
      copyFileSync(join(defaultEmbeddingModelDir(), manifest.files.tokenizer.entry), join(damaged, manifest.files.tokenizer.entry));
      writeFileSync(join(damaged, manifest.files.model.entry), 'not a model');
      await expect(SentenceEmbedder.load({ modelDir: damaged })).rejects.toThrow(/SHA-256 .* not the committed/);
    } finally {
      rmSync(damaged, { recursive: true, force: true });
    }
  });

  it('refuses settings the model cannot honour', async () => {
    await expect(SentenceEmbedder.load({ maxTokens: 1024 })).rejects.toThrow(/512 positions/);
    await expect(SentenceEmbedder.load({ threads: 0 })).rejects.toThrow(RangeError);
  });
});

describe('cosineSimilarity', () => {
  it('is 1 for parallel vectors, 0 for orthogonal or zero ones, −1 for opposite ones', () => {
    expect(cosineSimilarity([1, 2], [2, 4])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 0], [0, 3])).toBe(0);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
    expect(cosineSimilarity([1, -1], [-2, 2])).toBeCloseTo(-1, 12);
    expect(() => cosineSimilarity([1], [1, 2])).toThrow(RangeError);
  });
});
