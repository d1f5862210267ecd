import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** Key id of the development signing key; refused in production. */
export const DEV_KEY_ID = 'sunshine-dev';
export const DEV_ISSUER = 'https://auth.sunshine-petitions.dev.local';
export const DEFAULT_AUDIENCE = 'sunshine-petitions';

export function defaultDevKeysDir(): string {
  return resolve(process.env.AUTH_DEV_KEYS_DIR ?? join(process.cwd(), '.data', 'dev-keys'));
}

/**
 * The development signing key (ES256), created on first use in `.data/dev-keys/` and shared by
 * every local process: the services verify with its public half, `npm run token` signs with it.
 * Created atomically, so services starting together agree on one key.
 */
export async function loadOrCreateDevKey(dir = defaultDevKeysDir()): Promise<JWK> {
  const file = join(dir, 'dev-signing-key.jwk.json');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: DEV_KEY_ID, alg: 'ES256', use: 'sig' };
    const temp = join(dir, `.key-${process.pid}-${randomBytes(4).toString('hex')}`);
    writeFileSync(temp, JSON.stringify(jwk), { mode: 0o600 });
    try {
      linkSync(temp, file); // fails if another process won the race: then use theirs
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(temp);
    }
  }
  return JSON.parse(readFileSync(file, 'utf8')) as JWK;
}

export function publicPart(jwk: JWK): JWK {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk;
  return pub;
}
