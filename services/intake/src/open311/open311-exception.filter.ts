import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { negotiateLanguage, toProblemParts } from '@sunshine/platform';
import { CONTENT_TYPES, formatOf, renderOpen311, type Open311Format } from './open311-format';

/**
 * GeoReport v2 status codes: 404 for what does not exist, 403 for a wrong or missing api_key,
 * and "basically 400 for any other error where the request can not be fulfilled". Rate limits
 * (429) and server failures (5xx) keep their own codes, so clients know to wait and retry.
 */
export function open311Status(status: number): number {
  if (status === 401 || status === 403) return 403;
  if (status === 404 || status === 429 || status >= 500) return status;
  return 400;
}

/** The format of the failing request: its extension, else XML (the spec's required format). */
function formatOfRequest(request: Request): Open311Format {
  return formatOf(request.params?.format) ?? formatOf(/\.(json|xml)$/.exec(request.path ?? '')?.[1]) ?? 'xml';
}

/** Send any error of an Open311 route in the spec's format. */
export function sendOpen311Error(error: unknown, request: Request, response: Response, logger?: Logger): void {
  const parts = toProblemParts(error);
  if (parts.status >= 500) logger?.error({ err: error }, 'open311 request failed');
  const status = open311Status(parts.status);
  const language = negotiateLanguage(request.headers['accept-language']);
  const errors = parts.errors?.length
    ? parts.errors.map((e) => ({ code: status, description: `${e.field}: ${e.message[language]}` }))
    : [{ code: status, description: parts.detail ? `${parts.title[language]}: ${parts.detail[language]}` : parts.title[language] }];
  if (response.headersSent) return;
  const format = formatOfRequest(request);
  response.status(status).setHeader('Content-Type', CONTENT_TYPES[format]);
  response.setHeader('Content-Language', language);
  response.send(renderOpen311({ root: 'errors', body: errors }, format));
}

/**
 * Express error middleware for what fails before Nest's router on an Open311 route (a body over
 * 1 MB, malformed JSON): the same format as the filter below, not a problem document.
 */
export function open311BodyErrors(error: unknown, request: Request, response: Response, next: NextFunction): void {
  if (!request.path.startsWith('/open311/')) return next(error);
  sendOpen311Error(error, request, response);
}

/**
 * Errors of the Open311 routes in the spec's own format — `<errors><error><code/><description/>`
 * or a JSON array of `{ code, description }` — never RFC 9457 problem documents: 311 apps
 * parse these. Descriptions are in zh-CN, or English when Accept-Language prefers it; a
 * validation failure gives one error per field.
 */
@Catch()
export class Open311ExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    sendOpen311Error(error, host.switchToHttp().getRequest<Request>(), host.switchToHttp().getResponse<Response>(), this.logger);
  }
}
