import { once } from 'node:events';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servicePath } from './api-proxy';
import { ConsoleConfigError, consoleConfigFromEnv, type ConsoleConfig } from './config';
import { createConsoleServer } from './console-server';

/** A stand-in upstream that records what reached it (an HTTP echo, not a broker or a database). */
async function echoServer(): Promise<{ server: Server; url: string; seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] }> {
  const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: req.url }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function listen(config: ConsoleConfig): Promise<{ server: Server; url: string }> {
  const server = createConsoleServer(config).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function webRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'console-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>阳光信访</title>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
  return dir;
}

describe('the console server', () => {
  it('maps /api/<service>/v1/… to the service’s /api/v1/… and passes its documents and Open311 through', () => {
    expect(servicePath('handling', '/v1/cases')).toBe('/api/v1/cases');
    expect(servicePath('routing', '/docs-json')).toBe('/docs-json');
    expect(servicePath('intake', '/open311/v2/services.json')).toBe('/open311/v2/services.json');
    expect(servicePath('handling', '/open311/v2/services.json')).toBeUndefined();
    expect(servicePath('supervision', '/metrics')).toBeUndefined();
  });

  it('refuses production without an OIDC provider and reads service addresses from the environment', () => {
    expect(() => consoleConfigFromEnv({ NODE_ENV: 'production' }, '/app')).toThrow(ConsoleConfigError);
    expect(() => consoleConfigFromEnv({ OIDC_AUTHORITY: 'https://id.example.gov.cn' }, '/app')).toThrow(/OIDC_CLIENT_ID/);
    const config = consoleConfigFromEnv({ CONSOLE_ROUTING_URL: 'http://routing:3002/', PORT: '8080' }, '/app');
    expect(config.services.routing).toBe('http://routing:3002');
    expect(config.services.intake).toBe('http://127.0.0.1:3001');
    expect(config.port).toBe(8080);
  });

  describe('in development', () => {
    let upstream: Awaited<ReturnType<typeof echoServer>>;
    let console_: { server: Server; url: string };
    beforeAll(async () => {
      upstream = await echoServer();
      const config = consoleConfigFromEnv({ NODE_ENV: 'development', CONSOLE_HANDLING_URL: upstream.url, CONSOLE_INTAKE_URL: 'http://127.0.0.1:9', CONSOLE_WEB_ROOT: webRoot() }, '/app');
      console_ = await listen(config);
    });
    afterAll(() => {
      console_.server.close();
      upstream.server.close();
    });

    it('forwards an API call with the caller’s token and address, and nothing outside the API', async () => {
      const response = await fetch(`${console_.url}/api/handling/v1/cases?status=assigned`, { headers: { authorization: 'Bearer abc' } });
      expect(await response.json()).toEqual({ path: '/api/v1/cases?status=assigned' });
      const last = upstream.seen.at(-1)!;
      expect(last.headers.authorization).toBe('Bearer abc');
      expect(last.headers['x-forwarded-for']).toContain('127.0.0.1');
      const before = upstream.seen.length;
      const outside = await fetch(`${console_.url}/api/handling/internal/anything`);
      expect(outside.status).toBe(404);
      expect(outside.headers.get('content-type')).toContain('application/problem+json');
      expect(upstream.seen.length).toBe(before);
    });

    it('answers 502 problem+json when a service is down', async () => {
      const response = await fetch(`${console_.url}/api/intake/v1/public/progress`, { method: 'POST' });
      // intake points at port 9 on loopback, where nothing listens.
      expect(response.status).toBe(502);
      expect(((await response.json()) as { code: string }).code).toBe('SERVER.UNAVAILABLE');
    });

    it('serves the app for any page address, hashed assets as immutable, and the development sign-in', async () => {
      const page = await fetch(`${console_.url}/staff/unit/cases/123`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('阳光信访');
      const asset = await fetch(`${console_.url}/assets/app-abc123.js`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      const settings = await (await fetch(`${console_.url}/config.json`)).json();
      expect(settings).toMatchObject({ signIn: 'development', developmentSignIn: true });
      const token = await fetch(`${console_.url}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'unit', unitId: 'education-bureau' }) });
      expect(token.status).toBe(201);
      const claims = JSON.parse(Buffer.from(String(((await token.json()) as { token: string }).token).split('.')[1], 'base64url').toString());
      expect(claims).toMatchObject({ roles: ['unit'], unit: 'education-bureau' });
      const bad = await fetch(`${console_.url}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'unit' }) });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { i18n: { en: { title: string } } }).i18n.en.title).toMatch(/unit/);
    });
  });

  it('has no development sign-in in production, and tells the browser to use the OIDC provider', async () => {
    const config = consoleConfigFromEnv({ NODE_ENV: 'production', OIDC_AUTHORITY: 'https://id.example.gov.cn/realms/district', OIDC_CLIENT_ID: 'console', CONSOLE_WEB_ROOT: webRoot() }, '/app');
    const running = await listen(config);
    try {
      const token = await fetch(`${running.url}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"admin"}' });
      expect(token.status).toBe(404);
      expect(await (await fetch(`${running.url}/config.json`)).json()).toEqual({
        signIn: 'oidc',
        developmentSignIn: false,
        oidc: { authority: 'https://id.example.gov.cn/realms/district', clientId: 'console', scope: 'openid profile' },
      });
    } finally {
      running.server.close();
    }
  });
});
