/**
 * Text normalisation shared by segmentation, classification and duplicate detection.
 *
 * Petitions arrive from very different channels: a web form typed on a phone, a hotline
 * operator's record (often full-width digits from a Chinese IME), a scanned letter. The same
 * matter must look the same to the detectors, so we fold the variants that carry no meaning:
 * full-width ASCII (全角) to half-width, the ideographic space, Latin case, the many dash and
 * quote forms, and runs of whitespace.
 */

/** Punctuation folded to one representative; the choice is arbitrary but must be stable. */
const PUNCTUATION_MAP: Record<string, string> = {
  '。': '。', '．': '.', '｡': '。',
  '，': ',', '、': ',', '､': ',',
  '；': ';', '：': ':', '？': '?', '！': '!',
  '“': '"', '”': '"', '„': '"', '「': '"', '」': '"', '『': '"', '』': '"',
  '‘': "'", '’': "'",
  '（': '(', '）': ')', '【': '[', '】': ']', '〔': '[', '〕': ']', '《': '<', '》': '>', '〈': '<', '〉': '>',
  '—': '-', '–': '-', '－': '-', '―': '-', '─': '-', '～': '~', '〜': '~',
  '…': '...', '·': '·', '•': '·',
};

/**
 * Folds width, case, punctuation and whitespace. Keeps every character that carries meaning
 * (CJK, letters, digits, the punctuation that separates sentences).
 */
export function normalizeText(raw: string): string {
  let out = '';
  let lastWasSpace = true; // also trims the start
  for (let i = 0; i < raw.length; i++) {
    let code = raw.charCodeAt(i);
    // 全角 ASCII block FF01–FF5E maps 1:1 onto 0021–007E; U+3000 is the ideographic space.
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000 || code === 0x00a0) code = 0x20;
    if (code >= 0x41 && code <= 0x5a) code += 0x20; // Latin upper → lower
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    const ch = String.fromCharCode(code);
    const mapped = PUNCTUATION_MAP[ch];
    out += mapped ?? ch;
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** CJK unified ideographs (basic block and extension A) — what Chinese text is made of. */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Lower-case ASCII letters and digits (the input is already normalised). */
export function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Only the content characters of normalised text, with punctuation and spaces removed. Two
 * records of one matter differ most in punctuation and spacing, which say nothing about the
 * matter, so character shingles are taken from this form. Masked personal data (138****1234)
 * is dropped as well: the mask differs between channels and is not part of the matter.
 */
export function compactText(normalized: string): string {
  const masked = normalized.includes('*') ? normalized.replace(/[0-9a-z]*\*{2,}[0-9a-z]*/g, '') : normalized;
  let out = '';
  for (let i = 0; i < masked.length; i++) {
    const code = masked.charCodeAt(i);
    if (isCjk(code) || isAsciiWordChar(code)) out += masked[i];
  }
  return out;
}
