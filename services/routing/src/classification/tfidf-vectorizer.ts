import { compactText, normalizeText } from '../text/normalize-text';
import { ChineseSegmenter } from '../text/chinese-segmenter';
import { isContentWord } from '../text/stop-words';
import { fromMap, l2Normalize, type SparseVector } from './sparse-vector';

export interface TfidfOptions {
  /** Character n-gram lengths taken from the compact text (default 1–3). */
  charNgramMin: number;
  charNgramMax: number;
  /** Also use jieba words (default true). */
  words: boolean;
  /** A feature must occur in at least this many training documents (default 2). */
  minDocumentFrequency: number;
  /** The subject is the writer's own summary: its features count this many times (default 2). */
  subjectWeight: number;
}

const DEFAULTS: TfidfOptions = { charNgramMin: 1, charNgramMax: 3, words: true, minDocumentFrequency: 2, subjectWeight: 2 };

export interface Document {
  subject?: string;
  text: string;
}

/** Term counts per document object; weak keys, so dropped documents take their counts along. */
const countsCache = new WeakMap<Document, { key: string; subject?: string; text: string; counts: Map<string, number> }>();

/**
 * TF-IDF over character n-grams and jieba words, sublinear term frequency (1 + ln tf),
 * smoothed idf, L2-normalised. Character n-grams carry most of the signal in short Chinese
 * texts with many unknown names; words add the domain terms whole.
 */
export class TfidfVectorizer {
  private readonly options: TfidfOptions;
  private vocabulary = new Map<string, number>();
  private idf = new Float64Array(0);

  constructor(
    options: Partial<TfidfOptions> = {},
    private readonly segmenter: ChineseSegmenter = ChineseSegmenter.shared(),
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  get dimension(): number {
    return this.idf.length;
  }

  /**
   * Learns the vocabulary from training documents and idf from them plus `background`
   * documents (unlabelled petitions: more text makes the idf of rare words steadier), and
   * returns the training documents' vectors.
   */
  fitTransform(documents: readonly Document[], background: readonly Document[] = []): SparseVector[] {
    const counted = documents.map((doc) => this.termCounts(doc));
    const documentFrequency = new Map<string, number>();
    for (const counts of counted) for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    this.vocabulary = new Map();
    for (const [term, df] of documentFrequency) if (df >= this.options.minDocumentFrequency) this.vocabulary.set(term, this.vocabulary.size);
    const backgroundFrequency = new Float64Array(this.vocabulary.size);
    for (const doc of background) {
      for (const term of this.termCounts(doc).keys()) {
        const id = this.vocabulary.get(term);
        if (id !== undefined) backgroundFrequency[id]++;
      }
    }
    const n = documents.length + background.length;
    this.idf = new Float64Array(this.vocabulary.size);
    for (const [term, id] of this.vocabulary) this.idf[id] = Math.log((1 + n) / (1 + (documentFrequency.get(term) ?? 0) + backgroundFrequency[id])) + 1;
    return counted.map((counts) => this.weigh(counts));
  }

  transform(document: Document): SparseVector {
    return this.weigh(this.termCounts(document));
  }

  private weigh(counts: Map<string, number>): SparseVector {
    const weights = new Map<number, number>();
    for (const [term, count] of counts) {
      const id = this.vocabulary.get(term);
      if (id !== undefined) weights.set(id, (1 + Math.log(count)) * this.idf[id]);
    }
    return l2Normalize(fromMap(weights));
  }

  /**
   * Term counts of a document, remembered per document object and options (training with weak
   * labels featurises the same rows for the filter model, the final model and every CV fold).
   */
  private termCounts(document: Document): Map<string, number> {
    const key = this.optionsKey;
    const cached = countsCache.get(document);
    if (cached && cached.key === key && cached.subject === document.subject && cached.text === document.text) return cached.counts;
    const counts = this.countTerms(document);
    countsCache.set(document, { key, subject: document.subject, text: document.text, counts });
    return counts;
  }

  private get optionsKey(): string {
    const { charNgramMin, charNgramMax, words, subjectWeight } = this.options;
    return `${charNgramMin}-${charNgramMax}-${words}-${subjectWeight}`;
  }

  private countTerms(document: Document): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (term: string, times: number) => counts.set(term, (counts.get(term) ?? 0) + times);
    const addText = (raw: string, times: number) => {
      const normalized = normalizeText(raw);
      const compact = compactText(normalized);
      const { charNgramMin, charNgramMax } = this.options;
      for (let size = charNgramMin; size <= charNgramMax; size++) {
        for (let i = 0; i + size <= compact.length; i++) add(compact.substr(i, size), times);
      }
      if (this.options.words) for (const word of this.segmenter.cut(normalized)) if (isContentWord(word)) add(`w:${word}`, times);
    };
    if (document.subject) addText(document.subject, this.options.subjectWeight);
    addText(document.text, 1);
    return counts;
  }
}
