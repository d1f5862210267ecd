/**
 * Cosine similarity of two vectors of the same length, in [-1, 1]; 0 when either is zero.
 * Sentence vectors are unit length already, so this equals their dot product; it is computed in
 * full so that it also holds for vectors from elsewhere (averages, stored rounded copies).
 */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`cosine of vectors of ${a.length} and ${b.length} dimensions`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    normA += a[i] * a[i];
    normB += b[i] * b[i];
  }
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}
