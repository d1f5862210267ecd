import { createParamDecorator, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { raw, type Request, type RequestHandler, type Response } from 'express';
import type { Observable } from 'rxjs';
import { EmlMissing, EmlTooLarge, EmlUnsupportedMediaType } from './channels.errors';

/** A raw message may carry photos: its own limit, far above the 1 MB of JSON bodies. */
export const MAX_EML_MB = 25;

const parser: RequestHandler = raw({ type: 'message/rfc822', limit: `${MAX_EML_MB}mb` });

/**
 * Reads a `message/rfc822` body into a Buffer for this route only. It runs after the guard, so
 * nobody without a channel token makes the service buffer 25 MB; the global JSON parser never
 * touches this content type.
 */
@Injectable()
export class RawMessageInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'message/rfc822') throw new EmlUnsupportedMediaType();
    await new Promise<void>((resolve, reject) =>
      parser(request, http.getResponse<Response>(), (error?: unknown) => (error ? reject(error) : resolve())),
    ).catch((error: { type?: string }) => {
      throw error?.type === 'entity.too.large' ? new EmlTooLarge(MAX_EML_MB) : error;
    });
    if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw new EmlMissing();
    return next.handle();
  }
}

/**
 * The raw message the interceptor read. A custom decorator rather than `@Body()`, so that no
 * body pipe walks a 25 MB Buffer as if it were a JSON object.
 */
export const RawMessage = createParamDecorator((_: unknown, context: ExecutionContext): Buffer => context.switchToHttp().getRequest<Request>().body as Buffer);
