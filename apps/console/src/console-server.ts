import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { apiProxy } from './api-proxy';
import { SERVICE_NAMES, type ConsoleConfig } from './config';
import { devSignInRouter } from './dev-sign-in';

/** What the browser needs to know before it signs anyone in (no secrets: PKCE has none). */
export function browserSettings(config: ConsoleConfig) {
  return {
    signIn: config.production || config.oidc ? 'oidc' : 'development',
    developmentSignIn: !config.production,
    oidc: config.oidc ?? null,
  };
}

/**
 * The console's one origin: the built single-page app, `/api/<service>/…` forwarded to the five
 * services, `/config.json` for the browser and, outside production, the development sign-in.
 */
export function createConsoleServer(config: ConsoleConfig): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Ant Design writes its styles at run time (CSS-in-JS): inline styles, no inline scripts.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'", ...(config.oidc ? [new URL(config.oidc.authority).origin] : [])],
          frameSrc: ["'self'", ...(config.oidc ? [new URL(config.oidc.authority).origin] : [])],
        },
      },
    }),
  );

  // The app's JavaScript and JSON travel gzipped; proxied file downloads are left as they are.
  app.use(compression({ filter: (req, res) => !req.path.startsWith('/api/') && compression.filter(req, res) }));
  for (const name of SERVICE_NAMES) app.use(`/api/${name}`, apiProxy(name, config.services[name]));
  app.use('/api', (_req: Request, res: Response) => {
    res.status(404).type('application/problem+json; charset=utf-8').send(
      JSON.stringify({ type: 'urn:sunshine-petitions:problem:resource-not-found', title: '未找到', status: 404, code: 'RESOURCE.NOT_FOUND', i18n: { 'zh-CN': { title: '未找到' }, en: { title: 'Not found' } } }),
    );
  });

  app.get('/config.json', (_req, res) => {
    res.set('cache-control', 'no-store').json(browserSettings(config));
  });
  app.get('/health', (_req, res) => {
    res.json({ status: existsSync(join(config.webRoot, 'index.html')) ? 'ok' : 'no-build' });
  });
  if (!config.production) app.use(devSignInRouter(config));

  // Hashed assets never change; index.html always revalidates so a new build is picked up.
  app.use('/assets', express.static(join(config.webRoot, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(config.webRoot, { index: false, maxAge: 0 }));
  app.get(/^\/(?!api\/|auth\/).*/, (req: Request, res: Response, next: NextFunction) => {
    if (!req.accepts('html')) return next();
    res.set('cache-control', 'no-cache').sendFile(join(config.webRoot, 'index.html'), (error) => {
      if (error) res.status(503).type('text/plain; charset=utf-8').send('控制台尚未构建 / the console is not built: npm run build');
    });
  });
  return app;
}
