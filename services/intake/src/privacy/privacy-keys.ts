import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface PrivacyKeys {
  /** Encryption keys by id (32 bytes each). */
  encryptionKeys: Record<string, Buffer>;
  activeKeyId: string;
  blindIndexKey: Buffer;
}

export interface PrivacyKeyEnv {
  NODE_ENV?: string;
  /** JSON object of key id → base64 32-byte key, e.g. {"2026a":"…"}. */
  INTAKE_PII_KEYS?: string;
  INTAKE_PII_ACTIVE_KEY?: string;
  /** base64, at least 32 bytes. */
  INTAKE_BLIND_INDEX_KEY?: string;
  AUTH_DEV_KEYS_DIR?: string;
}

function decodeKey(name: string, value: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length < 32) throw new Error(`${name} must be at least 32 bytes of base64`);
  return key;
}

/**
 * The keys that protect petitioners' personal data. Production must configure them (a secret
 * store fills the environment); development and tests create random ones in `.data/dev-keys/`
 * on first use, shared by every local process, never committed.
 */
export function loadPrivacyKeys(env: PrivacyKeyEnv): PrivacyKeys {
  if (env.INTAKE_PII_KEYS || env.NODE_ENV === 'production') {
    if (!env.INTAKE_PII_KEYS || !env.INTAKE_PII_ACTIVE_KEY || !env.INTAKE_BLIND_INDEX_KEY) {
      throw new Error('INTAKE_PII_KEYS, INTAKE_PII_ACTIVE_KEY and INTAKE_BLIND_INDEX_KEY are required');
    }
    const parsed = JSON.parse(env.INTAKE_PII_KEYS) as Record<string, string>;
    const encryptionKeys = Object.fromEntries(Object.entries(parsed).map(([id, k]) => [id, decodeKey(`INTAKE_PII_KEYS.${id}`, k)]));
    for (const [id, key] of Object.entries(encryptionKeys)) {
      if (key.length !== 32) throw new Error(`INTAKE_PII_KEYS.${id} must be exactly 32 bytes`);
    }
    return {
      encryptionKeys,
      activeKeyId: env.INTAKE_PII_ACTIVE_KEY,
      blindIndexKey: decodeKey('INTAKE_BLIND_INDEX_KEY', env.INTAKE_BLIND_INDEX_KEY),
    };
  }
  const dir = resolve(env.AUTH_DEV_KEYS_DIR ?? join(process.cwd(), '.data', 'dev-keys'));
  const file = join(dir, 'intake-privacy-keys.json');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = join(dir, `.intake-${process.pid}-${randomBytes(4).toString('hex')}`);
    writeFileSync(
      temp,
      JSON.stringify({ encryptionKeys: { dev1: randomBytes(32).toString('base64') }, activeKeyId: 'dev1', blindIndexKey: randomBytes(32).toString('base64') }),
      { mode: 0o600 },
    );
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(temp);
    }
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { encryptionKeys: Record<string, string>; activeKeyId: string; blindIndexKey: string };
  return {
    encryptionKeys: Object.fromEntries(Object.entries(stored.encryptionKeys).map(([id, k]) => [id, Buffer.from(k, 'base64')])),
    activeKeyId: stored.activeKeyId,
    blindIndexKey: Buffer.from(stored.blindIndexKey, 'base64'),
  };
}
