import { CategoryClassifier, type LabelledPetition } from '../classification/category-classifier';
import { seededRandom } from '../classification/softmax-regression';
import { classificationReport, type ClassificationReport } from './classification-metrics';

/** Trains on one set, tests on another. */
export function evaluateTrainTest(train: LabelledPetition[], test: LabelledPetition[], taxonomy: string[][]): ClassificationReport {
  const model = CategoryClassifier.train(train, { taxonomy });
  return classificationReport(
    test.map((t) => t.category),
    test.map((t) => model.predict(t).category),
  );
}

/**
 * k-fold cross-validation with a seeded shuffle (deterministic). Every row is predicted
 * exactly once by a model that did not see it; the report pools all predictions.
 */
export function crossValidate(rows: LabelledPetition[], folds: number, seed: number, taxonomy: string[][], progress: (fold: number) => void = () => {}) {
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const truth: string[] = [];
  const predicted: string[] = [];
  let confidentCorrect = 0;
  let confidentTotal = 0;
  for (let fold = 0; fold < folds; fold++) {
    progress(fold);
    const test = order.filter((_, i) => i % folds === fold).map((i) => rows[i]);
    const train = order.filter((_, i) => i % folds !== fold).map((i) => rows[i]);
    const model = CategoryClassifier.train(train, { taxonomy });
    for (const row of test) {
      const prediction = model.predict(row);
      truth.push(row.category);
      predicted.push(prediction.category);
      if (prediction.confident) {
        confidentTotal++;
        if (prediction.category === row.category) confidentCorrect++;
      }
    }
  }
  const report = classificationReport(truth, predicted);
  return {
    ...report,
    folds,
    seed,
    // How the confidence flag splits the work: share auto-routed and its accuracy.
    confident: { share: round(confidentTotal / rows.length), accuracy: round(confidentCorrect / Math.max(1, confidentTotal)) },
  };
}

const round = (v: number) => Math.round(v * 10_000) / 10_000;
