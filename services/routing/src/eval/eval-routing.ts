/**
 * Evaluation CLI of the routing intelligence. Prints exactly one JSON object on stdout;
 * progress goes to stderr.
 *
 *   npm run -s eval:routing -- classify --train <file.jsonl> --test <file.jsonl>
 *   npm run -s eval:routing -- classify --cv 5 --data <file.jsonl> [--seed 42]
 *   npm run -s eval:routing -- dedup --data <file.jsonl> [--split all|tune|holdout] [--holdout-prefix h]
 *   npm run -s eval:routing -- same-matter --data <same-matter-dev.jsonl>
 *
 * Relative paths are resolved from the directory npm was started in; defaults use the shared
 * data folder (SUNSHINE_SHARED_DIR or ../shared) and services/routing/data.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { type LabelledPetition } from '../classification/category-classifier';
import { ROUTING_DATA_DIR } from '../text/data-files';
import { crossValidate, evaluateTrainTest } from './eval-classify';
import { citizenMessagesPath, readJsonl, readTaxonomy } from './eval-data';
import { evaluateDedup, evaluateSameMatter, type DedupEvalLine, type SameMatterRow } from './eval-dedup';

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

function main(): unknown {
  const { command, flags } = parseArgs(process.argv.slice(2));
  const taxonomy = flags.has('no-taxonomy') ? [] : readTaxonomy(pathFrom(flags.get('taxonomy'), citizenMessagesPath('taxonomy.json')));
  switch (command) {
    case 'classify': {
      if (flags.has('cv')) {
        const data = pathFrom(flags.get('data'), citizenMessagesPath('labelled-dev.jsonl'));
        const rows = readJsonl<LabelledPetition>(data);
        const folds = Number(flags.get('cv'));
        const seed = Number(flags.get('seed') ?? 42);
        return { data, ...crossValidate(rows, folds, seed, taxonomy, (f) => process.stderr.write(`fold ${f + 1}/${folds}\n`)) };
      }
      const train = readJsonl<LabelledPetition>(pathFrom(flags.get('train'), citizenMessagesPath('labelled-dev.jsonl')));
      const testPath = flags.get('test');
      if (!testPath) throw new Error('classify needs --test <file.jsonl> (or --cv <k> --data <file.jsonl>)');
      return evaluateTrainTest(train, readJsonl<LabelledPetition>(pathFrom(testPath, '')), taxonomy);
    }
    case 'dedup': {
      const data = pathFrom(flags.get('data'), join(ROUTING_DATA_DIR, 'dedup-dev.jsonl'));
      const split = flags.get('split') ?? 'all';
      const prefix = flags.get('holdout-prefix') ?? 'h';
      const lines = readJsonl<DedupEvalLine>(data).filter((line) =>
        split === 'all' ? true : split === 'holdout' ? line.sourceId.startsWith(prefix) : !line.sourceId.startsWith(prefix),
      );
      process.stderr.write(`dedup: ${lines.length} lines (${split})\n`);
      const options = { repeatThreshold: Number(flags.get('repeat-threshold') ?? 0.2), jointThreshold: Number(flags.get('joint-threshold') ?? 0.5) };
      return { data, split, options, ...evaluateDedup(lines, options) };
    }
    case 'same-matter': {
      const data = pathFrom(flags.get('data'), citizenMessagesPath('same-matter-dev.jsonl'));
      return { data, ...evaluateSameMatter(readJsonl<SameMatterRow>(data)) };
    }
    default:
      throw new Error(`unknown command "${command}": use classify, dedup or same-matter`);
  }
}

try {
  process.stdout.write(`${JSON.stringify(main(), null, 2)}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
