import type { Localized } from './i18n';

export interface DomainErrorSpec {
  /** Stable, documented code, e.g. `CASE.ALREADY_REPLIED`. Clients branch on it, never on text. */
  code: string;
  /** The HTTP status the one exception filter maps it to. */
  status: number;
  title: Localized;
  detail?: Localized;
  /** Extra members of the problem document (never personal data). */
  extensions?: Record<string, unknown>;
}

/**
 * A refusal the domain decided on (a state that forbids the action, an unknown case). Services
 * subclass it per error; the exception filter turns it into RFC 9457 problem+json.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: Localized;
  readonly detail?: Localized;
  readonly extensions?: Record<string, unknown>;

  constructor(spec: DomainErrorSpec) {
    super(`${spec.code}: ${spec.title.en}`);
    this.name = new.target.name;
    this.code = spec.code;
    this.status = spec.status;
    this.title = spec.title;
    this.detail = spec.detail;
    this.extensions = spec.extensions;
  }
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `petitioner.phone`. */
  field: string;
  /** The rule that failed, e.g. `maxLength`, `whitelistValidation`. */
  code: string;
  message: Localized;
}

/** A request that failed validation; carries a message per field in both languages. */
export class RequestValidationError extends DomainError {
  constructor(readonly errors: FieldError[]) {
    super({
      code: 'REQUEST.VALIDATION_FAILED',
      status: 400,
      title: { 'zh-CN': '请求内容有误', en: 'The request is not valid' },
      detail: {
        'zh-CN': `有 ${errors.length} 处内容未通过校验，请按提示修改后重新提交。`,
        en: `${errors.length} field(s) failed validation; correct them and submit again.`,
      },
    });
  }
}
