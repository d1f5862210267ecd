/** A sparse feature vector: parallel arrays of ascending feature ids and their weights. */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

/** Scales a vector to unit Euclidean length in place (a zero vector stays zero). */
export function l2Normalize(vector: SparseVector): SparseVector {
  let norm = 0;
  for (let i = 0; i < vector.values.length; i++) norm += vector.values[i] * vector.values[i];
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < vector.values.length; i++) vector.values[i] *= scale;
  }
  return vector;
}

/** Builds a sparse vector from a feature-id → weight map, ids sorted. */
export function fromMap(weights: Map<number, number>): SparseVector {
  const indices = Int32Array.from(weights.keys()).sort();
  const values = new Float64Array(indices.length);
  for (let i = 0; i < indices.length; i++) values[i] = weights.get(indices[i]) ?? 0;
  return { indices, values };
}
