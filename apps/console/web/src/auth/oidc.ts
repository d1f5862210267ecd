import type { BrowserSettings } from './session';

// Production sign-in: OpenID Connect authorization code flow with PKCE (oidc-client-ts), loaded
// only when a provider is configured, so the petitioner's pages never carry it.

async function manager(settings: NonNullable<BrowserSettings['oidc']>) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    scope: settings.scope,
    redirect_uri: `${window.location.origin}/signin/callback`,
    post_logout_redirect_uri: `${window.location.origin}/signin`,
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export async function startOidcSignIn(settings: NonNullable<BrowserSettings['oidc']>, returnTo: string): Promise<void> {
  await (await manager(settings)).signinRedirect({ state: { returnTo } });
}

/** Finish the redirect: the access token (carrying roles, unit and leader claims) and where to go. */
export async function completeOidcSignIn(settings: NonNullable<BrowserSettings['oidc']>): Promise<{ accessToken: string; returnTo: string }> {
  const user = await (await manager(settings)).signinRedirectCallback();
  const state = (user.state ?? {}) as { returnTo?: string };
  return { accessToken: user.access_token, returnTo: state.returnTo ?? '/staff' };
}
