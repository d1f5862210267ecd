import { join } from 'node:path';

/** The five services behind the console, and the path each answers under `/api/<service>/`. */
export const SERVICE_NAMES = ['intake', 'routing', 'handling', 'feedback', 'supervision'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const DEFAULT_PORTS: Record<ServiceName, number> = { intake: 3001, routing: 3002, handling: 3003, feedback: 3004, supervision: 3005 };

/** OpenID Connect settings handed to the browser (authorization code + PKCE; no client secret). */
export interface OidcSettings {
  authority: string;
  clientId: string;
  scope: string;
}

export interface ConsoleConfig {
  host: string;
  port: number;
  production: boolean;
  /** The built single-page app (vite's output). */
  webRoot: string;
  services: Record<ServiceName, string>;
  oidc?: OidcSettings;
  /** Where development tokens' keys live (the services read the same directory). */
  devKeysDir?: string;
}

export class ConsoleConfigError extends Error {}

function url(value: string, name: string): string {
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch {
    throw new ConsoleConfigError(`${name} is not a URL: ${value}`);
  }
}

/**
 * Read the console's settings. Production needs an OIDC provider (OIDC_AUTHORITY, OIDC_CLIENT_ID)
 * and has no development sign-in; elsewhere the development sign-in is on and OIDC optional.
 */
export function consoleConfigFromEnv(env: NodeJS.ProcessEnv, appRoot: string): ConsoleConfig {
  const production = env.NODE_ENV === 'production';
  const services = Object.fromEntries(
    SERVICE_NAMES.map((name) => {
      const key = `CONSOLE_${name.toUpperCase()}_URL`;
      return [name, url(env[key] ?? `http://127.0.0.1:${DEFAULT_PORTS[name]}`, key)];
    }),
  ) as Record<ServiceName, string>;
  const oidc = env.OIDC_AUTHORITY
    ? { authority: url(env.OIDC_AUTHORITY, 'OIDC_AUTHORITY'), clientId: env.OIDC_CLIENT_ID ?? '', scope: env.OIDC_SCOPE ?? 'openid profile' }
    : undefined;
  if (oidc && !oidc.clientId) throw new ConsoleConfigError('OIDC_AUTHORITY needs OIDC_CLIENT_ID');
  if (production && !oidc) throw new ConsoleConfigError('production needs an OIDC provider: set OIDC_AUTHORITY and OIDC_CLIENT_ID');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConsoleConfigError(`PORT is not a port: ${env.PORT}`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    production,
    webRoot: env.CONSOLE_WEB_ROOT ?? join(appRoot, 'dist-web'),
    services,
    oidc,
    devKeysDir: env.AUTH_DEV_KEYS_DIR,
  };
}
