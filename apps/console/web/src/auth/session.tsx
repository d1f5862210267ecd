import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** Who uses the console (libs/auth ROLES). */
export type Role =
  | 'channel'
  | 'registrar'
  | 'leader'
  | 'unit'
  | 'joint-office'
  | 'supervisor'
  | 'organization-department'
  | 're-review-office'
  | 'review-office'
  | 'admin';

export interface Session {
  token: string;
  roles: Role[];
  unitId?: string;
  leaderId?: string;
  name?: string;
  subject: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** What `/config.json` says about signing in. */
export interface BrowserSettings {
  signIn: 'development' | 'oidc';
  developmentSignIn: boolean;
  oidc: { authority: string; clientId: string; scope: string } | null;
}

interface SessionState {
  session: Session | null;
  settings: BrowserSettings | null;
  /** Keep a token obtained from the development sign-in or the OIDC provider. */
  signInWithToken(token: string): Session;
  signOut(): void;
}

const SessionContext = createContext<SessionState>({
  session: null,
  settings: null,
  signInWithToken: () => {
    throw new Error('no SessionProvider');
  },
  signOut: () => undefined,
});

// Per tab, gone when it closes: a shared office computer keeps no one's session.
const STORAGE_KEY = 'sunshine.session';

function decodePayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const json = decodeURIComponent(
    Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''),
  );
  return JSON.parse(json) as Record<string, unknown>;
}

/** The session a token describes; the services verify the signature, the console only reads the claims. */
export function sessionFromToken(token: string): Session {
  const claims = decodePayload(token);
  const roles = Array.isArray(claims.roles) ? (claims.roles as Role[]) : [];
  return {
    token,
    roles,
    unitId: typeof claims.unit === 'string' ? claims.unit : undefined,
    leaderId: typeof claims.leader === 'string' ? claims.leader : undefined,
    name: typeof claims.name === 'string' ? claims.name : undefined,
    subject: String(claims.sub ?? ''),
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now() + 3600_000,
  };
}

function storedSession(): Session | null {
  try {
    const token = sessionStorage.getItem(STORAGE_KEY);
    if (!token) return null;
    const session = sessionFromToken(token);
    return session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(storedSession);
  const [settings, setSettings] = useState<BrowserSettings | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch('/config.json')
      .then((r) => (r.ok ? (r.json() as Promise<BrowserSettings>) : null))
      .then((s) => !cancelled && setSettings(s))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  const signInWithToken = useCallback((token: string) => {
    const next = sessionFromToken(token);
    sessionStorage.setItem(STORAGE_KEY, token);
    setSession(next);
    return next;
  }, []);

  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);

  // Signed out when the token runs out, not on the next failing request.
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(signOut, Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session, signOut]);

  const value = useMemo(() => ({ session, settings, signInWithToken, signOut }), [session, settings, signInWithToken, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}

export function hasRole(session: Session | null, ...roles: Role[]): boolean {
  return !!session && (session.roles.includes('admin') || session.roles.some((r) => roles.includes(r)));
}
