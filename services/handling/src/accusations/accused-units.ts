import type { CaseFile } from '../cases/case';
import { SuggestedUnitAccused } from './accusation.errors';

/**
 * Sealed accusations (检举控告, 条例 art. 45; ADR 0004): the units a report accuses (or whose
 * officials it accuses) are recorded on the case and are never among the units that may see it.
 * Routing should never name them; if an assignment does, handling drops them and says so.
 */

export type SealedFile = { kind: 'sealed'; file: CaseFile & { accusedUnitIds: string[] }; dropped: string[] } | { kind: 'refused'; reason: string };

/** The case file without any accused unit among its units; refused when the lead unit itself is accused. */
export function sealCaseFile(file: CaseFile, accusedUnitIds: readonly string[] | undefined, keptAccused: readonly string[] = []): SealedFile {
  const accused = [...new Set([...(keptAccused ?? []), ...(accusedUnitIds ?? [])])];
  if (accused.includes(file.leadUnitId)) return { kind: 'refused', reason: 'the lead unit is one the report accuses (条例 art. 45)' };
  const isAccused = (id: string) => accused.includes(id);
  const dropped = [...new Set(file.unitIds.filter(isAccused))];
  return {
    kind: 'sealed',
    file: {
      ...file,
      assistingUnitIds: file.assistingUnitIds.filter((id) => !isAccused(id)),
      unitIds: file.unitIds.filter((id) => !isAccused(id)),
      accusedUnitIds: accused,
    },
    dropped,
  };
}

/** A return that suggests an accused unit is refused: the report must not be steered to it. */
export function refuseAccusedSuggestion(accusedUnitIds: readonly string[] | undefined, suggestedUnitId: string | undefined): void {
  if (suggestedUnitId && (accusedUnitIds ?? []).includes(suggestedUnitId)) throw new SuggestedUnitAccused();
}
