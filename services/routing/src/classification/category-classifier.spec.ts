import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citizenMessagesPath, readJsonl, readTaxonomy } from '../eval/eval-data';
import { CategoryClassifier, type LabelledPetition } from './category-classifier';
import { classifierTrainingFilesFromEnv, trainCategoryClassifierFromFiles } from './training-data';

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

  it('averages models trained in different shuffling orders, so one seed matters less', () => {
    // How far the probabilities move when only the shuffling seed changes: one model vs three.
    const drift = (ensembleSize: number) => {
      const a = CategoryClassifier.train(train, { taxonomy, ensembleSize, logistic: { seed: 1 } });
      const b = CategoryClassifier.train(train, { taxonomy, ensembleSize, logistic: { seed: 2 } });
      let sum = 0;
      for (const row of test) {
        const p = new Map(a.predict(row).ranked.map((r) => [r.category, r.probability]));
        for (const r of b.predict(row).ranked) sum += Math.abs(r.probability - (p.get(r.category) ?? 0));
      }
      return sum / test.length;
    };
    expect(drift(3)).toBeLessThan(drift(1));
  });
});

describe('category classifier trained at service start from files', () => {
  it('learns from a labelled file, weak labels from a replies file and the taxonomy', () => {
    // Small copies of the shared files keep the test quick; `npm run -s eval:routing -- train`
    // measures start-up training on the full files.
    const dir = mkdtempSync(join(tmpdir(), 'classifier-'));
    const copy = (file: string, lines: number) => {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(citizenMessagesPath(file), 'utf8').split('\n').slice(0, lines).join('\n'));
      return path;
    };
    const files = classifierTrainingFilesFromEnv({
      ROUTING_CLASSIFIER_LABELLED: copy('labelled-dev.jsonl', 309),
      ROUTING_CLASSIFIER_REPLIED: copy('messages-with-replies.jsonl', 600),
      ROUTING_CLASSIFIER_TAXONOMY: citizenMessagesPath('taxonomy.json'),
      ROUTING_CLASSIFIER_UNLABELLED: join(dir, 'missing.jsonl'),
    });
    const model = trainCategoryClassifierFromFiles(files!);
    expect(model.labels).toHaveLength(7);
    expect(model.predict({ subject: '景区门票乱涨价', text: '某景区旅游旺季门票从60元涨到120元，导游强制游客购物。' }).category).toBe('商贸旅游');
  });

  it('is not configured without a labelled file', () => {
    expect(classifierTrainingFilesFromEnv({})).toBeUndefined();
  });
});
