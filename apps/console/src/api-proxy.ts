import type { RequestHandler } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { ServiceName } from './config';

/**
 * `/api/<service>/v1/…` → the service's `/api/v1/…`; `/api/<service>/docs-json`, `/docs…` and
 * `/health` → the same path on the service; `/api/intake/open311/…` → intake's Open311 API.
 * Anything else under `/api/<service>/` is not forwarded (404 from the console).
 */
export function servicePath(service: ServiceName, path: string): string | undefined {
  if (path.startsWith('/v1/') || path === '/v1') return `/api${path}`;
  if (path === '/docs-json' || path === '/health' || path === '/docs' || path.startsWith('/docs/')) return path;
  if (service === 'intake' && path.startsWith('/open311/')) return path;
  return undefined;
}

/** One origin for the browser: the console forwards to the five services (no CORS anywhere). */
export function apiProxy(service: ServiceName, target: string): RequestHandler {
  const proxy = createProxyMiddleware({
    target,
    changeOrigin: false,
    // The services trust X-Forwarded-For from loopback (rate limits per petitioner, audit).
    xfwd: true,
    pathRewrite: (path) => servicePath(service, path) ?? path,
    proxyTimeout: 120_000,
    on: {
      error: (_error, _req, res) => {
        if ('writeHead' in res && !res.headersSent) {
          res.writeHead(502, { 'content-type': 'application/problem+json; charset=utf-8' });
          res.end(
            JSON.stringify({
              type: 'urn:sunshine-petitions:problem:server-unavailable',
              title: '服务暂不可用，请稍后再试',
              status: 502,
              code: 'SERVER.UNAVAILABLE',
              i18n: { 'zh-CN': { title: '服务暂不可用，请稍后再试' }, en: { title: `The ${service} service is not answering; try again later` } },
            }),
          );
        }
      },
    },
  });
  return (req, res, next) => {
    if (servicePath(service, req.path) === undefined) return next();
    return proxy(req, res, next);
  };
}
