// eslint-disable-next-line @typescript-eslint/no-require-imports
const { idf: idfDictionary } = require('@node-rs/jieba/dict') as { idf: Uint8Array };

let table: Map<string, number> | undefined;
/** Words jieba's general-purpose IDF table does not know are local names: rare, so weighty. */
export const UNKNOWN_WORD_IDF = 12;

/**
 * Inverse document frequency of a word from jieba's general Chinese IDF table (shipped with
 * @node-rs/jieba). A general table, not one learnt from our petitions, so it needs no
 * history and carries nothing from any data set.
 */
export function wordIdf(word: string): number {
  if (!table) {
    table = new Map();
    for (const line of Buffer.from(idfDictionary).toString('utf8').split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space > 0) table.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
  }
  return table.get(word) ?? UNKNOWN_WORD_IDF;
}

/** A weighted key term of a text. */
export interface KeyTerm {
  term: string;
  weight: number;
}

/**
 * The text's most telling terms by tf·idf, weights L2-normalised: what a reader would
 * underline (丽发新城, 搅拌站, 扬尘), not what every petition says (问题, 小区). Key entities join
 * with a boost because the place and the organisation are what makes a matter this matter.
 */
export function keyTerms(contentWords: readonly string[], entityTerms: readonly string[], limit = 20, entityBoost = 1.5): KeyTerm[] {
  const tf = new Map<string, number>();
  for (const word of contentWords) if (word.length >= 2) tf.set(word, (tf.get(word) ?? 0) + 1);
  const scored: KeyTerm[] = [];
  for (const [term, count] of tf) scored.push({ term, weight: (1 + Math.log(count)) * wordIdf(term) });
  for (const entity of entityTerms) scored.push({ term: entity, weight: entityBoost * UNKNOWN_WORD_IDF });
  scored.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  const top = scored.slice(0, limit);
  const norm = Math.sqrt(top.reduce((sum, t) => sum + t.weight * t.weight, 0)) || 1;
  return top.map((t) => ({ term: t.term, weight: t.weight / norm }));
}
