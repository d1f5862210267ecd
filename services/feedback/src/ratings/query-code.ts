import { scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Checks the petitioner's query code (查询码) against the scrypt verifier intake published with
 * `petition.registered`: `scrypt$<log2 N>$<r>$<p>$<salt b64url>$<hash b64url>`, 32-byte key.
 * Feedback never sees the code itself, only what the petitioner types when rating.
 */

/** No 0/O, 1/I/L (the alphabet intake issues codes in). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 10;
const KEY_LENGTH = 32;
const MAX_MEMORY = 32 * 1024 * 1024;
const VERIFIER = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9_-]{8,})\$([A-Za-z0-9_-]{43})$/;

/** What a person typed (lower case, spaces, dashes) as a code, or null when it cannot be one. */
export function normalizeQueryCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

function derive(code: string, salt: Buffer, nLog2: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(code, salt, KEY_LENGTH, { N: 2 ** nLog2, r, p, maxmem: 2 * MAX_MEMORY }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/**
 * True only for the right code. A verifier that is malformed, or whose cost parameters would
 * make one check absurdly expensive, verifies nothing.
 */
export async function verifyQueryCode(code: string, verifier: string): Promise<boolean> {
  const match = VERIFIER.exec(verifier);
  if (!match) return false;
  const [nLog2, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // scrypt needs 128·N·r bytes; intake chooses the cost, this only refuses the absurd.
  if (nLog2 < 1 || r < 1 || p < 1 || p > 16 || 128 * 2 ** nLog2 * r > MAX_MEMORY) return false;
  const expected = Buffer.from(match[5], 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  try {
    const actual = await derive(code, Buffer.from(match[4], 'base64url'), nLog2, r, p);
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/**
 * A verifier nobody knows the code of: checked when the case is unknown, so that an unknown
 * case and a wrong code take the same time to refuse.
 */
export const DECOY_VERIFIER = 'scrypt$12$8$1$ZGVjb3ktc2FsdC1mZWVkYmFjaw$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
