/**
 * Normalisation of personal values before they are encrypted or blind-indexed, so that
 * "138 1234 5678", "+86 138-1234-5678" and "8613812345678" are the same phone.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII (１３８…, ＡＢＣ) to half-width, full-width space to space. */
export function toHalfWidth(value: string): string {
  return value.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * A Chinese phone number in E.164 (`+8613812345678`, `+862812345678`), or null if it is not
 * one. Accepts mobile numbers (1[3-9]x, 11 digits) and fixed lines with area code (0xx…).
 */
export function normalizePhone(raw: string): string | null {
  let digits = toHalfWidth(raw).replace(/[\s\-().]/g, '');
  if (digits.startsWith('+')) {
    if (!digits.startsWith('+86')) return /^\+[1-9]\d{6,14}$/.test(digits) ? digits : null;
    digits = digits.slice(3);
  } else if (digits.startsWith('0086')) {
    digits = digits.slice(4);
  } else if (digits.startsWith('86') && digits.length === 13) {
    digits = digits.slice(2);
  }
  if (/^1[3-9]\d{9}$/.test(digits)) return `+86${digits}`;
  // Fixed line: 0 + area code (2–3 digits) + 7–8 digit number.
  if (/^0[1-9]\d{8,10}$/.test(digits)) return `+86${digits.slice(1)}`;
  return null;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The GB 11643-1999 check character of the first 17 digits of a resident ID number. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/**
 * An 18-character resident ID number (居民身份证号码) with a valid birth date and check
 * character, upper-cased, or null.
 */
export function normalizeIdNumber(raw: string): string | null {
  const value = toHalfWidth(raw).replace(/\s/g, '').toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(value)) return null;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth.getTime() > Date.now()) return null;
  return idCheckCharacter(value.slice(0, 17)) === value[17] ? value : null;
}

/** Names and addresses: half-width, no whitespace or punctuation differences. */
export function normalizeText(raw: string): string {
  return toHalfWidth(raw)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·•.,，。、\-—_()（）#号]/g, '');
}

export function normalizeEmail(raw: string): string {
  return toHalfWidth(raw).trim().toLowerCase();
}
