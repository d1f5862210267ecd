import { ComplementNaiveBayes } from './complement-naive-bayes';
import { SoftmaxRegression, type SoftmaxRegressionOptions } from './softmax-regression';
import { TfidfVectorizer, type Document, type TfidfOptions } from './tfidf-vectorizer';

/** One training example: a petition and its first-level category (一级分类). */
export interface LabelledPetition extends Document {
  category: string;
  /** How much the example counts (default 1); weak labels (from replies) count less. */
  weight?: number;
}

export interface CategoryPrediction {
  /** The most probable first-level category. */
  category: string;
  /** Its probability (the ensemble's average, 0–1). */
  probability: number;
  /** Probability of the best minus the runner-up: small means the model hesitates. */
  margin: number;
  /** Whether the prediction clears the confidence bar; if not, a person should classify it. */
  confident: boolean;
  /** Every category with its probability, best first. */
  ranked: { category: string; probability: number }[];
}

export interface CategoryClassifierOptions {
  tfidf: Partial<TfidfOptions>;
  logistic: Partial<SoftmaxRegressionOptions>;
  /** Weight of the logistic model in the ensemble (the rest goes to complement naive Bayes). */
  logisticWeight: number;
  /**
   * How many logistic models, each trained with its own shuffling seed, are averaged (default 3).
   * One model's 5-fold macro-F1 moved by ±0.01 with the shuffling seed alone; the average of
   * three is steadier and better (5 did no better and trains slower).
   */
  ensembleSize: number;
  /** A prediction is confident at or above this probability (default 0.55). */
  confidenceThreshold: number;
  /** …and at or above this margin over the runner-up (default 0.15). */
  marginThreshold: number;
  /**
   * The three-level category system (taxonomy.json rows [level1, level2, level3]). Its names are
   * added as small prior documents, one per level-2 branch, so that words such as 传销 or 文物
   * count for their class even when no labelled petition has used them yet.
   */
  taxonomy: readonly (readonly string[])[];
  /** How many times each taxonomy prior document is added (default 1). */
  taxonomyWeight: number;
  /**
   * More small prior documents (e.g. department names per category, see
   * departmentPriorDocuments), added like the taxonomy priors.
   */
  priors: readonly LabelledPetition[];
  /** Unlabelled petitions used only for idf (default none). */
  background: readonly Document[];
  /**
   * Weak examples (weight < 1) are kept only when a model trained on the gold examples gives
   * their label at least this probability (agreement filtering, default 0.2; 0 keeps all).
   * Reply departments are a second view of the petition: where the text model finds the weak
   * label implausible, the department was more often a co-signer than the handler.
   */
  weakAgreement: number;
  /**
   * 0–1: how far class weights move from 1 towards balance (each class's total weight equal).
   * Macro-F1 counts the small classes as much as the big ones (default 0.5).
   */
  classBalance: number;
}

const DEFAULTS: CategoryClassifierOptions = {
  tfidf: {},
  // AdaGrad converges within ~20 passes on these sizes; more passes only fit noise (5-fold CV).
  logistic: { epochs: 20 },
  logisticWeight: 1,
  ensembleSize: 3,
  confidenceThreshold: 0.55,
  marginThreshold: 0.15,
  taxonomy: [],
  taxonomyWeight: 1,
  priors: [],
  background: [],
  weakAgreement: 0.2,
  classBalance: 0.5,
};

/** Prior documents from the taxonomy: per level-2 branch of a known class, its level-3 names. */
export function taxonomyPriorDocuments(taxonomy: readonly (readonly string[])[], categories: ReadonlySet<string>): LabelledPetition[] {
  const branches = new Map<string, { category: string; names: Set<string> }>();
  for (const [level1, level2, level3] of taxonomy) {
    if (!categories.has(level1) || !level2) continue;
    const key = `${level1}/${level2}`;
    const branch = branches.get(key) ?? { category: level1, names: new Set<string>() };
    if (level2 !== '其他') branch.names.add(level2);
    if (level3 && level3 !== '其他') branch.names.add(level3);
    branches.set(key, branch);
  }
  return [...branches.values()]
    .filter((branch) => branch.names.size > 0)
    .map((branch) => ({ category: branch.category, text: [...branch.names].join('。') }));
}

/**
 * First-level category classifier (城乡建设, 环境保护, 交通运输 …), trained at start-up from
 * labelled petitions — no downloaded model. Multinomial logistic regression over TF-IDF
 * character n-grams and words, three models trained in different orders and averaged
 * (complement naive Bayes can join through `logisticWeight`); see
 * docs/decisions/0005-routing-classifier.md for the measured figures and why.
 */
export class CategoryClassifier {
  private readonly options: CategoryClassifierOptions;
  private readonly vectorizer: TfidfVectorizer;
  private readonly logistic: SoftmaxRegression[];
  private readonly bayes = new ComplementNaiveBayes();
  private categories: string[] = [];

  private constructor(options: Partial<CategoryClassifierOptions>) {
    this.options = { ...DEFAULTS, ...options };
    this.vectorizer = new TfidfVectorizer(this.options.tfidf);
    const logistic = { ...DEFAULTS.logistic, ...this.options.logistic };
    const baseSeed = logistic.seed ?? 7;
    this.logistic = Array.from({ length: Math.max(1, this.options.ensembleSize) }, (_, i) => new SoftmaxRegression({ ...logistic, seed: baseSeed + i * 7919 }));
  }

  /**
   * Trains a classifier; about a second for 300 petitions. Examples with `weight` < 1 are weak labels:
   * filtered by agreement with a gold-only model first (see `weakAgreement`).
   */
  static train(examples: readonly LabelledPetition[], options: Partial<CategoryClassifierOptions> = {}): CategoryClassifier {
    if (examples.length === 0) throw new Error('CategoryClassifier.train needs at least one labelled petition');
    const gold = examples.filter((e) => (e.weight ?? 1) >= 1);
    const weak = examples.filter((e) => (e.weight ?? 1) < 1);
    const agreement = options.weakAgreement ?? DEFAULTS.weakAgreement;
    if (weak.length === 0 || gold.length === 0 || agreement <= 0) return CategoryClassifier.trainOnce(examples, options);
    const goldModel = CategoryClassifier.trainOnce(gold, options);
    const kept = weak.filter((e) => (goldModel.predict(e).ranked.find((r) => r.category === e.category)?.probability ?? 0) >= agreement);
    return CategoryClassifier.trainOnce([...gold, ...kept], options);
  }

  private static trainOnce(examples: readonly LabelledPetition[], options: Partial<CategoryClassifierOptions>): CategoryClassifier {
    const classifier = new CategoryClassifier(options);
    classifier.categories = [...new Set(examples.map((e) => e.category))].sort();
    const known = new Set(classifier.categories);
    const priors = [...taxonomyPriorDocuments(classifier.options.taxonomy, known), ...classifier.options.priors.filter((p) => known.has(p.category))];
    for (let i = 0; i < classifier.options.taxonomyWeight; i++) examples = [...examples, ...priors];
    const index = new Map(classifier.categories.map((c, i) => [c, i]));
    const labels = examples.map((e) => index.get(e.category) ?? 0);
    const weights = Float64Array.from(examples, (e) => e.weight ?? 1);
    const classTotals = new Float64Array(classifier.categories.length);
    for (let n = 0; n < labels.length; n++) classTotals[labels[n]] += weights[n];
    const meanTotal = classTotals.reduce((a, b) => a + b, 0) / classTotals.length;
    const balance = classifier.options.classBalance;
    for (let n = 0; n < weights.length; n++) weights[n] *= (meanTotal / Math.max(classTotals[labels[n]], 1e-9)) ** balance;
    const vectors = classifier.vectorizer.fitTransform(examples, classifier.options.background);
    const k = classifier.categories.length;
    const d = classifier.vectorizer.dimension;
    for (const model of classifier.logistic) model.fit(vectors, labels, k, d, weights);
    if (classifier.options.logisticWeight < 1) classifier.bayes.fit(vectors, labels, k, d);
    return classifier;
  }

  get labels(): readonly string[] {
    return this.categories;
  }

  predict(document: Document): CategoryPrediction {
    const x = this.vectorizer.transform(document);
    const a = new Float64Array(this.categories.length);
    for (const model of this.logistic) {
      const p = model.predictProbabilities(x);
      for (let i = 0; i < a.length; i++) a[i] += p[i] / this.logistic.length;
    }
    const w = this.options.logisticWeight;
    const b = w < 1 ? this.bayes.predictProbabilities(x) : a;
    const ranked = this.categories
      .map((category, i) => ({ category, probability: w * a[i] + (1 - w) * b[i] }))
      .sort((p, q) => q.probability - p.probability);
    const best = ranked[0];
    const margin = best.probability - (ranked[1]?.probability ?? 0);
    return {
      category: best.category,
      probability: best.probability,
      margin,
      confident: best.probability >= this.options.confidenceThreshold && margin >= this.options.marginThreshold,
      ranked,
    };
  }
}
