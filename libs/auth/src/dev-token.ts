import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { DEFAULT_AUDIENCE, DEV_ISSUER, DEV_KEY_ID, loadOrCreateDevKey } from './dev-keys';
import type { Role } from './roles';

export interface DevTokenRequest {
  roles: Role[];
  unitId?: string;
  /** For leaders: their id in the leader catalogue (JWT claim `leader`). */
  leaderId?: string;
  subject?: string;
  name?: string;
  /** Lifetime in seconds (default 8 hours). */
  ttlSeconds?: number;
  issuer?: string;
  audience?: string;
  devKeysDir?: string;
}

/** A token signed by the development key: for local use and tests, refused in production. */
export async function signDevToken(request: DevTokenRequest): Promise<string> {
  const jwk = await loadOrCreateDevKey(request.devKeysDir);
  const key = await importJWK(jwk, 'ES256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    roles: request.roles,
    ...(request.unitId ? { unit: request.unitId } : {}),
    ...(request.leaderId ? { leader: request.leaderId } : {}),
    ...(request.name ? { name: request.name } : {}),
  })
    .setProtectedHeader({ alg: 'ES256', kid: DEV_KEY_ID, typ: 'JWT' })
    .setSubject(request.subject ?? `dev-${request.roles.join('-')}${request.unitId ? `-${request.unitId}` : ''}${request.leaderId ? `-${request.leaderId}` : ''}`)
    .setIssuer(request.issuer ?? DEV_ISSUER)
    .setAudience(request.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (request.ttlSeconds ?? 8 * 3600))
    .setJti(randomUUID())
    .sign(key);
}
