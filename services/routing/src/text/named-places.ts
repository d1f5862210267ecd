/**
 * Named places and organisations in a petition, by kind — the evidence that two look-alike
 * petitions are about different things: the neighbouring estate (金桂园 / 银桂园), the next
 * village (双河村 / 双桥村), another shop on the same road (鑫达汽修厂 / 鑫盛汽车美容店), another
 * building (12栋 / 9栋) or village group (一组 / 二组). A name is the run of characters before a
 * kind's suffix, cut at function words and punctuation; two names of one kind are the same place
 * when one holds the other (丽发新城 / 丽发新城小区) or they share their first two characters and no
 * number or ordinal differs (城东职校 / 城东职业技术学校, 鑫达汽修厂 / 鑫达修车厂).
 */

export type PlaceKind = 'estate' | 'village' | 'road' | 'school' | 'hospital' | 'business' | 'public' | 'building' | 'group';

export interface NamedPlace {
  kind: PlaceKind;
  /** The whole name as written, suffix included (鑫达汽修厂). */
  name: string;
}

/** Suffixes by kind, longest first within a kind so that 小区 wins over 区. */
const SUFFIXES: [PlaceKind, string[]][] = [
  ['school', ['职业技术学校', '职业学校', '幼儿园', '小学', '中学', '学校', '学院', '大学', '职校', '驾校', '二小', '一小', '三小', '一中', '二中', '三中']],
  ['hospital', ['社区卫生服务中心', '卫生服务中心', '卫生院', '医院', '诊所', '卫生室']],
  ['estate', ['小区', '花园', '家园', '新村', '新城', '名苑', '雅苑', '华庭', '公寓', '大厦', '雅居', '苑', '府', '湾']],
  ['village', ['村']],
  ['road', ['大道', '路', '街', '巷']],
  ['business', ['有限公司', '公司', '化工厂', '建材厂', '工厂', '厂', '搅拌站', '加油站', '超市', '菜市场', '农贸市场', '市场', '健身房', '酒吧', '歌厅', 'KTV', '酒店', '饭店', '餐馆', '商场', '药店', '店', '砂石场', '养殖场', '养猪场', '工地', '项目']],
  ['public', ['政务服务中心', '服务中心', '公园', '广场', '火车站', '汽车站', '车站']],
];

/** Characters that end a name going backwards (function words, verbs of place, punctuation). */
const STOP = new Set('的在住是我你他她们家了和与及或、，。；：！？,.;:!?（）()“”"\'《》 \n\t从到往向对把被给让为于就都也还又才这那个位请求要过后即'.split(''));
/** Words that precede a name but are not part of it. */
const LEADING = /^(?:位于|地处|附近|旁边|对面|门口|楼下|隔壁|靠近|关于|反映|举报|投诉|来电人?|请问|本人|我们|我家|我是|我在|家住|住在)+/;
const DIGITS = /[0-9０-９一二三四五六七八九十百零两]+/g;
const MAX_NAME = 8;

/** The named places of a text, in order, each once. */
export function namedPlaces(text: string): NamedPlace[] {
  const found: NamedPlace[] = [];
  const seen = new Set<string>();
  const add = (kind: PlaceKind, name: string) => {
    const key = `${kind}:${name}`;
    if (!seen.has(key)) {
      seen.add(key);
      found.push({ kind, name });
    }
  };
  // Buildings and village groups: a number and its unit (12栋, 3号楼, 五组).
  for (const m of text.matchAll(/([0-9０-９]+|[一二三四五六七八九十]+)(?:栋|幢|号楼|单元)/g)) add('building', m[0]);
  for (const m of text.matchAll(/([0-9０-９]+|[一二三四五六七八九十]+)组/g)) add('group', m[0]);
  for (let end = 1; end <= text.length; end++) {
    for (const [kind, suffixes] of SUFFIXES) {
      const suffix = suffixes.find((s) => text.startsWith(s, end - s.length));
      if (!suffix) continue;
      // 街道 is a sub-district and 路口 / 街口 a junction, not a road's name.
      if (kind === 'road' && (text[end] === '道' || text[end] === '口' || text[end] === '边' || text[end] === '上')) continue;
      const start = end - suffix.length;
      let from = start;
      while (from > 0 && start - from < MAX_NAME && !STOP.has(text[from - 1])) from--;
      // A name runs from the last place boundary before it (海棠路的鑫达汽修厂 → 鑫达汽修厂).
      let name = text.slice(from, end).replace(LEADING, '');
      name = afterLastPlace(name);
      if (name.length > suffix.length && name.length <= MAX_NAME + suffix.length) add(kind, name);
      break;
    }
  }
  return found;
}

/** Cuts a run after an earlier place in it (锦川区海棠路 → 海棠路; 桂湖街道银桂园 → 银桂园). */
function afterLastPlace(name: string): string {
  const cut = /.*?(?:区|县|市|镇|乡|街道|社区|村(?!$)|路(?!$)|街(?!$)|巷(?!$)|大道(?!$)|小区(?!$))/u;
  let rest = name;
  for (let guard = 0; guard < 4; guard++) {
    const m = rest.match(cut);
    if (!m || m[0].length >= rest.length) break;
    const tail = rest.slice(m[0].length);
    // Keep the cut only when a name is left before the suffix.
    if (tail.length < 2) break;
    rest = tail;
  }
  return rest;
}

/** Whether two names of one kind are the same place (see the file comment). */
export function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  const numbers = (s: string) => (s.match(DIGITS) ?? []).join(',');
  if (numbers(a) !== numbers(b)) return false;
  if (a.includes(b) || b.includes(a)) return true;
  return a.length >= 2 && b.length >= 2 && a.slice(0, 2) === b.slice(0, 2) && a.slice(0, 2).match(DIGITS) === null && suffixCompatible(a, b);
}

/** Two estates of one brand with different kinds (东湖新村 / 东湖花园) are different estates. */
function suffixCompatible(a: string, b: string): boolean {
  const estate = SUFFIXES.find(([kind]) => kind === 'estate')![1];
  const ea = estate.find((s) => a.endsWith(s));
  const eb = estate.find((s) => b.endsWith(s));
  return !ea || !eb || ea === eb;
}

/** Agreement and conflict of two petitions' places: kinds with a place in common, kinds both name with none in common. */
export function comparePlaces(a: readonly NamedPlace[], b: readonly NamedPlace[]): { agree: number; conflict: number } {
  let agree = 0;
  let conflict = 0;
  const kinds = new Set(a.map((p) => p.kind));
  for (const kind of kinds) {
    const left = a.filter((p) => p.kind === kind);
    const right = b.filter((p) => p.kind === kind);
    if (right.length === 0) continue;
    if (left.some((p) => right.some((q) => samePlace(p.name, q.name)))) agree++;
    else conflict++;
  }
  return { agree, conflict };
}

/** The text with its named places replaced by 某处, so that what remains is the problem told. */
export function maskPlaces(text: string, places: readonly NamedPlace[] = namedPlaces(text)): string {
  let masked = text;
  for (const place of [...places].sort((a, b) => b.name.length - a.name.length)) masked = masked.split(place.name).join('某处');
  return masked;
}

/** The stored form of a place ("estate:金桂园小区"). */
export const placeKey = (place: NamedPlace) => `${place.kind}:${place.name}`;

export function placeFromKey(key: string): NamedPlace {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) as PlaceKind, name: key.slice(at + 1) };
}
