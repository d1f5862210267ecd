import { citizenMessagesPath, readJsonl, readTaxonomy } from '../eval/eval-data';
import { CategoryClassifier, type LabelledPetition } from './category-classifier';

describe('category classifier', () => {
  const rows = readJsonl<LabelledPetition>(citizenMessagesPath('labelled-dev.jsonl'));
  const taxonomy = readTaxonomy();
  const test = rows.filter((_, i) => i % 5 === 0);
  const train = rows.filter((_, i) => i % 5 !== 0);
  const model = CategoryClassifier.train(train, { taxonomy });

  it('classifies held-out petitions into their first-level category most of the time', () => {
    const correct = test.filter((row) => model.predict(row).category === row.category).length;
    expect(correct / test.length).toBeGreaterThan(0.7);
  });

  it('gives calibrated probabilities that sum to one and a margin over the runner-up', () => {
    const prediction = model.predict({ subject: '养老保险待遇', text: '我母亲补缴了城乡居民养老保险，满60岁了社保局还不给发养老金。' });
    expect(prediction.ranked.slice(0, 2).map((r) => r.category)).toContain('劳动和社会保障');
    expect(prediction.ranked.reduce((sum, r) => sum + r.probability, 0)).toBeCloseTo(1, 6);
    expect(prediction.margin).toBeGreaterThan(0);
    expect(typeof prediction.confident).toBe('boolean');
  });
});
