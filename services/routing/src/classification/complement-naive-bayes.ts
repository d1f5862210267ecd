import { type SparseVector } from './sparse-vector';
import { softmaxInPlace } from './softmax-regression';

/**
 * Complement naive Bayes (Rennie et al. 2003) on TF-IDF vectors: each class is scored by how
 * unlike the *other* classes a text is, which is robust to the uneven class sizes of petition
 * data. Trains in one pass; its scores are turned into pseudo-probabilities with a softmax at
 * a fixed temperature so they can be averaged with the logistic model.
 */
export class ComplementNaiveBayes {
  private logWeights = new Float64Array(0);
  private classCount = 0;
  private dimension = 0;

  constructor(
    private readonly alpha = 0.3,
    private readonly temperature = 1.5,
  ) {}

  fit(vectors: readonly SparseVector[], labels: readonly number[], classCount: number, dimension: number): this {
    this.classCount = classCount;
    this.dimension = dimension;
    const featureTotals = new Float64Array(dimension);
    const classFeature = new Float64Array(classCount * dimension);
    vectors.forEach((x, n) => {
      const row = labels[n] * dimension;
      for (let k = 0; k < x.indices.length; k++) {
        featureTotals[x.indices[k]] += x.values[k];
        classFeature[row + x.indices[k]] += x.values[k];
      }
    });
    let grandTotal = 0;
    for (const v of featureTotals) grandTotal += v;
    this.logWeights = new Float64Array(classCount * dimension);
    for (let c = 0; c < classCount; c++) {
      const row = c * dimension;
      let classTotal = 0;
      for (let f = 0; f < dimension; f++) classTotal += classFeature[row + f];
      const complementTotal = grandTotal - classTotal + this.alpha * dimension;
      let norm = 0;
      for (let f = 0; f < dimension; f++) {
        const w = Math.log((featureTotals[f] - classFeature[row + f] + this.alpha) / complementTotal);
        this.logWeights[row + f] = w;
        norm += Math.abs(w);
      }
      // Weight normalisation (the "WCNB" variant) keeps long-vocabulary classes from dominating.
      for (let f = 0; f < dimension; f++) this.logWeights[row + f] /= norm;
    }
    return this;
  }

  predictProbabilities(x: SparseVector): Float64Array {
    const scores = new Float64Array(this.classCount);
    for (let c = 0; c < this.classCount; c++) {
      let s = 0;
      const row = c * this.dimension;
      for (let k = 0; k < x.indices.length; k++) s -= x.values[k] * this.logWeights[row + x.indices[k]];
      scores[c] = s;
    }
    // The raw scores differ in the third decimal; standardising them across classes puts the
    // softmax temperature on a scale that does not depend on vocabulary size.
    let mean = 0;
    for (const s of scores) mean += s / scores.length;
    let variance = 0;
    for (const s of scores) variance += (s - mean) ** 2 / scores.length;
    const sd = Math.sqrt(variance) || 1;
    for (let c = 0; c < scores.length; c++) scores[c] = ((scores[c] - mean) / sd) * this.temperature;
    return softmaxInPlace(scores);
  }
}
