/**
 * Who may have a petitioner's contact details revealed (docs/decisions/0004-personal-data.md):
 * never anyone for a confidential report (检举控告: ticked by the petitioner, or sealed by routing
 * when it found an accusation), and among the units on the case only the lead unit (主办) — an
 * assisting unit (协办) never. The caller has already made sure a unit sees only its own cases.
 */
export type RevealRefusal = 'sealed' | 'not-lead' | undefined;

export function revealRefusal(
  petition: { confidential: boolean; assignment?: { unitIds: string[]; sealed?: boolean } },
  unitId: string | undefined,
): RevealRefusal {
  if (petition.confidential || petition.assignment?.sealed) return 'sealed';
  if (unitId && petition.assignment?.unitIds[0] !== unitId) return 'not-lead';
  return undefined;
}
