import { AccusedUnitRefused } from './accusation.errors';

export { AccusedUnitRefused };

/**
 * Refuses giving a sealed report to a unit it accuses (as lead or assisting unit): a leader's
 * instruction, a reassignment, a return suggestion. Ordinary items pass.
 */
export function assertNoAccusedUnit(record: { accusedUnitIds?: readonly string[] }, unitIds: readonly (string | undefined)[]): void {
  const accused = record.accusedUnitIds ?? [];
  if (accused.length && unitIds.some((id) => id !== undefined && accused.includes(id))) throw new AccusedUnitRefused();
}

/** Whether a unit is one the sealed report accuses. */
export function isAccused(record: { accusedUnitIds?: readonly string[] }, unitId: string): boolean {
  return (record.accusedUnitIds ?? []).includes(unitId);
}
