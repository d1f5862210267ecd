import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { FieldError } from './domain-error';
import type { Localized } from './i18n';

type Template = (args: unknown[]) => Localized;

const list = (value: unknown) => (Array.isArray(value) ? value.join('、') : String(value));

/** zh-CN and English wording of the class-validator rules the DTOs use. */
const TEMPLATES: Record<string, Template> = {
  whitelistValidation: () => ({ 'zh-CN': '不允许提交该字段', en: 'this field is not allowed' }),
  isDefined: () => ({ 'zh-CN': '必须填写', en: 'is required' }),
  isNotEmpty: () => ({ 'zh-CN': '不能为空', en: 'must not be empty' }),
  isString: () => ({ 'zh-CN': '必须是文本', en: 'must be a string' }),
  isBoolean: () => ({ 'zh-CN': '必须是 true 或 false', en: 'must be true or false' }),
  isInt: () => ({ 'zh-CN': '必须是整数', en: 'must be an integer' }),
  isNumber: () => ({ 'zh-CN': '必须是数字', en: 'must be a number' }),
  isObject: () => ({ 'zh-CN': '必须是对象', en: 'must be an object' }),
  isArray: () => ({ 'zh-CN': '必须是数组', en: 'must be an array' }),
  nestedValidation: () => ({ 'zh-CN': '格式不正确', en: 'is malformed' }),
  isEmail: () => ({ 'zh-CN': '不是有效的电子邮箱地址', en: 'must be an email address' }),
  isUrl: () => ({ 'zh-CN': '不是有效的网址', en: 'must be a URL' }),
  isUUID: () => ({ 'zh-CN': '不是有效的编号', en: 'must be a UUID' }),
  isMongoId: () => ({ 'zh-CN': '不是有效的编号', en: 'must be an id' }),
  isISO8601: () => ({ 'zh-CN': '不是有效的日期时间（ISO 8601）', en: 'must be an ISO 8601 date-time' }),
  isDateString: () => ({ 'zh-CN': '不是有效的日期时间', en: 'must be a date-time' }),
  isLatitude: () => ({ 'zh-CN': '纬度不正确', en: 'must be a latitude' }),
  isLongitude: () => ({ 'zh-CN': '经度不正确', en: 'must be a longitude' }),
  matches: () => ({ 'zh-CN': '格式不正确', en: 'has the wrong format' }),
  isIn: ([values]) => ({ 'zh-CN': `必须是以下之一：${list(values)}`, en: `must be one of: ${list(values)}` }),
  isEnum: ([values]) => ({
    'zh-CN': `必须是以下之一：${list(Object.values(values as object))}`,
    en: `must be one of: ${list(Object.values(values as object))}`,
  }),
  maxLength: ([n]) => ({ 'zh-CN': `不能超过 ${n} 个字`, en: `must be at most ${n} characters` }),
  minLength: ([n]) => ({ 'zh-CN': `至少需要 ${n} 个字`, en: `must be at least ${n} characters` }),
  length: ([min, max]) => ({ 'zh-CN': `长度须在 ${min} 到 ${max} 之间`, en: `must be ${min} to ${max} characters` }),
  min: ([n]) => ({ 'zh-CN': `不能小于 ${n}`, en: `must not be less than ${n}` }),
  max: ([n]) => ({ 'zh-CN': `不能大于 ${n}`, en: `must not be greater than ${n}` }),
  arrayMaxSize: ([n]) => ({ 'zh-CN': `最多 ${n} 项`, en: `must have at most ${n} items` }),
  arrayMinSize: ([n]) => ({ 'zh-CN': `至少 ${n} 项`, en: `must have at least ${n} items` }),
  arrayNotEmpty: () => ({ 'zh-CN': '至少需要一项', en: 'must not be empty' }),
  arrayUnique: () => ({ 'zh-CN': '不能有重复项', en: 'must not contain duplicates' }),
};

/** Messages a DTO sets itself with `{ message: localizedMessage(zh, en) }`. */
const LOCALIZED_PREFIX = 'i18n:';

export function localizedMessage(zh: string, en: string): string {
  return LOCALIZED_PREFIX + JSON.stringify({ 'zh-CN': zh, en });
}

function constraintArgs(error: ValidationError, type: string): unknown[] {
  if (!error.target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === type || m.type === type));
  return metadata?.constraints ?? [];
}

function translate(error: ValidationError, type: string, englishMessage: string): Localized {
  if (englishMessage.startsWith(LOCALIZED_PREFIX)) return JSON.parse(englishMessage.slice(LOCALIZED_PREFIX.length)) as Localized;
  const template = TEMPLATES[type];
  if (template) {
    const args = constraintArgs(error, type);
    // Without metadata (e.g. an array where an object belongs), take the numbers from the text.
    if (!args.length) args.push(...(englishMessage.match(/\d+/g) ?? []).map(Number));
    const localized = template(args);
    if (!localized['zh-CN'].includes('undefined')) return localized;
  }
  return { 'zh-CN': '不符合要求', en: englishMessage.replace(/^\S+\s/, '') };
}

/** Flatten nested class-validator errors into one FieldError per failed rule. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [type, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, code: type, message: translate(error, type, message) });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}
