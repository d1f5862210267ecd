import { registerDecorator, type ValidationOptions } from 'class-validator';
import { localizedMessage } from './validation-messages';

/** No control characters (they break logs, exports and the petitioner's screen); newlines and tabs are fine. */
export function HasNoControlCharacters(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'hasNoControlCharacters',
      target: target.constructor,
      propertyName,
      options: { message: localizedMessage('包含不允许的控制字符', 'contains control characters'), ...options },
      // eslint-disable-next-line no-control-regex
      validator: { validate: (value: unknown) => typeof value !== 'string' || !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value) },
    });
}
