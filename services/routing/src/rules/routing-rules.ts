import type { Unit, UnitCatalogue } from '../routing/unit-catalogue';

/**
 * A rule the district's administrators edit (through the API, versioned): when a petition
 * matches every condition given, it goes to these units. Rules are tried in order; the first
 * that matches decides. Without a matching rule the category and the catalogue's keywords
 * decide.
 */
export interface RoutingRule {
  id: string;
  /** First-level category (一级分类) the classifier chose. */
  category?: string;
  /** The area (township code) the channel gave. */
  area?: string;
  /** Any of these words in the subject or text. */
  keywords?: string[];
  leadUnitId: string;
  assistingUnitIds?: string[];
  /** Always put to a leader for instruction (e.g. matters the leaders want to see). */
  requireInstruction?: boolean;
  /** Why the rule exists, for the people who edit it. */
  note?: string;
}

export interface RuleSet {
  /** e.g. `r-2026-11-26.1`; every assignment records the version that decided it. */
  version: string;
  rules: RoutingRule[];
}

export interface RoutingInput {
  subject: string;
  text: string;
  area?: string;
  /** The classifier's first-level category and its probability, when there is a classifier. */
  category?: { level1: string; probability: number; confident: boolean };
  /** The channel's own category (an Open311 service, the hotline operator's choice). */
  categoryHint?: string;
}

export interface RoutingProposal {
  lead: Unit;
  assisting: Unit[];
  category: string;
  /** 0–1: how sure routing is of the lead unit. */
  confidence: number;
  /** The rule that decided, if one did. */
  ruleId?: string;
  requireInstruction: boolean;
  ruleVersion: string;
}

function keywordScore(unit: Unit, subject: string, text: string): number {
  let score = 0;
  for (const keyword of unit.keywords) {
    if (!keyword) continue;
    if (subject.includes(keyword)) score += 2;
    if (text.includes(keyword)) score += 1;
  }
  return score;
}

export function ruleMatches(rule: RoutingRule, input: RoutingInput, category: string): boolean {
  if (rule.category && rule.category !== category) return false;
  if (rule.area && rule.area !== input.area) return false;
  if (rule.keywords?.length && !rule.keywords.some((k) => input.subject.includes(k) || input.text.includes(k))) return false;
  return true;
}

/**
 * Decide the units for a petition. Order: the administrators' rules; else the units that
 * answer for the category, best by keywords; else keywords over the whole catalogue; else the
 * joint petition office (信联办), which then finds the right unit.
 */
export function proposeUnits(catalogue: UnitCatalogue, rules: RuleSet, input: RoutingInput, excludeUnitIds: readonly string[] = []): RoutingProposal {
  const byId = new Map(catalogue.units.map((u) => [u.id, u]));
  const allowed = (u: Unit | undefined): u is Unit => !!u && !excludeUnitIds.includes(u.id);
  const fallback = byId.get(catalogue.fallbackUnitId)!;
  const hinted = input.categoryHint;
  const category = hinted ?? input.category?.level1 ?? '';
  const categoryConfidence = hinted ? 1 : (input.category?.probability ?? 0);

  for (const rule of rules.rules) {
    const lead = byId.get(rule.leadUnitId);
    if (!allowed(lead) || !ruleMatches(rule, input, category)) continue;
    return {
      lead,
      assisting: (rule.assistingUnitIds ?? []).map((id) => byId.get(id)).filter(allowed),
      category: category || lead.categories[0] || '党务政务',
      confidence: Math.max(0.9, categoryConfidence),
      ruleId: rule.id,
      requireInstruction: Boolean(rule.requireInstruction),
      ruleVersion: rules.version,
    };
  }

  const scored = catalogue.units.filter(allowed).map((unit) => ({ unit, score: keywordScore(unit, input.subject, input.text) }));
  const total = scored.reduce((sum, s) => sum + s.score, 0);
  const forCategory = scored.filter((s) => category && s.unit.categories.includes(category));
  if (forCategory.length) {
    // The units of the category, the one the text points to most (the catalogue's first on a tie).
    const best = forCategory.reduce((a, b) => (b.score > a.score ? b : a));
    const keywordShare = total ? best.score / total : 0;
    return {
      lead: best.unit,
      assisting: [],
      category,
      confidence: Math.round(Math.min(1, 0.75 * categoryConfidence + 0.25 * keywordShare) * 1000) / 1000,
      requireInstruction: false,
      ruleVersion: rules.version,
    };
  }
  const best = scored.length ? scored.reduce((a, b) => (b.score > a.score ? b : a)) : undefined;
  if (best && best.score > 0) {
    return {
      lead: best.unit,
      assisting: [],
      category: best.unit.categories[0] ?? (category || '党务政务'),
      confidence: Math.round((best.score / total) * 0.6 * 1000) / 1000,
      requireInstruction: false,
      ruleVersion: rules.version,
    };
  }
  return {
    lead: allowed(fallback) ? fallback : catalogue.units.find(allowed) ?? fallback,
    assisting: [],
    category: category || '党务政务',
    confidence: 0,
    requireInstruction: false,
    ruleVersion: rules.version,
  };
}

/** Checks a rule set an administrator submits against the catalogue. */
export function ruleSetProblems(rules: readonly RoutingRule[], catalogue: UnitCatalogue): string[] {
  const ids = new Set(catalogue.units.map((u) => u.id));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) problems.push(`rule ${rule.id} appears twice`);
    seen.add(rule.id);
    if (!ids.has(rule.leadUnitId)) problems.push(`rule ${rule.id}: unknown lead unit ${rule.leadUnitId}`);
    for (const id of rule.assistingUnitIds ?? []) if (!ids.has(id)) problems.push(`rule ${rule.id}: unknown assisting unit ${id}`);
    if (!rule.category && !rule.area && !rule.keywords?.length) problems.push(`rule ${rule.id} has no condition and would take everything`);
  }
  return problems;
}
