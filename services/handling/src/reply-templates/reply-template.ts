import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PetitionKinds, type PetitionKind } from '@sunshine/contracts';

/**
 * Reply templates (书面答复意见模板) per kind and, where a category answers differently, per
 * first-level category. Data in `templates.json`; this file only reads and chooses.
 */

export type Language = 'zh-CN' | 'en';

export interface TemplateText {
  opening: string;
  headings: { facts: string; decision: string; basis: string };
  closing: string;
}

export interface ReplyTemplate {
  kind: PetitionKind;
  /** The first-level category it is written for; absent for the kind's default. */
  category?: string;
  'zh-CN': TemplateText;
  en: TemplateText;
}

interface TemplateFile {
  default: Record<PetitionKind, Omit<ReplyTemplate, 'kind' | 'category'>>;
  categories: Record<string, Partial<Record<PetitionKind, Omit<ReplyTemplate, 'kind' | 'category'>>>>;
}

const file = JSON.parse(readFileSync(join(__dirname, 'templates.json'), 'utf8')) as TemplateFile;

/** Every template: the kinds' defaults first, then the categories' own. */
export const REPLY_TEMPLATES: readonly ReplyTemplate[] = Object.freeze([
  ...PetitionKinds.codes.map((kind) => ({ kind, ...file.default[kind] })),
  ...Object.entries(file.categories).flatMap(([category, byKind]) =>
    Object.entries(byKind).map(([kind, t]) => ({ kind: kind as PetitionKind, category, ...t! })),
  ),
]);

/** The template a case of this category and kind is answered with: the category's own, else the kind's. */
export function templateFor(kind: PetitionKind, category?: string): ReplyTemplate {
  return (
    REPLY_TEMPLATES.find((t) => t.kind === kind && category !== undefined && t.category === category) ??
    REPLY_TEMPLATES.find((t) => t.kind === kind && t.category === undefined)!
  );
}

/** Templates matching a filter (both optional): a category's own plus the defaults it falls back to. */
export function templatesMatching(filter: { kind?: PetitionKind; category?: string }): ReplyTemplate[] {
  return REPLY_TEMPLATES.filter(
    (t) => (!filter.kind || t.kind === filter.kind) && (!filter.category || t.category === undefined || t.category === filter.category),
  );
}
