import { createHash } from 'node:crypto';

/**
 * The walking skeleton's duplicate check: the same petitioner (blind index) with the same text
 * once whitespace, punctuation and full-width forms are normalised away.
 */
export function normalizeForExactMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

export function exactDuplicateKey(petitionerRef: string, subject: string, text: string): string {
  const digest = createHash('sha256').update(normalizeForExactMatch(`${subject}\n${text}`)).digest('base64url');
  return `${petitionerRef}:${digest}`;
}
