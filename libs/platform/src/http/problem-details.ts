import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { currentContext } from '@sunshine/observability';
import { DomainError, RequestValidationError, type FieldError } from './domain-error';
import { negotiateLanguage, type Language, type Localized } from './i18n';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** RFC 9457 problem document, with the project's extensions. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Stable machine-readable code, e.g. `CASE.ALREADY_REPLIED`. */
  code: string;
  correlationId?: string;
  /** Title and detail in both languages; `title`/`detail` above are in the negotiated one. */
  i18n: Record<Language, { title: string; detail?: string }>;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const STATUS_TITLES: Record<number, [string, Localized]> = {
  400: ['REQUEST.BAD', { 'zh-CN': '请求有误', en: 'Bad request' }],
  401: ['AUTH.UNAUTHENTICATED', { 'zh-CN': '请先登录', en: 'Authentication required' }],
  403: ['AUTH.FORBIDDEN', { 'zh-CN': '无权进行此操作', en: 'Not allowed' }],
  404: ['RESOURCE.NOT_FOUND', { 'zh-CN': '未找到', en: 'Not found' }],
  405: ['REQUEST.METHOD_NOT_ALLOWED', { 'zh-CN': '不支持该请求方法', en: 'Method not allowed' }],
  406: ['REQUEST.NOT_ACCEPTABLE', { 'zh-CN': '无法提供所要求的格式', en: 'Not acceptable' }],
  409: ['RESOURCE.CONFLICT', { 'zh-CN': '与当前状态冲突', en: 'Conflict with the current state' }],
  413: ['REQUEST.TOO_LARGE', { 'zh-CN': '提交的内容过大', en: 'Request body too large' }],
  415: ['REQUEST.UNSUPPORTED_MEDIA_TYPE', { 'zh-CN': '不支持的内容类型', en: 'Unsupported media type' }],
  422: ['REQUEST.UNPROCESSABLE', { 'zh-CN': '无法处理该请求', en: 'Unprocessable request' }],
  429: ['REQUEST.RATE_LIMITED', { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' }],
  500: ['SERVER.ERROR', { 'zh-CN': '系统内部错误，请稍后再试', en: 'Internal error; try again later' }],
  503: ['SERVER.UNAVAILABLE', { 'zh-CN': '服务暂不可用，请稍后再试', en: 'Service unavailable; try again later' }],
};

function typeUri(code: string): string {
  return `urn:sunshine-petitions:problem:${code.toLowerCase().replace(/[._]/g, '-')}`;
}

interface ProblemParts {
  status: number;
  code: string;
  title: Localized;
  detail?: Localized;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
}

/** Body-parser and other Express-level errors carry `type` and `status`. */
function fromExpressError(error: { type?: string; status?: number; statusCode?: number }): ProblemParts | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return {
        status: 400,
        code: 'REQUEST.MALFORMED_JSON',
        title: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
      };
    case 'entity.too.large':
      return {
        status: 413,
        code: 'REQUEST.TOO_LARGE',
        title: { 'zh-CN': '提交的内容过大', en: 'Request body too large' },
        detail: { 'zh-CN': '请求内容不能超过 1 MB。', en: 'The request body must not exceed 1 MB.' },
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'REQUEST.UNSUPPORTED_ENCODING',
        title: { 'zh-CN': '不支持的字符编码', en: 'Unsupported character encoding' },
      };
    default:
      return undefined;
  }
}

export function toProblemParts(error: unknown): ProblemParts {
  if (error instanceof RequestValidationError) {
    return { status: error.status, code: error.code, title: error.title, detail: error.detail, errors: error.errors };
  }
  if (error instanceof DomainError) {
    return { status: error.status, code: error.code, title: error.title, detail: error.detail, extensions: error.extensions };
  }
  const express = fromExpressError(error as { type?: string });
  if (express) return express;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse() as { code?: unknown; title?: Localized; detail?: Localized };
    if (typeof body === 'object' && typeof body.code === 'string' && body.title?.['zh-CN']) {
      return { status, code: body.code, title: body.title, detail: body.detail };
    }
    const [code, title] = STATUS_TITLES[status] ?? [`HTTP.${status}`, { 'zh-CN': error.message, en: error.message }];
    return { status, code, title };
  }
  return { status: 500, code: STATUS_TITLES[500][0], title: STATUS_TITLES[500][1] };
}

export function buildProblem(parts: ProblemParts, language: Language, instance?: string): ProblemDocument {
  const other: Language = language === 'zh-CN' ? 'en' : 'zh-CN';
  return {
    type: typeUri(parts.code),
    title: parts.title[language],
    status: parts.status,
    ...(parts.detail ? { detail: parts.detail[language] } : {}),
    ...(instance ? { instance } : {}),
    code: parts.code,
    ...(currentContext()?.correlationId ? { correlationId: currentContext()!.correlationId } : {}),
    i18n: {
      [language]: { title: parts.title[language], ...(parts.detail ? { detail: parts.detail[language] } : {}) },
      [other]: { title: parts.title[other], ...(parts.detail ? { detail: parts.detail[other] } : {}) },
    } as ProblemDocument['i18n'],
    ...(parts.errors ? { errors: parts.errors } : {}),
    ...parts.extensions,
  };
}

const logger = new Logger('ProblemDetails');

function send(error: unknown, request: Request, response: Response): void {
  const parts = toProblemParts(error);
  if (parts.status >= 500) logger.error({ err: error }, 'request failed');
  const language = negotiateLanguage(request.headers['accept-language']);
  const problem = buildProblem(parts, language, request.originalUrl?.split('?')[0]);
  if (response.headersSent) return;
  response.status(parts.status).setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  response.setHeader('Content-Language', language);
  if (parts.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
  response.send(JSON.stringify(problem));
}

/** The one place where errors become HTTP responses: RFC 9457 problem+json, zh-CN and en. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    send(error, http.getRequest<Request>(), http.getResponse<Response>());
  }
}

/** Express error middleware for errors raised before Nest's router (body parsing). */
export function problemDetailsMiddleware(error: unknown, request: Request, response: Response, next: NextFunction): void {
  if (!error) return next();
  send(error, request, response);
}

export { HttpStatus };
