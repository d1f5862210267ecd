import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { CONTENT_TYPES, formatOf, renderOpen311, type Open311Document } from './open311-format';
import { Open311UnsupportedFormat } from './open311.errors';

/**
 * Renders what an Open311 handler returns in the format named by the resource's extension
 * (`services.xml`, `requests/SW-2026-000123.json`), with the spec's content types. An unknown
 * extension is refused before the handler runs.
 */
@Injectable()
export class Open311FormatInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler<Open311Document>): Observable<string> {
    const http = context.switchToHttp();
    const format = formatOf(http.getRequest<Request>().params?.format);
    if (!format) throw new Open311UnsupportedFormat();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      map((document) => {
        response.setHeader('Content-Type', CONTENT_TYPES[format]);
        return renderOpen311(document, format);
      }),
    );
  }
}
