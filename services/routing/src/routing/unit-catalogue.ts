import { readFileSync } from 'node:fs';
import { UNIT_ID_PATTERN } from '@sunshine/contracts';

/** A responsible unit (责任单位): a bureau of the district or a township government. */
export interface Unit {
  id: string;
  /** The name petitioners read, e.g. 区生态环境局. */
  name: string;
  kind: 'bureau' | 'township' | 'office';
  /** Other names petitioners write it by (城管局 for 区综合行政执法局), for finding the units a report accuses. */
  aliases?: string[];
  /** Words in a petition that point to this unit. */
  keywords: string[];
  /** First-level categories of the board's taxonomy this unit answers for. */
  categories: string[];
}

export interface UnitCatalogue {
  version: string;
  fallbackUnitId: string;
  units: Unit[];
}

export class CatalogueError extends Error {}

/** Read and check a unit catalogue file (configuration, edited by the district). */
export function loadUnitCatalogue(path: string): UnitCatalogue {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<UnitCatalogue>;
  if (!raw.version || !Array.isArray(raw.units) || !raw.fallbackUnitId) throw new CatalogueError(`${path}: version, fallbackUnitId and units are required`);
  const ids = new Set<string>();
  for (const unit of raw.units) {
    if (!UNIT_ID_PATTERN.test(unit.id) || ids.has(unit.id)) throw new CatalogueError(`${path}: bad or repeated unit id ${unit.id}`);
    if (!unit.name || !Array.isArray(unit.keywords) || !Array.isArray(unit.categories)) throw new CatalogueError(`${path}: unit ${unit.id} is incomplete`);
    ids.add(unit.id);
  }
  if (!ids.has(raw.fallbackUnitId)) throw new CatalogueError(`${path}: the fallback unit ${raw.fallbackUnitId} is not in the catalogue`);
  return raw as UnitCatalogue;
}

export interface KeywordMatch {
  unit: Unit;
  score: number;
  /** Share of the total keyword evidence that points to this unit (0–1). */
  confidence: number;
}

/**
 * The walking skeleton's router: the unit whose keywords occur most (subject counts double).
 * A township named in the text takes the matter when no bureau's keywords are clearly stronger.
 */
export function routeByKeywords(catalogue: UnitCatalogue, subject: string, text: string): KeywordMatch {
  const scores = catalogue.units.map((unit) => {
    let score = 0;
    for (const keyword of unit.keywords) {
      if (!keyword) continue;
      if (subject.includes(keyword)) score += 2;
      if (text.includes(keyword)) score += 1;
    }
    return { unit, score };
  });
  const total = scores.reduce((sum, s) => sum + s.score, 0);
  const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score === 0) {
    const fallback = catalogue.units.find((u) => u.id === catalogue.fallbackUnitId)!;
    return { unit: fallback, score: 0, confidence: 0 };
  }
  return { unit: best.unit, score: best.score, confidence: best.score / total };
}

export function unitById(catalogue: UnitCatalogue, id: string): Unit | undefined {
  return catalogue.units.find((u) => u.id === id);
}
