import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { DEFAULT_AUDIENCE, DEV_ISSUER, DEV_KEY_ID, loadOrCreateDevKey, publicPart } from './dev-keys';
import { isRole, PRINCIPAL_ID_PATTERN, type Principal } from './roles';

/** Only asymmetric signatures; `none` and HMAC tokens are never accepted. */
export const ALLOWED_ALGORITHMS = ['ES256', 'RS256'] as const;

export interface AuthSettings {
  issuer: string;
  audience: string;
  keys: JSONWebKeySet;
  production: boolean;
}

export class AuthenticationError extends Error {
  constructor(readonly reason: string) {
    super(`authentication failed: ${reason}`);
    this.name = 'AuthenticationError';
  }
}

export class AuthConfigurationError extends Error {}

/**
 * Read the verification settings. Production requires AUTH_ISSUER and AUTH_PUBLIC_KEYS (a JWKS)
 * and refuses the development key and issuer; elsewhere the development key is used.
 */
export async function authSettingsFromEnv(env: Record<string, unknown>): Promise<AuthSettings> {
  const production = env.NODE_ENV === 'production';
  const audience = String(env.AUTH_AUDIENCE || DEFAULT_AUDIENCE);
  if (production) {
    const issuer = env.AUTH_ISSUER ? String(env.AUTH_ISSUER) : '';
    if (!issuer || issuer === DEV_ISSUER) throw new AuthConfigurationError('production needs AUTH_ISSUER (not the development issuer)');
    if (!env.AUTH_PUBLIC_KEYS) throw new AuthConfigurationError('production needs AUTH_PUBLIC_KEYS (a JWKS)');
    const keys = parseJwks(String(env.AUTH_PUBLIC_KEYS));
    if (keys.keys.some((k) => k.kid === DEV_KEY_ID)) throw new AuthConfigurationError('the development key is refused in production');
    return { issuer, audience, keys, production };
  }
  const issuer = String(env.AUTH_ISSUER || DEV_ISSUER);
  const configured = env.AUTH_PUBLIC_KEYS ? parseJwks(String(env.AUTH_PUBLIC_KEYS)).keys : [];
  const dev = publicPart(await loadOrCreateDevKey(env.AUTH_DEV_KEYS_DIR ? String(env.AUTH_DEV_KEYS_DIR) : undefined));
  return { issuer, audience, keys: { keys: [...configured, dev] }, production };
}

function parseJwks(text: string): JSONWebKeySet {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AuthConfigurationError('AUTH_PUBLIC_KEYS is not JSON');
  }
  const keys = (parsed as JSONWebKeySet).keys;
  if (!Array.isArray(keys) || !keys.length) throw new AuthConfigurationError('AUTH_PUBLIC_KEYS must be a JWKS with keys');
  return parsed as JSONWebKeySet;
}

export class JwtVerifier {
  private readonly keySet: ReturnType<typeof createLocalJWKSet>;

  constructor(private readonly settings: AuthSettings) {
    this.keySet = createLocalJWKSet(settings.keys);
  }

  /** Verify a bearer token and return the caller; throws AuthenticationError otherwise. */
  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    let kid: string | undefined;
    try {
      const result = await jwtVerify(token, this.keySet, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: [...ALLOWED_ALGORITHMS],
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      });
      payload = result.payload;
      kid = result.protectedHeader.kid;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new AuthenticationError('token expired');
      if (error instanceof errors.JWTClaimValidationFailed) throw new AuthenticationError(`claim ${error.claim} invalid`);
      throw new AuthenticationError('invalid token');
    }
    if (this.settings.production && kid === DEV_KEY_ID) throw new AuthenticationError('development token');
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    if (!roles.length) throw new AuthenticationError('no role');
    const unitId = typeof payload.unit === 'string' ? payload.unit : undefined;
    if (roles.includes('unit') && !unitId) throw new AuthenticationError('unit role without unit');
    // A leader id that is not an id is refused rather than dropped: dropping it would widen the
    // caller's queue from their own items to nobody's, silently.
    if (payload.leader !== undefined && (typeof payload.leader !== 'string' || !PRINCIPAL_ID_PATTERN.test(payload.leader))) {
      throw new AuthenticationError('leader claim invalid');
    }
    const leaderId = typeof payload.leader === 'string' ? payload.leader : undefined;
    return {
      subject: String(payload.sub),
      roles,
      ...(unitId ? { unitId } : {}),
      ...(leaderId ? { leaderId } : {}),
      ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
    };
  }
}
