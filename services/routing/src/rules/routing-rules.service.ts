import { Injectable } from '@nestjs/common';
import { UnitCatalogueProvider } from '../routing/unit-catalogue.provider';
import { ruleSetProblems, type RoutingRule } from './routing-rules';
import { InvalidRules, RuleSetNotFound } from './routing-rules.errors';
import { RoutingRulesRepository, type StoredRuleSet } from './routing-rules.repository';

/** What an administrator sees of a rule set (no storage fields). */
function view({ version, rules, createdAt, createdBy, note }: StoredRuleSet) {
  return { version, rules, createdAt, createdBy, note };
}

/**
 * The district's routing rules as administrators read and change them: every change is a new
 * version, checked against the unit catalogue before it is published.
 */
@Injectable()
export class RoutingRulesService {
  constructor(
    private readonly rules: RoutingRulesRepository,
    private readonly units: UnitCatalogueProvider,
  ) {}

  async active() {
    return view(await this.rules.active());
  }

  async byVersion(version: string) {
    const set = await this.rules.byVersion(version);
    if (!set) throw new RuleSetNotFound();
    return view(set);
  }

  async publish(rules: RoutingRule[], createdBy: string, note?: string) {
    const problems = ruleSetProblems(rules, this.units.catalogue);
    if (problems.length) throw new InvalidRules(problems);
    const set = await this.rules.publish(rules, createdBy, note);
    return { version: set.version, rules: set.rules.length, createdAt: set.createdAt };
  }
}
