import { CategoryClassifier, type CategoryClassifierOptions, type LabelledPetition } from '../classification/category-classifier';
import { seededRandom } from '../classification/softmax-regression';
import { classificationReport, type ClassificationReport } from './classification-metrics';

/** What a cross-validation run trains with besides the gold training folds. */
export interface TrainingExtras {
  /** Extra training rows added to every training fold (weak labels); never tested on. */
  extraTrain?: readonly LabelledPetition[];
  /** Classifier options (taxonomy is passed separately). */
  options?: Partial<CategoryClassifierOptions>;
}

/** Trains on one set, tests on another. */
export function evaluateTrainTest(train: LabelledPetition[], test: LabelledPetition[], taxonomy: string[][], extras: TrainingExtras = {}): ClassificationReport {
  const model = CategoryClassifier.train([...train, ...(extras.extraTrain ?? [])], { taxonomy, ...extras.options });
  return classificationReport(
    test.map((t) => t.category),
    test.map((t) => model.predict(t).category),
  );
}

/**
 * k-fold cross-validation with a seeded shuffle (deterministic). Every gold row is predicted
 * exactly once by a model that did not see it; the report pools all predictions and also
 * gives each fold's macro-F1 (mean and standard deviation) to show the spread.
 */
export function crossValidate(
  rows: LabelledPetition[],
  folds: number,
  seed: number,
  taxonomy: string[][],
  progress: (fold: number) => void = () => {},
  extras: TrainingExtras = {},
) {
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const truth: string[] = [];
  const predicted: string[] = [];
  const foldMacroF1: number[] = [];
  let confidentCorrect = 0;
  let confidentTotal = 0;
  let trainMs = 0;
  for (let fold = 0; fold < folds; fold++) {
    progress(fold);
    const test = order.filter((_, i) => i % folds === fold).map((i) => rows[i]);
    const train = order.filter((_, i) => i % folds !== fold).map((i) => rows[i]);
    const started = Date.now();
    const model = CategoryClassifier.train([...train, ...(extras.extraTrain ?? [])], { taxonomy, ...extras.options });
    trainMs += Date.now() - started;
    const foldTruth: string[] = [];
    const foldPredicted: string[] = [];
    for (const row of test) {
      const prediction = model.predict(row);
      foldTruth.push(row.category);
      foldPredicted.push(prediction.category);
      if (prediction.confident) {
        confidentTotal++;
        if (prediction.category === row.category) confidentCorrect++;
      }
    }
    truth.push(...foldTruth);
    predicted.push(...foldPredicted);
    foldMacroF1.push(classificationReport(foldTruth, foldPredicted).macroF1);
  }
  const report = classificationReport(truth, predicted);
  const mean = foldMacroF1.reduce((a, b) => a + b, 0) / folds;
  const sd = Math.sqrt(foldMacroF1.reduce((a, b) => a + (b - mean) ** 2, 0) / folds);
  return {
    ...report,
    folds,
    seed,
    foldMacroF1: { mean: round(mean), sd: round(sd), min: Math.min(...foldMacroF1), max: Math.max(...foldMacroF1), each: foldMacroF1 },
    extraTrainRows: extras.extraTrain?.length ?? 0,
    trainSecondsPerFold: round(trainMs / folds / 1000),
    // How the confidence flag splits the work: share auto-routed and its accuracy.
    confident: { share: round(confidentTotal / rows.length), accuracy: round(confidentCorrect / Math.max(1, confidentTotal)) },
  };
}

const round = (v: number) => Math.round(v * 10_000) / 10_000;
