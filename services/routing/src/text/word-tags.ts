import { readDataLines } from './data-files';
import { fmix32, hashString } from './shingles';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dict: defaultDictionary } = require('@node-rs/jieba/dict') as { dict: Uint8Array };

/**
 * The dictionaries' tags, held compactly: an open-addressing table of 32-bit word hashes
 * (2^20 slots, 4 MiB) and one byte per slot for the tag (5 MiB in all, instead of ~60 MiB
 * for a Map of 350,000 strings). A false hit needs two words with one 32-bit hash: ~1e-4.
 */
const SLOTS = 1 << 20;
let keys: Uint32Array | undefined;
let codes: Uint8Array | undefined;
const tagNames: string[] = [''];
const tagCodes = new Map<string, number>();
let userWords: ReadonlySet<string> | undefined;

function slotOf(h: number): number {
  let slot = h & (SLOTS - 1);
  while (keys![slot] !== 0 && keys![slot] !== h) slot = (slot + 1) & (SLOTS - 1);
  return slot;
}

function codeOf(tag: string): number {
  let code = tagCodes.get(tag);
  if (code === undefined) {
    code = tagNames.push(tag) - 1;
    tagCodes.set(tag, code);
  }
  return code;
}

function put(h: number, code: number): void {
  const slot = slotOf(h || 1);
  keys![slot] = h || 1;
  codes![slot] = code;
}

/** FNV-1a + murmur finaliser over text[from, to) — hashString without cutting a substring. */
function hashRange(text: string, from: number, to: number): number {
  let h = TAG_SEED;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

const TAG_SEED = 0x5bd1e995;

function load(): void {
  keys = new Uint32Array(SLOTS);
  codes = new Uint8Array(SLOTS);
  // "word freq tag" lines, scanned in place: 350,000 lines would otherwise leave a few
  // million short-lived strings for the garbage collector during the first decisions.
  const text = Buffer.from(defaultDictionary).toString('utf8');
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const firstSpace = text.indexOf(' ', start);
    if (firstSpace > start && firstSpace < end) {
      const lastSpace = text.lastIndexOf(' ', end - 1);
      const tag = lastSpace > firstSpace ? text.slice(lastSpace + 1, end).trim() : 'n';
      put(hashRange(text, start, firstSpace), codeOf(tag || 'n'));
    }
    start = end + 1;
  }
  const user = readDataLines('user-dict.txt').map((line) => line.split(/\s+/));
  for (const [word, , tag = 'n'] of user) put(hashString(word, TAG_SEED), codeOf(tag));
  userWords = new Set(user.map(([word]) => word));
}

/**
 * Part-of-speech tag of a word in jieba's general dictionary, overridden by the district's user
 * dictionary (data/user-dict.txt); undefined for a word neither knows — a word jieba's HMM
 * found, which in a petition is most often a local name (龙塘, 金辉) or a fragment. Tags follow
 * jieba (ICTCLAS): n noun, ns place, nt organisation, nz/nr proper names, v verb, d adverb,
 * p preposition, r pronoun, m numeral, f locality, …
 */
export function wordTag(word: string): string | undefined {
  if (!keys) load();
  if (!word) return undefined;
  const slot = slotOf(hashString(word, TAG_SEED) || 1);
  return keys![slot] === 0 ? undefined : tagNames[codes![slot]];
}

/** Whether the district's user dictionary lists the word (a local place, estate, company or unit). */
export function isUserDictionaryWord(word: string): boolean {
  if (!keys) load();
  return userWords!.has(word);
}

/**
 * Tags of words that never belong inside a name: verbs, adverbs, prepositions, pronouns,
 * conjunctions, particles, numerals and measure words, locality and position words
 * (恢复/停靠/撤销 + 龙泉小区, 别的小区, 隔壁村, 一家培训学校, 中间那条路).
 */
const FUNCTION_TAG = /^(?:v|vd|vi|vq|d|p|r|rr|rz|c|u.*|y|e|o|q|mq|f|s|b|ad|df|dg|rg|vg)$/;

/** A word whose dictionary tag says it is a verb or function word, not part of a name. */
export function isFunctionTagged(word: string): boolean {
  const tag = wordTag(word);
  if (tag === undefined) return false;
  if (tag === 'm') return !/^第/.test(word); // 第二 (中学) is part of a name, 一家/三四 are not
  // A single character's tag is a guess (沫若 is cut 沫/若, 若 a conjunction): only the
  // unambiguous verbs, prepositions, adverbs, pronouns and particles count there.
  if (word.length === 1) return /^(?:v|p|d|r|u.*|q|f)$/.test(tag);
  return FUNCTION_TAG.test(tag);
}
