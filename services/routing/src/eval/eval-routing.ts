/**
 * Evaluation CLI of the routing intelligence. Prints exactly one JSON object on stdout;
 * progress goes to stderr.
 *
 *   npm run -s eval:routing -- classify --train <file.jsonl> --test <file.jsonl>
 *   npm run -s eval:routing -- classify --cv 5 --data <file.jsonl> [--seed 42]
 *       [--replies <messages-with-replies.jsonl>] [--departments <table.txt>] [--remits <table.txt>] [--gold-only]
 *     Weak labels from the replies file (default: the shared one) join every training fold;
 *     test folds hold gold rows only. --gold-only trains on the labelled rows alone.
 *   npm run -s eval:routing -- train [--labelled f] [--replies f] [--taxonomy f] [--unlabelled f]
 *     Trains the classifier as the service does at start and reports the seconds it took.
 *   npm run -s eval:routing -- dedup --data <file.jsonl> [--split all|tune|holdout] [--holdout-prefix h] [--embed] [--model <dedup-model.json>]
 *     --embed gives every line its sentence embedding (nearest-neighbour candidates); --model
 *     scores pairs with a trained pair model and its thresholds (implies --embed).
 *   npm run -s eval:routing -- dedup-pairs --data <a.jsonl,b.jsonl> --out <pairs.jsonl> [--no-embed]
 *     Training rows for the pair model (services/routing/tools/train-dedup-model.py).
 *   npm run -s eval:routing -- same-matter --data <same-matter-dev.jsonl>
 *
 * Relative paths are resolved from the directory npm was started in; defaults use the shared
 * data folder (SUNSHINE_SHARED_DIR or ../shared) and services/routing/data.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { existsSync, writeFileSync } from 'node:fs';
import { type LabelledPetition } from '../classification/category-classifier';
import { classifierPriorDocuments } from '../classification/remit-priors';
import { ReplyDepartmentLabeller, readDepartmentTable } from '../classification/reply-department-labels';
import { type ClassifierTrainingFiles, type RepliedPetition, trainCategoryClassifierFromFiles, weaklyLabelled } from '../classification/training-data';
import { DEFAULT_DETECTOR_OPTIONS } from '../dedup/duplicate-detector';
import { ROUTING_DATA_DIR } from '../text/data-files';
import { crossValidate, evaluateTrainTest, type TrainingExtras } from './eval-classify';
import { citizenMessagesPath, readJsonl, readTaxonomy } from './eval-data';
import { readPairModel } from '../dedup/pair-model';
import { EVIDENCE_FEATURES } from '../dedup/scoring-policy';
import { embedderOptionsFromEnv, SentenceEmbedder } from '../intelligence/embedding/sentence-embedder';
import { maskPlaces } from '../text/named-places';
import { dedupPairs, evaluateDedup, evaluateSameMatter, type DedupEvalLine, type LineVectors, type PairRow, type SameMatterRow } from './eval-dedup';

function parseArgs(argv: string[]): { command: string; flags: Map<string, string> } {
  const [command = 'help', ...rest] = argv;
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    if (!rest[i].startsWith('--')) continue;
    const next = rest[i + 1];
    if (next === undefined || next.startsWith('--')) flags.set(rest[i].slice(2), 'true');
    else flags.set(rest[i].slice(2), rest[++i]);
  }
  return { command, flags };
}

function pathFrom(value: string | undefined, fallback: string): string {
  if (!value) return fallback;
  const base = process.env.INIT_CWD ?? process.cwd();
  return isAbsolute(value) ? value : resolve(base, value);
}

/** Sentence embeddings of the lines' texts (the service's model and settings), in order. */
async function embedLines(lines: { text: string }[]): Promise<LineVectors[]> {
  const embedder = await SentenceEmbedder.load(embedderOptionsFromEnv());
  try {
    const started = process.hrtime.bigint();
    const texts = await embedder.embed(lines.map((line) => line.text));
    const problems = await embedder.embed(lines.map((line) => maskPlaces(line.text)));
    process.stderr.write(`embedded ${lines.length} texts twice in ${Math.round(Number(process.hrtime.bigint() - started) / 1e6)} ms\n`);
    return texts.map((text, i) => ({ text, problem: problems[i] }));
  } finally {
    await embedder.close();
  }
}

async function main(): Promise<unknown> {
  const { command, flags } = parseArgs(process.argv.slice(2));
  const taxonomy = flags.has('no-taxonomy') ? [] : readTaxonomy(pathFrom(flags.get('taxonomy'), citizenMessagesPath('taxonomy.json')));
  switch (command) {
    case 'classify': {
      const goldPath = flags.has('cv') ? pathFrom(flags.get('data'), citizenMessagesPath('labelled-dev.jsonl')) : pathFrom(flags.get('train'), citizenMessagesPath('labelled-dev.jsonl'));
      const gold = readJsonl<LabelledPetition>(goldPath);
      if (flags.has('cv')) {
        const extras = classifierExtras(flags, gold);
        const folds = Number(flags.get('cv'));
        const seed = Number(flags.get('seed') ?? 42);
        return { data: goldPath, goldOnly: flags.has('gold-only'), ...crossValidate(gold, folds, seed, taxonomy, (f) => process.stderr.write(`fold ${f + 1}/${folds}\n`), extras) };
      }
      const testPath = flags.get('test');
      if (!testPath) throw new Error('classify needs --test <file.jsonl> (or --cv <k> --data <file.jsonl>)');
      const test = readJsonl<LabelledPetition>(pathFrom(testPath, ''));
      // A test row must never be trained on, even as a weak copy.
      const extras = classifierExtras(flags, [...gold, ...test]);
      return { goldOnly: flags.has('gold-only'), weakRows: extras.extraTrain?.length ?? 0, ...evaluateTrainTest(gold, test, taxonomy, extras) };
    }
    case 'train': {
      const files: ClassifierTrainingFiles = {
        labelled: pathFrom(flags.get('labelled'), citizenMessagesPath('labelled-dev.jsonl')),
        replied: pathFrom(flags.get('replies'), citizenMessagesPath('messages-with-replies.jsonl')),
        taxonomy: pathFrom(flags.get('taxonomy'), citizenMessagesPath('taxonomy.json')),
        ...(flags.has('unlabelled') ? { unlabelled: pathFrom(flags.get('unlabelled'), '') } : {}),
      };
      const started = process.hrtime.bigint();
      const model = trainCategoryClassifierFromFiles(files);
      return { files, categories: model.labels, trainSeconds: Math.round(Number(process.hrtime.bigint() - started) / 1e6) / 1000 };
    }
    case 'dedup': {
      const data = pathFrom(flags.get('data'), join(ROUTING_DATA_DIR, 'dedup-dev.jsonl'));
      const split = flags.get('split') ?? 'all';
      const prefix = flags.get('holdout-prefix') ?? 'h';
      const lines = readJsonl<DedupEvalLine>(data).filter((line) =>
        split === 'all' ? true : split === 'holdout' ? line.sourceId.startsWith(prefix) : !line.sourceId.startsWith(prefix),
      );
      process.stderr.write(`dedup: ${lines.length} lines (${split})\n`);
      const model = flags.has('model') ? readPairModel(pathFrom(flags.get('model'), '')) : undefined;
      const options = {
        repeatThreshold: Number(flags.get('repeat-threshold') ?? DEFAULT_DETECTOR_OPTIONS.repeatThreshold),
        jointThreshold: Number(flags.get('joint-threshold') ?? model?.thresholds.joint ?? DEFAULT_DETECTOR_OPTIONS.jointThreshold),
        ...(model ? { model } : {}),
      };
      const embeddings = flags.has('embed') || model ? await embedLines(lines) : undefined;
      const { model: _model, ...shown } = options;
      return { data, split, embeddings: Boolean(embeddings), model: flags.get('model') ?? null, options: shown, ...evaluateDedup(lines, options, embeddings) };
    }
    case 'dedup-pairs': {
      const files = (flags.get('data') ?? join(ROUTING_DATA_DIR, 'dedup-dev.jsonl')).split(',').map((f) => pathFrom(f, ''));
      const out = pathFrom(flags.get('out'), '');
      if (!flags.get('out')) throw new Error('dedup-pairs needs --out <file.jsonl>');
      const rows: PairRow[] = [];
      for (const file of files) {
        const lines = readJsonl<DedupEvalLine>(file);
        const embeddings = flags.has('no-embed') ? undefined : await embedLines(lines);
        rows.push(...dedupPairs(lines, embeddings));
      }
      writeFileSync(out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
      return { files, out, rows: rows.length, positives: rows.filter((r) => r.label === 1).length, features: EVIDENCE_FEATURES };
    }
    case 'same-matter': {
      const data = pathFrom(flags.get('data'), citizenMessagesPath('same-matter-dev.jsonl'));
      return { data, ...evaluateSameMatter(readJsonl<SameMatterRow>(data)) };
    }
    default:
      throw new Error(`unknown command "${command}": use classify, train, dedup or same-matter`);
  }
}

/** Weak labels and department priors for classification runs, unless --gold-only. */
function classifierExtras(flags: Map<string, string>, gold: LabelledPetition[]): TrainingExtras {
  if (flags.has('gold-only')) return {};
  const departments = readDepartmentTable(flags.has('departments') ? pathFrom(flags.get('departments'), '') : undefined);
  const repliesPath = pathFrom(flags.get('replies'), citizenMessagesPath('messages-with-replies.jsonl'));
  const categories = new Set(gold.map((row) => row.category));
  const extraTrain = existsSync(repliesPath) ? weaklyLabelled(readJsonl<RepliedPetition>(repliesPath), new ReplyDepartmentLabeller(departments), { categories, exclude: gold }) : [];
  return { extraTrain, options: { priors: classifierPriorDocuments(departments, flags.has('remits') ? pathFrom(flags.get('remits'), '') : undefined) } };
}

main().then(
  (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
