import { existsSync, readFileSync } from 'node:fs';
import { compactText, normalizeText } from '../text/normalize-text';
import { CategoryClassifier, type CategoryClassifierOptions, type LabelledPetition } from './category-classifier';
import { classifierPriorDocuments } from './remit-priors';
import { ReplyDepartmentLabeller, readDepartmentTable } from './reply-department-labels';
import { type Document } from './tfidf-vectorizer';

/** A petition with the official reply it received (messages-with-replies.jsonl). */
export interface RepliedPetition extends Document {
  reply: string;
}

/** Weight of a weakly labelled example relative to a gold one (chosen by 5-fold CV). */
export const DEFAULT_WEAK_WEIGHT = 0.3;

function readJsonlFile<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** The identity of a text for de-duplication between training sources: its content characters. */
function textKey(document: Document): string {
  return compactText(normalizeText(document.text)).slice(0, 200);
}

/**
 * Weakly labelled examples from replied petitions: the category of the department that
 * answered (see ReplyDepartmentLabeller), at `weight`. Petitions whose text is also among
 * `exclude` (gold rows) are dropped, so a gold row is never trained on twice — and never
 * seen by a cross-validation fold that tests it.
 */
export function weaklyLabelled(
  replied: readonly RepliedPetition[],
  labeller: ReplyDepartmentLabeller,
  options: { weight?: number; categories?: ReadonlySet<string>; exclude?: readonly Document[] } = {},
): LabelledPetition[] {
  const excluded = new Set((options.exclude ?? []).map(textKey));
  const out: LabelledPetition[] = [];
  for (const row of replied) {
    const label = labeller.label(row.reply);
    if (!label || (options.categories && !options.categories.has(label.category))) continue;
    if (excluded.has(textKey(row))) continue;
    out.push({ subject: row.subject, text: row.text, category: label.category, weight: options.weight ?? DEFAULT_WEAK_WEIGHT });
  }
  return out;
}

/** Where the classifier learns from at service start; every path is configuration. */
export interface ClassifierTrainingFiles {
  /** Gold labelled petitions (JSONL: subject?, text, category). Required. */
  labelled: string;
  /** Petitions with official replies (JSONL: subject?, text, reply), for weak labels. Optional. */
  replied?: string;
  /** The board's taxonomy (JSON rows [level1, level2, level3]). Optional. */
  taxonomy?: string;
  /** Unlabelled petitions (JSONL: subject?, text), for idf only. Optional. */
  unlabelled?: string;
  /** Department → category table (TSV); defaults to data/department-categories.txt. */
  departments?: string;
  /** Department remits (what each handles, TSV); defaults to data/department-remits.txt. */
  remits?: string;
}

/**
 * Trains the category classifier from files at service start (no downloaded model): gold rows,
 * weak rows from replies at {@link DEFAULT_WEAK_WEIGHT}, taxonomy, department-name and remit priors,
 * idf steadied by unlabelled petitions when given. Optional files that do not exist are skipped. About 7–8 s on
 * the shared data (309 gold + ~790 weak rows) on a 2-core machine.
 */
export function trainCategoryClassifierFromFiles(files: ClassifierTrainingFiles, options: Partial<CategoryClassifierOptions> = {}): CategoryClassifier {
  const gold = readJsonlFile<LabelledPetition>(files.labelled);
  const categories = new Set(gold.map((row) => row.category));
  const present = (path?: string): path is string => !!path && existsSync(path);
  const departments = readDepartmentTable(files.departments);
  const weak = present(files.replied) ? weaklyLabelled(readJsonlFile<RepliedPetition>(files.replied), new ReplyDepartmentLabeller(departments), { categories, exclude: gold }) : [];
  const taxonomy = present(files.taxonomy) ? (JSON.parse(readFileSync(files.taxonomy, 'utf8')) as string[][]) : [];
  const background = present(files.unlabelled) ? readJsonlFile<Document>(files.unlabelled) : [];
  return CategoryClassifier.train([...gold, ...weak], { taxonomy, background, priors: classifierPriorDocuments(departments, files.remits), ...options });
}

/**
 * The training files from environment variables (ROUTING_CLASSIFIER_LABELLED, _REPLIED,
 * _TAXONOMY, _UNLABELLED, _DEPARTMENTS, _REMITS), or undefined when no labelled file is configured —
 * the service then routes by keywords alone.
 */
export function classifierTrainingFilesFromEnv(env: NodeJS.ProcessEnv = process.env): ClassifierTrainingFiles | undefined {
  const labelled = env.ROUTING_CLASSIFIER_LABELLED;
  if (!labelled) return undefined;
  return {
    labelled,
    replied: env.ROUTING_CLASSIFIER_REPLIED,
    taxonomy: env.ROUTING_CLASSIFIER_TAXONOMY,
    unlabelled: env.ROUTING_CLASSIFIER_UNLABELLED,
    departments: env.ROUTING_CLASSIFIER_DEPARTMENTS,
    remits: env.ROUTING_CLASSIFIER_REMITS,
  };
}
