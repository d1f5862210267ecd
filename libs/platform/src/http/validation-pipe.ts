import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { RequestValidationError, type FieldError } from './domain-error';
import { toFieldErrors } from './validation-messages';

/** Keys that could reach an object's prototype chain; refused anywhere in a body. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeys(value: unknown, path = '', depth = 0): FieldError[] {
  if (depth > 32 || value === null || typeof value !== 'object') return [];
  const out: FieldError[] = [];
  for (const key of Object.keys(value)) {
    const field = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) {
      out.push({ field, code: 'forbiddenKey', message: { 'zh-CN': '不允许使用该字段名', en: 'this field name is not allowed' } });
    } else {
      out.push(...forbiddenKeys((value as Record<string, unknown>)[key], field, depth + 1));
    }
  }
  return out;
}

/**
 * The global pipe: unknown fields are refused, types are enforced, prototype keys
 * (`__proto__`…) and bodies that are not JSON objects are refused, and failures become a
 * problem document with a zh-CN and an English message per field. Nothing is stored when a
 * request fails here, and no user-supplied object ever reaches a query unvalidated.
 */
export class SafeValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: true, value: false },
      exceptionFactory: (errors) => new RequestValidationError(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new RequestValidationError([
          { field: '', code: 'isObject', message: { 'zh-CN': '请求内容必须是一个 JSON 对象', en: 'the body must be a JSON object' } },
        ]);
      }
      const forbidden = forbiddenKeys(value);
      if (forbidden.length) throw new RequestValidationError(forbidden);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new SafeValidationPipe();
}
