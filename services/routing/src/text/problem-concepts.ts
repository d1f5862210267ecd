import { readDataLines } from './data-files';
import { compactText } from './normalize-text';
import { wordIdf } from './term-weights';
import { isUserDictionaryWord, wordTag } from './word-tags';

/** A problem concept (诉求要素) and the cues that name it (data/problem-concepts.txt). */
export interface ProblemConcept {
  concept: string;
  cues: string[];
}

let cached: { concepts: ProblemConcept[]; pattern: RegExp; sticky: RegExp; conceptOf: Map<string, string[]> } | undefined;

function table() {
  if (!cached) {
    const concepts = readDataLines('problem-concepts.txt').map((line) => {
      const [concept, cues = ''] = line.split('\t');
      return { concept: concept.trim(), cues: cues.split(/\s+/).filter(Boolean) };
    });
    const conceptOf = new Map<string, string[]>();
    for (const { concept, cues } of concepts) for (const cue of cues) conceptOf.set(cue, [...(conceptOf.get(cue) ?? []), concept]);
    const escaped = [...conceptOf.keys()].sort((a, b) => b.length - a.length).map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    cached = { concepts, pattern: new RegExp(escaped.join('|'), 'g'), sticky: new RegExp(escaped.join('|'), 'y'), conceptOf };
  }
  return cached;
}

/**
 * The problem concepts a petition's compact text mentions (noise, dust, water-supply …), in
 * order of first mention. Two people describing one matter in their own words ("噪音扰民" /
 * "吵得睡不着") share the concept even when they share few words. With the petition's words
 * (jieba's cut of the same text), a cue that begins inside one word and ends inside another is
 * a chance join, not a mention (增|加班|次 of 增加班次 is no overtime). Cues may overlap: 猪粪水
 * is a farm's (猪粪) sewage (粪).
 */
export function problemConcepts(compact: string, names: readonly string[] = [], words?: readonly string[]): string[] {
  const { sticky, conceptOf } = table();
  // A cue inside a name is no problem ("龙塘安置小区" is not about resettlement).
  const masked = new Uint8Array(compact.length);
  for (const name of names) {
    if (name.length < 2) continue;
    for (let at = compact.indexOf(name); at >= 0; at = compact.indexOf(name, at + 1)) masked.fill(1, at, at + name.length);
  }
  const starts = wordStarts(compact, words);
  const found = new Set<string>();
  for (let i = 0; i < compact.length; i++) {
    sticky.lastIndex = i;
    const match = sticky.exec(compact);
    if (!match) continue;
    const end = i + match[0].length;
    const inName = masked.subarray(i, end).includes(1);
    const straddles = starts !== undefined && !starts[i] && end < compact.length && !starts[end] && starts.subarray(i + 1, end).includes(1);
    if (inName || straddles) continue;
    for (const concept of conceptOf.get(match[0]) ?? []) found.add(concept);
  }
  return [...found];
}

/** 1 at each position of `compact` where one of `words` begins; undefined if they do not spell it. */
function wordStarts(compact: string, words: readonly string[] | undefined): Uint8Array | undefined {
  if (!words) return undefined;
  const starts = new Uint8Array(compact.length + 1);
  let at = 0;
  for (const word of words) {
    const part = compactText(word);
    if (!part) continue;
    if (compact.startsWith(part, at)) {
      starts[at] = 1;
      at += part.length;
    } else return undefined;
  }
  starts[at] = 1;
  return at === compact.length ? starts : undefined;
}

/** Words at least this rare in general Chinese (jieba idf; 12 = unknown) are names, not topic words. */
export const NAME_IDF = 11.5;
/** Generic tails that one writer adds to a name and another leaves off (丽发新城小区 / 丽发新城). */
const GENERIC_TAIL = /(?:小区|社区|片区|街道|新村)$/;
/** Too coarse to tell matters apart: provinces, cities, districts, counties (incl. anonymised A3区). */
const COARSE_PLACE = /^(?:[a-z]\d{0,2}|.{1,3})(?:省|市|区|县)$/;
/** Government units and generic operators are whom a petition addresses, not what it is about. */
const ADDRESSEE = /(?:局|委|办|部门|政府|大队|支队|中队|派出所|热线|信箱)$|^.{0,2}(?:公司|物业|集团)$|^(?:公交|物业|供水|供电|燃气|自来水|学校|本校|该校|医院|小区|社区)/;
const NAME_WORD = /^[\u4e00-\u9fff]{2,4}$/;
/** Words for any road or place, which name nothing in particular. */
const GENERIC_PLACE = /^(?:马路|公路|道路|修路|水泥路|村道|步道|路口|小路|大路|主干道|路段|路面|村里|镇上|城区|市区|县城|农村|家门口)$/;
/**
 * Tokens that jieba's HMM glues from function characters ("吵得", "管一管", "十五秒", "好几户")
 * are not names: numerals, degree words and verb complements give them away.
 */
const JUNK_TOKEN = /[一二三四五六七八九十百千万两几多少](?![中小校院站厂路街村组栋]$)|[得了着过们]$|^[不没很太再还也都就才又被把给让]/;
/**
 * Fragments jieba's HMM glues across word boundaries: a pronoun, verb or adverb in front
 * (人黄 of 来电人黄女士, 我该, 只报, 能建, 来查, 说会, 某站, 号线 of 1号线) or a complement behind
 * (响到, 摔进, 埋好, 群里, 导致全). A local name has none of these.
 */
const FRAGMENT = /^[人我你他她该有说来去到出进被把对给在是能会要只某既号每各请让叫找看听想问用排运收住]|[到进好上下里全会该啊吗呢吧呀的地]$/;
/** Premises named by their trade: a shop, a factory, a hall, a stall, a depot. */
const PREMISES = /(?:店|厂|馆|铺|坊|摊|档|场|站|点)$/;
/** Persons are who writes, not what the petition is about (蔡先生, 王女士). */
const PERSON = /(?:先生|女士|小姐|师傅|大爷|大妈|阿姨|老师|同志)$/;

/**
 * A rare word is taken as a name only when it is a local word no general dictionary knows
 * (jieba found it by HMM: 龙塘, 金辉) or a proper name of the district's user dictionary, and
 * it is not a fragment or a person. Common words the idf table happens not to know (走路, 欠钱,
 * 拉客, 校服) are topic words, not names.
 */
function isLocalName(word: string, words?: readonly string[]): boolean {
  if (PERSON.test(word)) return false;
  if (isUserDictionaryWord(word)) return true;
  const tag = wordTag(word);
  if (tag === undefined) return !FRAGMENT.test(word) && (words === undefined || namesSomething(word, words));
  // Dictionary proper names of places and organisations (嘉州, 金色年华), and premises named by
  // their trade (烧烤店, 家具厂, 麻将馆): the one place the petition is about.
  return tag === 'ns' || tag === 'nz' || tag === 'nt' || (tag.startsWith('n') && PREMISES.test(word));
}

/**
 * Whether a word no dictionary knows is used as a name somewhere in the text: right before a
 * noun it modifies (明发|国际, 龙塘|安置小区, 若溪|河水, 金麦汇|ktv). A fragment jieba's HMM glued
 * across words stands before a particle, verb or numeral (打摩|的, 水排|到, 元涨|到, 停满|了) or at
 * the end of a clause; before 部门 it is an abbreviated department (卫健部门), whom one writes to.
 */
function namesSomething(word: string, words: readonly string[]): boolean {
  for (let i = words.indexOf(word); i >= 0 && i + 1 < words.length; i = words.indexOf(word, i + 1)) {
    const next = words[i + 1];
    if (next === '部门') continue;
    const tag = wordTag(next);
    if (isUserDictionaryWord(next) || /^[a-z0-9]+$/.test(next) || (tag !== undefined && /^(?:n|ns|nz|nt|nr|nrt|ng|j)$/.test(tag))) return true;
  }
  return false;
}

/** Town-level areas (镇/乡/街道): a name, but a wide one — dropped when a finer name is present. */
const AREA_NAME = /(?:镇|乡|街道|片区)$/;

/**
 * Whether a petition's names are town-level areas only (嘉农镇, 南托街道): nameTerms keeps
 * them only when nothing finer is named. Sharing a town is weak evidence of one matter — many
 * matters happen in one town — and a town against an estate or a village is no conflict.
 */
export function namesAreAreas(names: readonly string[] = []): boolean {
  return names.length > 0 && names.every((name) => AREA_NAME.test(name));
}

/** Whether a word holds a problem cue (排水泵 holds 排水): then it names a thing, not a place. */
function containsCue(word: string): boolean {
  const { pattern } = table();
  pattern.lastIndex = 0;
  const found = pattern.test(word);
  pattern.lastIndex = 0;
  return found;
}

/**
 * The names of a petition (what it is about *where* and *who*): key entities without their kind
 * prefix and generic tail, plus rare words (idf ≥ NAME_IDF: local names, shop and company
 * names that no general dictionary knows), excluding amounts and problem cue words. With all
 * the petition's `words`, a word no dictionary knows must be used as a name (namesSomething).
 */
export function nameTerms(keyEntities: readonly string[], contentWords: readonly string[], limit = 8, words?: readonly string[]): string[] {
  const names = new Set<string>();
  const usable = (name: string) => name.length >= 2 && !COARSE_PLACE.test(name) && !ADDRESSEE.test(name) && !GENERIC_PLACE.test(name);
  for (const entity of keyEntities) {
    if (entity.startsWith('m:')) continue;
    const name = entity.slice(2).replace(GENERIC_TAIL, '');
    if (usable(name)) names.add(name);
  }
  for (const word of contentWords) {
    if (names.size >= limit * 2) break;
    if (NAME_WORD.test(word) && usable(word) && !JUNK_TOKEN.test(word) && !containsCue(word) && wordIdf(word) >= NAME_IDF && isLocalName(word, words)) names.add(word);
  }
  const all = [...names];
  const fine = all.filter((name) => !AREA_NAME.test(name));
  return (fine.length > 0 ? fine : all).slice(0, limit);
}
