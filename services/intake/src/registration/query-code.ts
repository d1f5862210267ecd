import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I/L: a code read out over the phone must survive being written down. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 10;

/**
 * The petitioner's query code (查询码): with the case number, it is the credential to see
 * progress and to rate the reply. 10 characters of a 31-letter alphabet (~49 bits). Stored and
 * shared only as an scrypt verifier; it never travels in a URL.
 */
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

function derive(code: string, salt: Buffer, nLog2: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(code, salt, 32, { N: 2 ** nLog2, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` (base64url). */
export async function hashQueryCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(code, salt, N_LOG2, R, P);
  return ['scrypt', N_LOG2, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyQueryCode(code: string, verifier: string): Promise<boolean> {
  const [scheme, nLog2, r, p, salt, hash] = verifier.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(code, Buffer.from(salt, 'base64url'), Number(nLog2), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
