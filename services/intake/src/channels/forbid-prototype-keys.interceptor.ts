import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { RequestValidationError } from '@sunshine/platform';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The dotted path of the first key that could reach an object's prototype, if any. */
export function prototypeKeyIn(value: unknown, path = ''): string | undefined {
  if (!value || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN.has(key)) return here;
    const deeper = prototypeKeyIn((value as Record<string, unknown>)[key], here);
    if (deeper) return deeper;
  }
  return undefined;
}

/**
 * Refuses a JSON body with a `__proto__`, `constructor` or `prototype` key at any depth, before
 * the validation pipe sees it: JSON.parse keeps `__proto__` as an own key, and turning such a
 * body into a DTO would hand it to the object's prototype instead of to the whitelist check.
 */
@Injectable()
export class ForbidPrototypeKeysInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const field = prototypeKeyIn(context.switchToHttp().getRequest<Request>().body);
    if (field) {
      throw new RequestValidationError([
        { field, code: 'whitelistValidation', message: { 'zh-CN': '不允许提交该字段', en: 'this field is not allowed' } },
      ]);
    }
    return next.handle();
  }
}
