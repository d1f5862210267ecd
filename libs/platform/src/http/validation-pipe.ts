import { ValidationPipe } from '@nestjs/common';
import { RequestValidationError } from './domain-error';
import { toFieldErrors } from './validation-messages';

/**
 * The global pipe: unknown fields are refused, types are enforced, and failures become a
 * problem document with a zh-CN and an English message per field. Nothing is stored when a
 * request fails here, and no user-supplied object ever reaches a query unvalidated.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new RequestValidationError(toFieldErrors(errors)),
  });
}
