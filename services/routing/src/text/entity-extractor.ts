import { isContentWord, stopWords } from './stop-words';
import { isFunctionTagged, isUserDictionaryWord, wordTag } from './word-tags';

/**
 * Key entities of a petition (关键要素): where (places), who is responsible (organisations),
 * how much (amounts) and when (dates). Duplicate detection uses them as a second opinion: two
 * texts of similar wording about different estates or different sums are different matters.
 */
export interface TextEntities {
  /** Places from province down to estate and road, e.g. "a3区", "杜鹃文苑小区", "雷峰大道". */
  places: string[];
  /** Organisations: companies, bureaus, hospitals, schools, banks, e.g. "美顺物业公司". */
  orgs: string[];
  /** Sums of money in yuan as canonical digits, e.g. "20000" for 2万元 / 两万元. */
  amounts: string[];
  /** Dates as ISO-like strings with unknown parts left out: "2019-01-16", "2019-01", "01-16". */
  dates: string[];
}

/** Administrative levels too coarse to tell two matters apart (every local petition names them). */
/** (小区, 社区, 园区, 片区, 景区 end in 区 too, but they are fine-grained.) */
const COARSE_PLACE_SUFFIX = /(?:省|市|县|(?<![小社园片景校厂营])区)$/;
/** Place words that end a name: 省/市/区/县/镇/乡/街道/村/社区/小区/花园/路/街 … */
const PLACE_SUFFIX_WORDS = new Set([
  '省', '市', '区', '县', '镇', '乡', '街道', '村', '组', '社区', '小区', '花园', '家园', '新村', '新城', '苑', '园',
  '广场', '路', '街', '大道', '大街', '巷', '桥', '大桥', '立交桥', '公园', '片区', '园区', '工业园', '栋', '大厦', '公寓',
]);
const PLACE_SUFFIX_CHARS = /(?:省|市|区|县|镇|乡|街道|村|社区|小区|花园|家园|新村|新城|苑|园|广场|路|街|大道|巷|大桥|公园|大厦|公寓)$/;
/** Organisation words: …公司/局/委/办/医院/学校/银行 … */
const ORG_SUFFIX_WORDS = new Set([
  '公司', '集团', '局', '委', '办', '委员会', '办公室', '医院', '卫生院', '诊所', '学校', '中学', '小学', '大学', '学院',
  '幼儿园', '银行', '法院', '检察院', '派出所', '支队', '大队', '中队', '中心', '协会', '物业', '酒店', '超市', '厂',
]);
const ORG_SUFFIX_CHARS = /(?:公司|集团|局|委|办|委员会|办公室|医院|卫生院|诊所|学校|中学|小学|大学|学院|幼儿园|银行|法院|检察院|派出所|支队|大队|中心|协会|物业|酒店|超市|厂)$/;
/**
 * Length of the generic kind word a name ends in (幼儿园 of 阳光幼儿园, 新城 of 丽发新城), or 0.
 * Two names that share only that tail (阳光幼儿园 / 沫若幼儿园) are two places.
 */
export function genericSuffixLength(name: string): number {
  const org = ORG_SUFFIX_CHARS.exec(name);
  const place = PLACE_SUFFIX_CHARS.exec(name);
  return Math.max(org && org.index > 0 ? org[0].length : 0, place && place.index > 0 ? place[0].length : 0);
}
/** Words that are a suffix alone carry no name ("小区" in 该小区, "公司" in 这家公司). */
const GENERIC_ALONE = new Set([...PLACE_SUFFIX_WORDS, ...ORG_SUFFIX_WORDS, '业委会', '开发商', '居委会', '村委会', '街道办']);
/** Tokens that never belong to a name even though they are not stop words. */
const NAME_BREAKERS = new Set(['位于', '附近', '旁边', '对面', '门口', '周边', '楼下', '楼上', '所在', '整个', '全体', '原', '新', '老']);

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二十三万五千 → 235000; returns NaN when the string is not a Chinese numeral. */
export function parseChineseNumber(text: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else if (ch in UNITS) {
      section += (digit < 0 ? 1 : digit) * UNITS[ch];
      digit = -1;
    } else if (ch === '万' || ch === '亿') {
      const scale = ch === '万' ? 1e4 : 1e8;
      total = (total + section + Math.max(digit, 0)) * scale;
      section = 0;
      digit = -1;
    } else return Number.NaN;
  }
  return total + section + Math.max(digit, 0);
}

const AMOUNT = /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)\s*(?:多|余|来)?\s*(千|万|亿)?\s*(?:元|块钱|块)/g;
const DATE_FULL = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*(?:月|[/.-])\s*(?:(\d{1,2})\s*[日号]?)?/g;
const DATE_MONTH_DAY = /(?<!\d)(\d{1,2})月(\d{1,2})[日号]/g;

function pad(n: string): string {
  return n.length === 1 ? `0${n}` : n;
}

function extractAmounts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const base = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumber(m[1]);
    if (!Number.isFinite(base) || base === 0) continue;
    const scale = m[2] === '千' ? 1e3 : m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1;
    out.push(String(Math.round(base * scale * 100) / 100));
  }
  return out;
}

function extractDates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DATE_FULL)) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) continue;
    out.push(m[3] && Number(m[3]) <= 31 ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : `${m[1]}-${pad(m[2])}`);
  }
  for (const m of text.matchAll(DATE_MONTH_DAY)) {
    if (Number(m[1]) <= 12 && Number(m[2]) <= 31) out.push(`${pad(m[1])}-${pad(m[2])}`);
  }
  return out;
}

function isNameToken(word: string, stops: ReadonlySet<string>): boolean {
  return word.length <= 5 && !NAME_BREAKERS.has(word) && isContentWord(word, stops) && /^[\u4e00-\u9fffa-z0-9]+$/.test(word);
}

/** Town-level areas before a name are its parent (太平镇 | 石桥村), like districts. */
const AREA_PARENT = /(?:镇|乡|街道)$/;

/**
 * Whether `prev` may be glued to the front of a name. Verbs, adverbs, pronouns, numerals and
 * locality words are the sentence around the name, not the name (恢复|龙泉小区, 别的|小区,
 * 一家|培训学校). A verb is kept only as a modifier right before the suffix when a name-like
 * word precedes it (龙塘安置小区): then it is part of the estate's name.
 */
function canGlue(prev: string, before: string | undefined, back: number, stops: ReadonlySet<string>): boolean {
  if (!isNameToken(prev, stops)) return false;
  if (!isFunctionTagged(prev)) return true;
  const tag = wordTag(prev);
  if (back !== 1 || prev.length < 2 || (tag !== 'v' && tag !== 'vn') || before === undefined || !isNameToken(before, stops)) return false;
  const beforeTag = wordTag(before);
  return beforeTag === undefined || beforeTag === 'nz' || beforeTag === 'nr' || beforeTag === 'nrt';
}

/** Schools called by their number: 二中, 一小, 十一中. */
const SCHOOL_BY_NUMBER = /^第?[一二三四五六七八九十]{1,3}[中小]$/;

/** Function characters that jieba's HMM sometimes glues to the front of a name (在丽发新城). */
const LEADING_FUNCTION_CHARS = /^[在于离距是从到向对给把被就的和与及靠近住家]+/;

function trimName(name: string, suffixLength: number): string | undefined {
  const trimmed = name.replace(LEADING_FUNCTION_CHARS, '');
  return trimmed.length > suffixLength ? trimmed : undefined;
}

/** A building or unit number and the word after it (2栋, 3单元, 5号楼, 1幢). */
const BUILDING_NUMBER = /^(?:\d{1,3}|[a-z]\d{0,2})$/;
const BUILDING_UNIT = /^(?:栋|幢|单元|号楼|号院|期)/;

/** Up to two name-like words right before position `end`, joined, if they make a name of 2+ characters. */
function estateBefore(words: readonly string[], end: number, stops: ReadonlySet<string>): string | undefined {
  let name = '';
  for (let back = 1; back <= 2 && end - back >= 0; back++) {
    const prev = words[end - back];
    if (!isNameToken(prev, stops) || isFunctionTagged(prev) || COARSE_PLACE_SUFFIX.test(prev) || AREA_PARENT.test(prev)) break;
    if (back > 1 && wordTag(prev) !== undefined && !/^(?:ns|nz|nt|nr|nrt)$/.test(wordTag(prev)!)) break;
    name = prev + name;
  }
  const trimmed = name ? trimName(name, 1) : undefined;
  return trimmed && trimmed.length >= 2 && !GENERIC_ALONE.has(trimmed) ? trimmed : undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Extracts entities from the words of normalised text (see ChineseSegmenter) and the text
 * itself. A name is a suffix word (小区, 公司, 医院…) glued to up to two name-like words before
 * it — jieba cuts "杜鹃文苑小区" as 杜鹃/文苑/小区 — or a single word already ending in such a
 * suffix ("交警支队", "a3区").
 */
export function extractEntities(normalized: string, words: readonly string[]): TextEntities {
  const stops = stopWords();
  const places: string[] = [];
  const orgs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const placeSuffix = PLACE_SUFFIX_WORDS.has(word);
    const orgSuffix = ORG_SUFFIX_WORDS.has(word);
    if (BUILDING_NUMBER.test(word) && i > 0 && !PLACE_SUFFIX_WORDS.has(words[i - 1]) && i + 1 < words.length && BUILDING_UNIT.test(words[i + 1])) {
      // "御府 2 栋", "新城御府3单元": the words before a building number name the estate.
      const estate = estateBefore(words, i, stops);
      if (estate) places.push(estate);
    } else if (placeSuffix || orgSuffix) {
      let name = word;
      for (let back = 1; back <= 2 && i - back >= 0; back++) {
        const prev = words[i - back];
        // An administrative unit before a name is its parent (a3区 | 杜鹃文苑小区), not part of it.
        if (!canGlue(prev, words[i - back - 1], back, stops) || (COARSE_PLACE_SUFFIX.test(prev) && prev.length <= 4)) break;
        // … but a town's own hospital or school is named by the town (牛石镇卫生院).
        if (placeSuffix && AREA_PARENT.test(prev) && prev.length <= 5) break;
        if (name.length + prev.length > 10) break;
        name = prev + name;
      }
      const trimmed = trimName(name, word.length); // a suffix alone names nothing
      if (trimmed) (orgSuffix ? orgs : places).push(trimmed);
    } else if (word.length >= 2 && !GENERIC_ALONE.has(word) && isContentWord(word, stops)) {
      // A school by its number (二中, 第一小学's 一小): a name however common the word.
      if (SCHOOL_BY_NUMBER.test(word)) {
        orgs.push(word);
        continue;
      }
      const trimmed = trimName(word, 1);
      if (!trimmed) continue;
      // A general-dictionary word that is no proper name is a common word that happens to end
      // like one (走路, 乡村, 马路, 督办): only proper names, district words and unknown (local) words count.
      const tag = trimmed === word ? wordTag(word) : undefined;
      if (tag !== undefined && !/^(?:ns|nt|nz|nr|nrt|j)$/.test(tag) && !isUserDictionaryWord(word)) continue;
      if (ORG_SUFFIX_CHARS.test(trimmed)) orgs.push(trimmed);
      else if (PLACE_SUFFIX_CHARS.test(trimmed)) places.push(trimmed);
    }
  }
  return { places: unique(places), orgs: unique(orgs), amounts: unique(extractAmounts(normalized)), dates: unique(extractDates(normalized)) };
}

/** A district, county, city or province by name or code (沙湾区, a3区, e市, k3县) — not 小区, 全市, 本区. */
const REGION = /^(?:[a-z]\d{0,2}|[\u4e00-\u9fff]{2,3})(?:省|市|县|(?<![小社园片景校厂营])区)$/;

/**
 * The administrative regions a petition names, each prefixed by its level (p: province, c: city,
 * d: district or county): "d:沙湾区", "c:e市". Too coarse to show that two petitions are one
 * matter, but two petitions in different districts (or cities) are not.
 */
export function regionsOf(entities: Pick<TextEntities, 'places'>): string[] {
  const regions: string[] = [];
  for (const place of entities.places) {
    if (!REGION.test(place)) continue;
    regions.push(`${place.endsWith('省') ? 'p' : place.endsWith('市') ? 'c' : 'd'}:${place}`);
  }
  return regions;
}

/**
 * The entities specific enough to tell one matter from another: places below the district
 * (estate, road, village, street) and every organisation and amount. Prefixed by kind so
 * that "100" the amount never equals something else.
 */
export function keyEntities(entities: TextEntities): string[] {
  const keys: string[] = [];
  for (const place of entities.places) if (!(COARSE_PLACE_SUFFIX.test(place) && place.length <= 4)) keys.push(`p:${place}`);
  for (const org of entities.orgs) keys.push(`o:${org}`);
  for (const amount of entities.amounts) keys.push(`m:${amount}`);
  return keys;
}
