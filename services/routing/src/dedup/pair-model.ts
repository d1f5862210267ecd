import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTING_DATA_DIR } from '../text/data-files';
import { type PairModel } from './scoring-policy';

/** The pair model file: the model and the thresholds it was chosen with (tools/train-dedup-model.py). */
export interface PairModelFile extends PairModel {
  thresholds: { repeat: number; joint: number };
}

export const DEFAULT_DEDUP_MODEL = join(ROUTING_DATA_DIR, 'dedup-model.json');

export function readPairModel(path = DEFAULT_DEDUP_MODEL): PairModelFile {
  return JSON.parse(readFileSync(path, 'utf8')) as PairModelFile;
}
