import { join } from 'node:path';
import { readDataFileLines, ROUTING_DATA_DIR } from '../text/data-files';
import { normalizeText } from '../text/normalize-text';

/** A department name stem and the first-level category its remit belongs to. */
export interface DepartmentCategory {
  stem: string;
  category: string;
}

/** Reads `stem<TAB>category` lines (data/department-categories.txt by default). */
export function readDepartmentTable(path = join(ROUTING_DATA_DIR, 'department-categories.txt')): DepartmentCategory[] {
  return readDataFileLines(path).map((line) => {
    const [stem, category] = line.split('\t').map((part) => part.trim());
    if (!stem || !category) throw new Error(`department table: bad line "${line}"`);
    return { stem, category };
  });
}

export interface WeakLabel {
  category: string;
  /** Vote share of the winning category (0.5–1). */
  confidence: number;
  /** The department stems found, for inspection. */
  evidence: string[];
}

export interface ReplyLabellerOptions {
  /** Characters at the end of a reply that hold the signature (署名): mentions there weigh most. */
  signatureChars: number;
  /** Characters at the start (称谓, "经XX局调查"): mentions there weigh more than in the body. */
  headChars: number;
  /** The winner needs at least this score … */
  minScore: number;
  /** … and at least this multiple of the runner-up's score. */
  minRatio: number;
}

const DEFAULTS: ReplyLabellerOptions = { signatureChars: 40, headChars: 120, minScore: 2, minRatio: 3 };

/**
 * Distant supervision from official replies (远程监督): a reply names the department that
 * answered ("A7县环境保护局 2014年2月26日", "经市教育局调查核实"), and a department's remit is
 * one routed category. The labeller scores each category by the department names in the reply
 * (signature ×3, opening ×2, body ×1) and labels the petition only when one category clearly
 * wins; a reply that names several departments of different remits, or none, gives no label.
 */
export class ReplyDepartmentLabeller {
  private readonly options: ReplyLabellerOptions;
  private readonly pattern: RegExp;
  private readonly categoryOf: Map<string, string>;

  constructor(table: readonly DepartmentCategory[] = readDepartmentTable(), options: Partial<ReplyLabellerOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
    this.categoryOf = new Map(table.map((d) => [normalizeText(d.stem), d.category]));
    // Longest stems first, so "城乡规划局" is one mention and not also "规划局".
    const stems = [...this.categoryOf.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.pattern = new RegExp(stems.join('|'), 'g');
  }

  /** The weak category of a petition from its official reply, or undefined when unclear. */
  label(reply: string): WeakLabel | undefined {
    const text = normalizeText(reply);
    const { signatureChars, headChars, minScore, minRatio } = this.options;
    const scores = new Map<string, number>();
    const evidence = new Set<string>();
    for (const match of text.matchAll(this.pattern)) {
      const category = this.categoryOf.get(match[0]);
      if (!category) continue;
      const at = match.index;
      const weight = at >= text.length - signatureChars ? 3 : at < headChars ? 2 : 1;
      scores.set(category, (scores.get(category) ?? 0) + weight);
      evidence.add(match[0]);
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0) return undefined;
    const [best, bestScore] = ranked[0];
    const second = ranked[1]?.[1] ?? 0;
    if (bestScore < minScore || bestScore < minRatio * second) return undefined;
    const total = ranked.reduce((sum, [, s]) => sum + s, 0);
    return { category: best, confidence: bestScore / total, evidence: [...evidence] };
  }
}

/**
 * Prior documents from the department table: per category, its department names (教育局,
 * 旅游局, 市场监督管理局 …) as one short text, so that a petition naming a department, or the
 * remit words inside its name (旅游, 市场监督), leans to that category before any labelled
 * petition used them: per category, documents of `size` names each (3 chosen by 5-fold CV).
 */
export function departmentPriorDocuments(table: readonly DepartmentCategory[], size = 3): { category: string; text: string }[] {
  const byCategory = new Map<string, string[]>();
  for (const { stem, category } of table) byCategory.set(category, [...(byCategory.get(category) ?? []), stem]);
  const documents: { category: string; text: string }[] = [];
  for (const [category, stems] of byCategory) {
    for (let i = 0; i < stems.length; i += size) documents.push({ category, text: stems.slice(i, i + size).join('。') });
  }
  return documents;
}
