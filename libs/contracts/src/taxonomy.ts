import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface TaxonomyFile {
  categories: { level1: string; children: { level2: string; children: string[] }[] }[];
}

export interface TaxonomyNode {
  level1: string;
  level2?: string;
  level3?: string;
  /** Stable ASCII code of the node, e.g. `c-3f2a9b1c` (used as Open311 service_code). */
  code: string;
}

/** Stable code of a category path: a short hash, so it survives reordering of the file. */
export function categoryCode(level1: string, level2?: string, level3?: string): string {
  return `c-${createHash('sha256').update([level1, level2 ?? '', level3 ?? ''].join('/')).digest('hex').slice(0, 8)}`;
}

let loaded: TaxonomyFile | undefined;
function file(): TaxonomyFile {
  return (loaded ??= JSON.parse(readFileSync(join(__dirname, 'taxonomy.json'), 'utf8')) as TaxonomyFile);
}

/** The board's category system (三级分类). */
export const Taxonomy = {
  level1(): string[] {
    return file().categories.map((c) => c.level1);
  },
  level2(level1: string): string[] {
    return file().categories.find((c) => c.level1 === level1)?.children.map((c) => c.level2) ?? [];
  },
  /** Every level-2 category with its parent and code. */
  services(): TaxonomyNode[] {
    return file().categories.flatMap((c) =>
      c.children.map((child) => ({ level1: c.level1, level2: child.level2, code: categoryCode(c.level1, child.level2) })),
    );
  },
  byCode(code: string): TaxonomyNode | undefined {
    for (const c of file().categories) {
      if (categoryCode(c.level1) === code) return { level1: c.level1, code };
      for (const child of c.children) {
        if (categoryCode(c.level1, child.level2) === code) return { level1: c.level1, level2: child.level2, code };
      }
    }
    return undefined;
  },
  has(level1: string, level2?: string): boolean {
    const node = file().categories.find((c) => c.level1 === level1);
    return Boolean(node && (!level2 || node.children.some((c) => c.level2 === level2)));
  },
};
