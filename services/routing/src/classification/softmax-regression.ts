import { type SparseVector } from './sparse-vector';

export interface SoftmaxRegressionOptions {
  /** L2 penalty per example (default 1e-4). */
  l2: number;
  /** Passes over the training data (default 60). */
  epochs: number;
  /** AdaGrad base learning rate (default 0.5). */
  learningRate: number;
  /** Shuffling seed, so training is reproducible (default 7). */
  seed: number;
}

const DEFAULTS: SoftmaxRegressionOptions = { l2: 1e-4, epochs: 60, learningRate: 0.5, seed: 7 };

// Module-level bindings of the hot loop's Math functions: where the code runs in a vm context
// (Jest), every lookup of the global `Math` goes through the context's interceptor, which made
// training six times slower there.
const { exp, floor, sqrt } = Math;

/** Mulberry32: a tiny seeded PRNG so that training and cross-validation are deterministic. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    scores[i] = exp(scores[i] - max);
    sum += scores[i];
  }
  for (let i = 0; i < scores.length; i++) scores[i] /= sum;
  return scores;
}

/**
 * Multinomial logistic regression on sparse vectors, trained by stochastic gradient descent
 * with AdaGrad step sizes and lazy L2 shrinkage. Its outputs are probabilities, which is
 * what routing needs to send low-confidence items to a person instead of guessing.
 */
export class SoftmaxRegression {
  private weights = new Float64Array(0);
  /** Distance between consecutive weights in `weights`: 2 while training (interleaved state), else 1. */
  private stride = 1;
  private bias = new Float64Array(0);
  private classCount = 0;
  private readonly options: SoftmaxRegressionOptions;

  constructor(options: Partial<SoftmaxRegressionOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /**
   * Trains on the vectors and their class numbers. `sampleWeights` (default all 1) scale each
   * example's gradient: weakly labelled examples count for less than gold ones.
   */
  fit(vectors: readonly SparseVector[], labels: readonly number[], classCount: number, dimension: number, sampleWeights?: ArrayLike<number>): this {
    const { epochs, learningRate, l2, seed } = this.options;
    this.classCount = classCount;
    // Training state interleaved: each weight followed by its squared-gradient sum, so an update
    // reads one place in memory instead of two (copied out to `weights` when done).
    const size = classCount * dimension;
    const state = new Float64Array(2 * size);
    for (let i = 1; i < state.length; i += 2) state[i] = 1e-8;
    this.weights = state;
    this.stride = 2;
    const bias = (this.bias = new Float64Array(classCount));
    const biasSquares = new Float64Array(classCount).fill(1e-8);
    const order = vectors.map((_, i) => i);
    const random = seededRandom(seed);
    const probabilities = new Float64Array(classCount);
    const errors = new Float64Array(classCount);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const n of order) {
        const x = vectors[n];
        const { indices, values } = x;
        const sampleWeight = sampleWeights ? sampleWeights[n] : 1;
        this.scoresInto(x, probabilities);
        softmaxInPlace(probabilities);
        for (let c = 0; c < classCount; c++) errors[c] = sampleWeight * (probabilities[c] - (labels[n] === c ? 1 : 0));
        // Feature-major: a feature's weights for all classes sit side by side, so a few cache
        // lines serve every class (class-major rows made each class's update a cache miss).
        for (let k = 0; k < indices.length; k++) {
          const base = 2 * indices[k] * classCount;
          const value = values[k];
          for (let c = 0; c < classCount; c++) {
            const w = base + 2 * c;
            const g = errors[c] * value + l2 * state[w];
            const squares = (state[w + 1] += g * g);
            state[w] -= (learningRate * g) / sqrt(squares);
          }
        }
        for (let c = 0; c < classCount; c++) {
          biasSquares[c] += errors[c] * errors[c];
          bias[c] -= (learningRate * errors[c]) / sqrt(biasSquares[c]);
        }
      }
    }
    const weights = new Float64Array(size);
    for (let i = 0; i < size; i++) weights[i] = state[2 * i];
    this.weights = weights;
    this.stride = 1;
    return this;
  }

  /** Class probabilities for one vector. */
  predictProbabilities(x: SparseVector): Float64Array {
    const scores = new Float64Array(this.classCount);
    this.scoresInto(x, scores);
    return softmaxInPlace(scores);
  }

  private scoresInto(x: SparseVector, out: Float64Array): void {
    const { indices, values } = x;
    const classCount = this.classCount;
    const weights = this.weights;
    const stride = this.stride;
    for (let c = 0; c < classCount; c++) out[c] = 0;
    for (let k = 0; k < indices.length; k++) {
      const base = indices[k] * classCount * stride;
      const value = values[k];
      for (let c = 0; c < classCount; c++) out[c] += value * weights[base + c * stride];
    }
    for (let c = 0; c < classCount; c++) out[c] += this.bias[c];
  }
}
