import { cosineSimilarity } from '../intelligence/embedding/vector-similarity';
import { blindIndex, phoneToE164 } from '../eval/eval-data';
import { DuplicateDetector } from './duplicate-detector';
import { type PetitionForDedup, type StoredPetitionSignature } from './petition-signature';
import { EVIDENCE_FEATURES, type PairModel } from './scoring-policy';
import { dequantize, fromStoredVector, quantize, toStoredVector, VectorColumn, VectorNeighbours } from './sentence-vectors';

/** A reproducible pseudo-random unit vector (mulberry32). */
function unitVector(seed: number, dimensions = 512): Float32Array {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
  const v = Float32Array.from({ length: dimensions }, next);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** A unit vector at the given cosine to `base` (mixed with an unrelated one). */
function near(base: Float32Array, cosine: number, seed: number): Float32Array {
  const other = unitVector(seed);
  // Make `other` orthogonal to base, then mix.
  const dot = other.reduce((sum, x, i) => sum + x * base[i], 0);
  const orth = other.map((x, i) => x - dot * base[i]);
  const norm = Math.hypot(...orth);
  const sine = Math.sqrt(1 - cosine * cosine);
  return base.map((x, i) => cosine * x + (sine * orth[i]) / norm);
}

describe('sentence vectors in the duplicate index', () => {
  it('keep a unit vector as int8 codes whose cosine is within 0.01 of the exact one, and survive storage', () => {
    const column = new VectorColumn(512);
    for (let i = 0; i < 50; i++) {
      const a = unitVector(i);
      const b = near(a, (i % 10) / 10, 1000 + i);
      column.set(i, quantize(a));
      expect(Math.abs(column.cosine(i, quantize(b)) - cosineSimilarity(a, b))).toBeLessThan(0.01);
      const stored = fromStoredVector(JSON.parse(JSON.stringify(toStoredVector(quantize(a)))));
      expect(cosineSimilarity(dequantize(stored), a)).toBeGreaterThan(0.999);
    }
    expect(column.has(50)).toBe(false);
    expect(column.cosine(50, quantize(unitVector(1)))).toBe(0);
  });

  it('find the nearest stored vectors through the HNSW graph', () => {
    const neighbours = new VectorNeighbours(512);
    for (let doc = 0; doc < 3000; doc++) neighbours.add(doc, unitVector(doc));
    let found = 0;
    for (let doc = 0; doc < 100; doc++) {
      const result = neighbours.search(near(unitVector(doc * 29), 0.9, 5000 + doc), 5);
      if (result.docs[0] === doc * 29) found++;
      expect(result.cosines[0]).toBeGreaterThan(0.8);
    }
    expect(found).toBeGreaterThanOrEqual(98);
  });
});

/** A pair model that links on meaning alone: cosine ≥ 0.85 is one matter. */
const MEANING_ONLY: PairModel = {
  features: ['embeddingCosine', 'nameConflict'],
  mean: [0, 0],
  scale: [1, 1],
  coefficients: [40, -30],
  intercept: -34,
};

const phone = (raw: string) => blindIndex('phone', phoneToE164(raw)!);

function petition(id: string, text: string, at: string, identity: PetitionForDedup['identity'] = {}): PetitionForDedup {
  return { petitionId: id, caseNumber: `SW-${id}`, receivedAt: at, channel: 'web', text, identity };
}

describe('duplicate detection with sentence embeddings', () => {
  const first = petition('p1', '杨柳村3组停水三天了，老人多，用水困难，水流很小。', '2024-03-01T09:00:00+08:00', { phone: phone('13807310001') });
  // Another neighbour, other words: no character bigram or key term in common worth a lexical key.
  const neighbour = petition('p2', '我们那边水压低得很，半夜才来水，白天根本接不到。', '2024-03-02T09:00:00+08:00', { phone: phone('13975120033') });
  const meaning = unitVector(7);

  it('finds the same matter told in other words through its meaning, and links it with the pair model', () => {
    const withModel = new DuplicateDetector({ model: MEANING_ONLY, jointThreshold: 0.5, repeatThreshold: 0.5 });
    withModel.process(first, { ...withModel.features(first), embedding: meaning });
    const { decision } = withModel.process(neighbour, { ...withModel.features(neighbour), embedding: near(meaning, 0.93, 8) });
    expect(decision.relation).toBe('joint');
    expect(decision.linkedTo?.petitionId).toBe('p1');
    expect(withModel.embedded).toBe(2);

    // Without embeddings it is never even a candidate.
    const wordsAlone = new DuplicateDetector();
    wordsAlone.process(first);
    expect(wordsAlone.process(neighbour).decision.candidates).toEqual([]);
  });

  it('does not link a look-alike whose meaning is apart', () => {
    const detector = new DuplicateDetector({ model: MEANING_ONLY, jointThreshold: 0.5, repeatThreshold: 0.5 });
    detector.process(first, { ...detector.features(first), embedding: meaning });
    const { decision } = detector.process(neighbour, { ...detector.features(neighbour), embedding: near(meaning, 0.6, 9) });
    expect(decision.relation).toBe('new');
  });

  it('restores stored embeddings into the nearest-neighbour graph', async () => {
    const source = new DuplicateDetector({ model: MEANING_ONLY, jointThreshold: 0.5, repeatThreshold: 0.5 });
    const { record } = source.process(first, { ...source.features(first), embedding: meaning });
    const stored: StoredPetitionSignature = JSON.parse(JSON.stringify(record));
    expect(stored.embedding?.codes).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const restored = new DuplicateDetector({ model: MEANING_ONLY, jointThreshold: 0.5, repeatThreshold: 0.5 });
    await restored.restore([stored]);
    expect(restored.embedded).toBe(1);
    expect(restored.process(neighbour, { ...restored.features(neighbour), embedding: near(meaning, 0.93, 8) }).decision.relation).toBe('joint');
  });

  it('leaves the same person’s own petitions to the hand-weighted repeat rule, whatever the model says', () => {
    // A model that never links: the same petitioner's restatement is still a repeat.
    const never: PairModel = { features: ['embeddingCosine'], mean: [0], scale: [1], coefficients: [0], intercept: -50 };
    const detector = new DuplicateDetector({ model: never, jointThreshold: 0.5 });
    detector.process(first, { ...detector.features(first), embedding: meaning });
    const again = petition('p3', '杨柳村3组停水的事还没解决，老人多，用水困难，请尽快恢复供水。', '2024-03-05T09:00:00+08:00', { phone: phone('138 0731 0001') });
    expect(detector.process(again, { ...detector.features(again), embedding: near(meaning, 0.9, 10) }).decision.relation).toBe('repeat');
    expect(detector.process(neighbour, { ...detector.features(neighbour), embedding: near(meaning, 0.99, 11) }).decision.relation).toBe('new');
  });

  it('names every evidence feature the model may use', () => {
    expect(EVIDENCE_FEATURES).toEqual(expect.arrayContaining(['embeddingCosine', 'nameConflict', 'regionConflict', 'samePerson', 'text']));
  });
});
