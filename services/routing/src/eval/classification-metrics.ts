/** Per-class and macro figures of a classification run. */
export interface ClassificationReport {
  accuracy: number;
  macroF1: number;
  perClass: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  total: number;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Accuracy, macro-F1 (unweighted mean over classes present in truth or predictions) and per class. */
export function classificationReport(truth: readonly string[], predicted: readonly string[]): ClassificationReport {
  const classes = [...new Set([...truth, ...predicted])].sort();
  const perClass: ClassificationReport['perClass'] = {};
  let correct = 0;
  let f1Sum = 0;
  for (let i = 0; i < truth.length; i++) if (truth[i] === predicted[i]) correct++;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i++) {
      if (predicted[i] === c && truth[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (truth[i] === c) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    f1Sum += f1;
    perClass[c] = { precision: round(precision), recall: round(recall), f1: round(f1), support: tp + fn };
  }
  return { accuracy: round(correct / Math.max(1, truth.length)), macroF1: round(f1Sum / Math.max(1, classes.length)), perClass, total: truth.length };
}
