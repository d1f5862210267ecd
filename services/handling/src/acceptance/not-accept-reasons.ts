import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Label } from '@sunshine/contracts';

/** One ground for 不予受理 (信访工作条例 art. 31–33), as the catalogue file lists it. */
export interface NotAcceptReason {
  code: string;
  label: Label;
  /** The basis the petitioner is told; empty for `other`, whose basis the unit writes. */
  legalBasis: string;
}

const file = JSON.parse(readFileSync(join(__dirname, 'not-accept-reasons.json'), 'utf8')) as { reasons: NotAcceptReason[] };

/** The catalogue, in the order the workbench offers it (`other` last). */
export const NOT_ACCEPT_REASONS: readonly NotAcceptReason[] = Object.freeze(file.reasons);

export function notAcceptReasonOf(code: string): NotAcceptReason | undefined {
  return NOT_ACCEPT_REASONS.find((r) => r.code === code);
}
