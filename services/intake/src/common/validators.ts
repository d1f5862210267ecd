import { registerDecorator, type ValidationOptions } from 'class-validator';
import { localizedMessage } from '@sunshine/platform';
import { normalizeIdNumber, normalizePhone } from '../privacy/normalize';

/** A Chinese mobile or fixed-line number in any common spelling (normalised to E.164 later). */
export function IsChinesePhone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isChinesePhone',
      target: target.constructor,
      propertyName,
      options: { message: localizedMessage('不是有效的电话号码', 'is not a valid phone number'), ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && normalizePhone(value) !== null },
    });
}

/** An 18-character resident ID number whose GB 11643 check character is right. */
export function IsResidentIdNumber(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isResidentIdNumber',
      target: target.constructor,
      propertyName,
      options: {
        message: localizedMessage('身份证号码不正确（校验位或出生日期有误）', 'is not a valid resident ID number (check digit or birth date)'),
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && normalizeIdNumber(value) !== null },
    });
}
