import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, UnsecuredJWT } from 'jose';
import { DEV_ISSUER, loadOrCreateDevKey, publicPart } from './dev-keys';
import { signDevToken } from './dev-token';
import { authSettingsFromEnv, AuthConfigurationError, JwtVerifier } from './jwt-verifier';
import { scopedFilter, unitScope } from './unit-scope';

const devKeysDir = mkdtempSync(join(tmpdir(), 'sunshine-keys-'));

async function devVerifier() {
  return new JwtVerifier(await authSettingsFromEnv({ NODE_ENV: 'test', AUTH_DEV_KEYS_DIR: devKeysDir }));
}

describe('JwtVerifier', () => {
  it('accepts a development token and returns the caller with its unit', async () => {
    const token = await signDevToken({ roles: ['unit'], unitId: 'housing-bureau', devKeysDir });
    await expect((await devVerifier()).verify(token)).resolves.toEqual({
      subject: 'dev-unit-housing-bureau',
      roles: ['unit'],
      unitId: 'housing-bureau',
    });
  });

  it('carries a leader id from the leader claim, and a leader token without one still works', async () => {
    const verifier = await devVerifier();
    await expect(verifier.verify(await signDevToken({ roles: ['leader'], leaderId: 'party-secretary', devKeysDir }))).resolves.toEqual({
      subject: 'dev-leader-party-secretary',
      roles: ['leader'],
      leaderId: 'party-secretary',
    });
    const anyLeader = await verifier.verify(await signDevToken({ roles: ['leader'], devKeysDir }));
    expect(anyLeader).toEqual({ subject: 'dev-leader', roles: ['leader'] });
    expect(anyLeader).not.toHaveProperty('leaderId');
  });

  it('refuses a leader claim that is not an id', async () => {
    const verifier = await devVerifier();
    const jwk = await loadOrCreateDevKey(devKeysDir);
    const key = await importJWK(jwk, 'ES256');
    for (const leader of ['Party Secretary', '', 42, { $ne: null }]) {
      const token = await new SignJWT({ roles: ['leader'], leader })
        .setProtectedHeader({ alg: 'ES256', kid: 'sunshine-dev' })
        .setSubject('x')
        .setIssuer(DEV_ISSUER)
        .setAudience('sunshine-petitions')
        .setExpirationTime('1h')
        .sign(key);
      await expect(verifier.verify(token)).rejects.toThrow('leader claim invalid');
    }
  });

  it('refuses expired tokens, wrong issuers and wrong audiences', async () => {
    const verifier = await devVerifier();
    await expect(verifier.verify(await signDevToken({ roles: ['leader'], ttlSeconds: -120, devKeysDir }))).rejects.toThrow(
      'token expired',
    );
    await expect(verifier.verify(await signDevToken({ roles: ['leader'], issuer: 'https://evil.example', devKeysDir }))).rejects.toThrow(
      /iss/,
    );
    await expect(verifier.verify(await signDevToken({ roles: ['leader'], audience: 'other-app', devKeysDir }))).rejects.toThrow(
      /aud/,
    );
  });

  it('refuses unsigned tokens and HMAC tokens made with the public key (algorithm confusion)', async () => {
    const verifier = await devVerifier();
    const unsigned = new UnsecuredJWT({ roles: ['admin'] })
      .setSubject('x')
      .setIssuer(DEV_ISSUER)
      .setAudience('sunshine-petitions')
      .setExpirationTime('1h')
      .encode();
    await expect(verifier.verify(unsigned)).rejects.toThrow('invalid token');
    const publicJwk = publicPart(await loadOrCreateDevKey(devKeysDir));
    const hmac = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256', kid: 'sunshine-dev' })
      .setSubject('x')
      .setIssuer(DEV_ISSUER)
      .setAudience('sunshine-petitions')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
    await expect(verifier.verify(hmac)).rejects.toThrow('invalid token');
  });

  it('refuses tokens signed by another key, without roles, or a unit role without a unit', async () => {
    const verifier = await devVerifier();
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'sunshine-dev' })
      .setSubject('x')
      .setIssuer(DEV_ISSUER)
      .setAudience('sunshine-petitions')
      .setExpirationTime('1h')
      .sign(privateKey);
    await expect(verifier.verify(forged)).rejects.toThrow('invalid token');
    await expect(verifier.verify(await signDevToken({ roles: [], devKeysDir }))).rejects.toThrow('no role');
    await expect(verifier.verify(await signDevToken({ roles: ['unit'], devKeysDir }))).rejects.toThrow('unit role without unit');
  });

  it('in production, needs configured keys and refuses the development key and issuer', async () => {
    await expect(authSettingsFromEnv({ NODE_ENV: 'production' })).rejects.toBeInstanceOf(AuthConfigurationError);
    const devPublic = publicPart(await loadOrCreateDevKey(devKeysDir));
    await expect(
      authSettingsFromEnv({ NODE_ENV: 'production', AUTH_ISSUER: 'https://sso.gov.example', AUTH_PUBLIC_KEYS: JSON.stringify({ keys: [devPublic] }) }),
    ).rejects.toThrow('development key');

    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'prod-1', alg: 'RS256' }] };
    const verifier = new JwtVerifier(
      await authSettingsFromEnv({ NODE_ENV: 'production', AUTH_ISSUER: 'https://sso.gov.example', AUTH_PUBLIC_KEYS: JSON.stringify(jwks) }),
    );
    const good = await new SignJWT({ roles: ['supervisor'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'prod-1' })
      .setSubject('s-1')
      .setIssuer('https://sso.gov.example')
      .setAudience('sunshine-petitions')
      .setExpirationTime('1h')
      .sign(privateKey);
    await expect(verifier.verify(good)).resolves.toMatchObject({ roles: ['supervisor'] });
    await expect(verifier.verify(await signDevToken({ roles: ['admin'], devKeysDir }))).rejects.toThrow();
  });
});

describe('unit scope', () => {
  it('limits unit staff to their unit and lets cross-unit roles see everything', () => {
    expect(scopedFilter({ status: 'open' }, unitScope({ subject: 'u', roles: ['unit'], unitId: 'town-a' }))).toEqual({
      status: 'open',
      unitIds: 'town-a',
    });
    expect(scopedFilter({ status: 'open' }, unitScope({ subject: 'l', roles: ['leader'] }))).toEqual({ status: 'open' });
    expect(unitScope({ subject: 'r', roles: ['registrar'] })).toMatchObject({ all: false });
  });
});
