import type { PetitionKind } from '@sunshine/contracts';
import { proposeUnits, type RoutingInput, type RoutingProposal, type RuleSet } from '../rules/routing-rules';
import type { UnitCatalogue } from '../routing/unit-catalogue';
import { detectAccusation } from './accusation';

/** The discipline inspection and supervision body (区纪委监委), when the catalogue has it. */
export const DISCIPLINE_UNIT_ID = 'discipline-commission';

/** Why a sealed report waits for a leader, whatever the instruction policy. */
export const SEALED_REPORT_REASON = 'sealed-report';

export interface Sealing {
  /** Triaged as 检举控告: confidential, put to a leader, never given to an accused unit. */
  sealed: boolean;
  /** Catalogue units the report accuses (empty when not sealed). */
  accusedUnitIds: string[];
  cues: string[];
}

/**
 * Whether a registration is sealed (条例 art. 45): a report by the channel's kind, by the
 * confidential box, or by the accusation detector — and which units it accuses.
 */
export function sealingOf(
  input: { subject: string; text: string; confidential: boolean; kindHint?: PetitionKind },
  catalogue: Pick<UnitCatalogue, 'units'>,
): Sealing {
  const known = input.confidential || input.kindHint === 'report';
  const finding = detectAccusation(input, catalogue.units, known);
  return { sealed: finding.report, accusedUnitIds: finding.accusedUnitIds, cues: finding.cues };
}

/** Whether a registration is a report, without the catalogue (the duplicate check needs only that). */
export function isSealedReport(input: { subject: string; text: string; confidential: boolean; kindHint?: PetitionKind }): boolean {
  return sealingOf(input, { units: [] }).sealed;
}

/**
 * The units for a sealed report: the rules' proposal without the accused units. When the lead
 * the rules would have chosen is accused, the discipline body takes the lead (else the joint
 * petition office), so the report goes neither to the accused nor sideways to a bureau that
 * happens to share its keywords.
 */
export function sealedProposal(
  catalogue: UnitCatalogue,
  rules: RuleSet,
  input: RoutingInput,
  accusedUnitIds: readonly string[],
  /** Units left out for another reason (they returned the item). */
  otherExcluded: readonly string[] = [],
): RoutingProposal {
  const proposal = proposeUnits(catalogue, rules, input, [...accusedUnitIds, ...otherExcluded]);
  if (!accusedUnitIds.length) return proposal;
  const unrestricted = proposeUnits(catalogue, rules, input, otherExcluded);
  if (!accusedUnitIds.includes(unrestricted.lead.id)) return proposal;
  const lead =
    catalogue.units.find((u) => u.id === DISCIPLINE_UNIT_ID && !accusedUnitIds.includes(u.id) && !otherExcluded.includes(u.id)) ??
    catalogue.units.find((u) => u.id === catalogue.fallbackUnitId && !accusedUnitIds.includes(u.id)) ??
    proposal.lead;
  return { ...proposal, lead, assisting: proposal.assisting.filter((u) => u.id !== lead.id), confidence: Math.min(proposal.confidence, unrestricted.confidence) };
}
