import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The routing service's data folder (dictionaries, stop words). Compiled code lives in
 * `dist/<dir>/` and sources in `src/<dir>/`, both two levels below the service folder, so one
 * relative path serves Jest (running `src`) and production (running `dist`).
 */
export const ROUTING_DATA_DIR = join(__dirname, '..', '..', 'data');

/** Non-empty, non-comment lines of a UTF-8 data file (`#` starts a comment line). */
export function readDataLines(fileName: string, dir = ROUTING_DATA_DIR): string[] {
  return readDataFileLines(join(dir, fileName));
}

/** The same for a file given by its path (tables that configuration may replace). */
export function readDataFileLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}
