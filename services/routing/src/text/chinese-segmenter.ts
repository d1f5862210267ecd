import { Jieba } from '@node-rs/jieba';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTING_DATA_DIR } from './data-files';

// The package ships its default dictionary as a separate CommonJS entry without types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dict: defaultDictionary } = require('@node-rs/jieba/dict') as { dict: Uint8Array };

/**
 * 地名脱敏 — published data anonymise places as A市, A3区, B7县 (lower-cased by normalizeText).
 * Left to jieba, "a2区丽发新城" becomes a2 / 区丽发 / 新城: the HMM glues the suffix to the next
 * name. So these places are cut out first, kept whole, and only the text between is segmented.
 */
const ANONYMISED_PLACE = /(?<![a-z0-9])[a-z]\d{0,2}(?:省|市|区|县|镇|乡)/g;

/**
 * Chinese word segmentation: jieba (native, ~0.15 ms for 500 characters) with the default
 * dictionary plus the district's user dictionary of places, estates, companies and units, so
 * that "杜鹃文苑" or "沙湾区人民医院" stay whole and can be matched as entities.
 *
 * Loading the dictionaries takes ~0.4 s, so one instance is shared per process ({@link shared}).
 */
export class ChineseSegmenter {
  private static instance: ChineseSegmenter | undefined;

  private readonly jieba: Jieba;

  constructor(userDictionaryPaths: string[] = [join(ROUTING_DATA_DIR, 'user-dict.txt')]) {
    this.jieba = Jieba.withDict(defaultDictionary);
    for (const path of userDictionaryPaths) {
      // jieba reads "word freq tag" lines; our comment lines would become words, so drop them.
      const lines = readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('#'));
      this.jieba.loadDict(Buffer.from(lines.join('\n') + '\n', 'utf8'));
    }
  }

  /** The process-wide segmenter with the shipped dictionaries. */
  static shared(): ChineseSegmenter {
    this.instance ??= new ChineseSegmenter();
    return this.instance;
  }

  /**
   * Words of already normalised text, without whitespace tokens. HMM discovery of unknown
   * words is on: petitions are full of local names that no dictionary has.
   */
  cut(normalized: string): string[] {
    const words: string[] = [];
    let from = 0;
    for (const match of normalized.matchAll(ANONYMISED_PLACE)) {
      this.cutInto(normalized.slice(from, match.index), words);
      words.push(match[0]);
      from = match.index + match[0].length;
    }
    this.cutInto(from === 0 ? normalized : normalized.slice(from), words);
    return words;
  }

  private cutInto(piece: string, words: string[]): void {
    if (!piece) return;
    for (const word of this.jieba.cut(piece, true)) if (word !== ' ' && word !== '') words.push(word);
  }
}
