import { readDataLines } from './data-files';

let cached: ReadonlySet<string> | undefined;

/** Function words and courtesy formulas (data/stop-words.txt), loaded once. */
export function stopWords(): ReadonlySet<string> {
  cached ??= new Set(readDataLines('stop-words.txt'));
  return cached;
}

/** Punctuation, digits-only and single Latin letters carry no topic. */
export function isContentWord(word: string, stops: ReadonlySet<string> = stopWords()): boolean {
  if (stops.has(word)) return false;
  if (!/[\u4e00-\u9fffa-z]/.test(word)) return false;
  return !(word.length === 1 && /[a-z]/.test(word));
}
