/**
 * Sentence vectors in the duplicate index: each stored petition's unit-length embedding held as
 * int8 codes with one scale (512 bytes + 4 per petition), compared exactly against the query,
 * and an approximate-nearest-neighbour graph (HNSW, from the maintained `usearch` package) that
 * finds the stored petitions whose meaning is nearest — the candidates the lexical keys miss
 * (the same matter told by another person in other words).
 */
import { Index, MetricKind, ScalarKind } from 'usearch';

/** A unit vector as int8 codes: value ≈ code × scale. */
export interface QuantizedVector {
  codes: Int8Array;
  scale: number;
}

/** The stored form of a vector: base64 of the codes, and the scale. */
export interface StoredVector {
  codes: string;
  scale: number;
}

export function quantize(vector: ArrayLike<number>): QuantizedVector {
  let max = 0;
  for (let i = 0; i < vector.length; i++) max = Math.max(max, Math.abs(vector[i]));
  const scale = max > 0 ? max / 127 : 0;
  const codes = new Int8Array(vector.length);
  if (scale > 0) for (let i = 0; i < vector.length; i++) codes[i] = Math.round(vector[i] / scale);
  return { codes, scale };
}

export function dequantize({ codes, scale }: QuantizedVector): Float32Array {
  const vector = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) vector[i] = codes[i] * scale;
  return vector;
}

export function toStoredVector({ codes, scale }: QuantizedVector): StoredVector {
  return { codes: Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('base64'), scale };
}

export function fromStoredVector(stored: StoredVector): QuantizedVector {
  const bytes = Buffer.from(stored.codes, 'base64');
  return { codes: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice(), scale: stored.scale };
}

/** One int8 row per stored petition (scale 0: no vector), grown like the other columns. */
export class VectorColumn {
  codes: Int8Array;
  scales: Float32Array;
  private capacity = 0;

  constructor(readonly dimensions: number) {
    this.codes = new Int8Array(0);
    this.scales = new Float32Array(0);
  }

  get byteLength(): number {
    return this.codes.byteLength + this.scales.byteLength;
  }

  set(doc: number, vector: QuantizedVector): void {
    if (vector.codes.length !== this.dimensions) throw new RangeError(`a vector of ${vector.codes.length} dimensions in an index of ${this.dimensions}`);
    this.ensure(doc + 1);
    this.codes.set(vector.codes, doc * this.dimensions);
    this.scales[doc] = vector.scale;
  }

  has(doc: number): boolean {
    return doc < this.capacity && this.scales[doc] > 0;
  }

  /** Cosine of a stored row and a query (both unit length before quantisation); 0 without a vector. */
  cosine(doc: number, query: QuantizedVector): number {
    if (!this.has(doc) || query.scale === 0) return 0;
    const d = this.dimensions;
    const base = doc * d;
    const q = query.codes;
    let dot = 0;
    for (let i = 0; i < d; i++) dot += this.codes[base + i] * q[i];
    return dot * this.scales[doc] * query.scale;
  }

  private ensure(rows: number): void {
    if (rows <= this.capacity) return;
    const capacity = Math.max(rows, this.capacity * 2, 1024);
    const codes = new Int8Array(capacity * this.dimensions);
    codes.set(this.codes);
    const scales = new Float32Array(capacity);
    scales.set(this.scales);
    this.codes = codes;
    this.scales = scales;
    this.capacity = capacity;
  }
}

/** HNSW over the stored vectors (cosine, int8 inside the graph), keyed by row number. */
export class VectorNeighbours {
  private readonly index: Index;

  constructor(
    readonly dimensions: number,
    /** Graph degree (HNSW M); higher finds more at more memory. */
    connectivity = 16,
    /** Breadth of the search (HNSW ef); a decision asks for a few dozen neighbours. */
    expansionSearch = 64,
  ) {
    this.index = new Index({ metric: MetricKind.Cos, dimensions, connectivity, quantization: ScalarKind.I8, expansion_add: 128, expansion_search: expansionSearch, multi: false });
  }

  get size(): number {
    return Number(this.index.size());
  }

  add(doc: number, vector: Float32Array): void {
    this.index.add(BigInt(doc), vector);
  }

  /** Up to k rows nearest to the vector, nearest first, with their cosine. */
  search(vector: Float32Array, k: number): { docs: number[]; cosines: number[] } {
    if (this.size === 0 || k < 1) return { docs: [], cosines: [] };
    const found = this.index.search(vector, Math.min(k, this.size), 0);
    const docs: number[] = [];
    const cosines: number[] = [];
    for (let i = 0; i < found.keys.length; i++) {
      docs.push(Number(found.keys[i]));
      cosines.push(1 - found.distances[i]);
    }
    return { docs, cosines };
  }
}
