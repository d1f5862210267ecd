import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * The petitioner's query code (查询码): with the case number, it is the credential to see
 * progress (intake) and to rate the reply (feedback). 10 characters of a 31-letter alphabet
 * (~49 bits), printed `ABCDE-FGHJK`. Intake issues it and publishes only an scrypt verifier
 * (`scrypt$<log2 N>$<r>$<p>$<salt b64url>$<hash b64url>`, 32-byte key) with
 * `petition.registered`; the code itself never travels in an event or a URL.
 */

/** No 0/O, 1/I/L: a code read out over the phone must survive being written down. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 10;
const KEY_LENGTH = 32;

export function generateQueryCode(): string {
  let code = '';
  while (code.length < LENGTH) {
    for (const byte of randomBytes(16)) {
      // 248 = 31 × 8: rejecting the rest keeps every character equally likely.
      if (byte < 248 && code.length < LENGTH) code += ALPHABET[byte % ALPHABET.length];
    }
  }
  return code;
}

/** `ABCDE-FGHJK` as printed on receipts. */
export function formatQueryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Accepts what a person types: lower case, spaces, dashes; null when it cannot be a code. */
export function normalizeQueryCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

// The code is random (~49 bits), not a password: a cheap verifier (~4 ms) already makes offline
// guessing of a stolen verifier take thousands of core-years, and registration stays fast.
const N_LOG2 = 10;
const R = 8;
const P = 1;
/** The most memory one check may take; a verifier asking for more verifies nothing. */
const MAX_MEMORY = 32 * 1024 * 1024;
const VERIFIER = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9_-]{8,})\$([A-Za-z0-9_-]{43})$/;

function derive(code: string, salt: Buffer, nLog2: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(code, salt, KEY_LENGTH, { N: 2 ** nLog2, r, p, maxmem: 2 * MAX_MEMORY }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** The verifier stored and published instead of the code. */
export async function hashQueryCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(code, salt, N_LOG2, R, P);
  return ['scrypt', N_LOG2, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/**
 * True only for the right code. A verifier that is malformed, or whose cost parameters would
 * make one check absurdly expensive, verifies nothing (verifiers made with an earlier cost still do).
 */
export async function verifyQueryCode(code: string, verifier: string): Promise<boolean> {
  const match = VERIFIER.exec(verifier);
  if (!match) return false;
  const [nLog2, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // scrypt needs 128·N·r bytes; the issuer chooses the cost, this only refuses the absurd.
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
