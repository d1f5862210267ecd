/**
 * Character shingles and 32-bit hashing for near-duplicate detection.
 *
 * Character n-grams need no segmentation, survive typos (one wrong character spoils n
 * shingles, not the whole word) and are what MinHash estimates Jaccard similarity over.
 */

/** 32-bit FNV-1a over UTF-16 code units, finished with murmur3's avalanche. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** murmur3 finaliser: a fast bijective 32-bit mixer with full avalanche. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The distinct character n-grams of compact text as 32-bit ids, sorted. Bigrams of BMP
 * characters are encoded exactly (two 16-bit code units side by side), so they never
 * collide; longer n-grams are hashed. A text shorter than n gives one shingle of itself.
 */
export function charShingles(compact: string, size = 2): Uint32Array {
  const length = compact.length;
  if (length === 0) return new Uint32Array(0);
  const count = Math.max(1, length - size + 1);
  const ids = new Uint32Array(count);
  if (size === 2 && length >= 2) {
    for (let i = 0; i < count; i++) ids[i] = ((compact.charCodeAt(i) << 16) | compact.charCodeAt(i + 1)) >>> 0;
  } else {
    for (let i = 0; i < count; i++) ids[i] = hashString(compact.substr(i, size), 0x9747b28c + size);
  }
  return uniqueSorted(ids);
}

/** Sorted distinct values of a Uint32Array (sorts in place, returns a view). */
export function uniqueSorted(values: Uint32Array): Uint32Array {
  if (values.length < 2) return values;
  values.sort();
  let write = 1;
  for (let read = 1; read < values.length; read++) {
    if (values[read] !== values[write - 1]) values[write++] = values[read];
  }
  return values.subarray(0, write);
}
