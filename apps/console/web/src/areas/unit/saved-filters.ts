import { useCallback, useState } from 'react';
import type { CaseRow } from './case-clock';

/** The workbench's filters; all optional. `open` narrows to cases the unit still has to act on. */
export interface CaseFilters {
  status?: string;
  light?: string;
  kind?: string;
  text?: string;
}

export interface SavedFilter {
  name: string;
  filters: CaseFilters;
}

const OPEN = new Set(['assigned', 'accepted', 'reopened']);

export function matches(row: CaseRow, f: CaseFilters): boolean {
  const c = row.c;
  if (f.status === 'open' ? !OPEN.has(c.status) : f.status && c.status !== f.status) return false;
  if (f.light && (row.light ?? 'none') !== f.light) return false;
  if (f.kind && c.kind !== f.kind) return false;
  const text = f.text?.trim().toLowerCase();
  if (text && ![c.caseNumber, c.subject, c.text, c.category.level1, c.category.level2 ?? ''].some((s) => s.toLowerCase().includes(text))) return false;
  return true;
}

const keyFor = (unitId: string | undefined) => `sunshine.unit.filters.${unitId ?? 'all'}`;

function read(unitId: string | undefined): SavedFilter[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(keyFor(unitId)) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as SavedFilter[]).filter((s) => s && typeof s.name === 'string' && typeof s.filters === 'object') : [];
  } catch {
    return [];
  }
}

/** Named filters kept in this browser, per unit (a clerk's own views: 我的待受理, 红灯件 …). */
export function useSavedFilters(unitId: string | undefined) {
  const [saved, setSaved] = useState<SavedFilter[]>(() => read(unitId));
  const write = useCallback(
    (next: SavedFilter[]) => {
      localStorage.setItem(keyFor(unitId), JSON.stringify(next));
      setSaved(next);
    },
    [unitId],
  );
  const save = useCallback((name: string, filters: CaseFilters) => write([...saved.filter((s) => s.name !== name), { name, filters }]), [saved, write]);
  const remove = useCallback((name: string) => write(saved.filter((s) => s.name !== name)), [saved, write]);
  return { saved, save, remove };
}
