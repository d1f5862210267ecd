import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../text/normalize-text';

/** The repository root, found from this file (src/eval or dist/eval, three levels down). */
export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

/** The shared folder beside the repository (overridable for CI). */
export function sharedDir(): string {
  return process.env.SUNSHINE_SHARED_DIR ?? join(REPO_ROOT, '..', 'shared');
}

export function citizenMessagesPath(file: string): string {
  return join(sharedDir(), 'data', 'citizen-messages', file);
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export function readTaxonomy(path = citizenMessagesPath('taxonomy.json')): string[][] {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as string[][]) : [];
}

/** A fixed local key: the CLI stands in for intake's blind index, whose real key is secret. */
const LOCAL_KEY = 'routing-eval-local-key';

export function blindIndex(kind: string, value: string): string {
  return createHmac('sha256', LOCAL_KEY).update(`${kind}:${value}`).digest('base64url');
}

/**
 * Phone number to E.164 (+86…): full-width digits folded, spaces/dashes/brackets dropped, the
 * 0086/86 prefix recognised, a Chinese 11-digit mobile or 0-prefixed landline given +86.
 */
export function phoneToE164(raw: string): string | undefined {
  let digits = normalizeText(raw).replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.startsWith('86') && digits.length >= 12) digits = digits.slice(2);
  if (digits.startsWith('0')) digits = digits.slice(1); // trunk prefix of a landline
  return digits.length >= 7 ? `+86${digits}` : undefined;
}

export function normalizeName(raw: string): string {
  return normalizeText(raw).replace(/\s+/g, '');
}
