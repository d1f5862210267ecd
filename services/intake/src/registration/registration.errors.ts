import { DomainError } from '@sunshine/platform';

export class IdempotencyKeyReused extends DomainError {
  constructor() {
    super({
      code: 'IDEMPOTENCY.KEY_REUSED',
      status: 409,
      title: { 'zh-CN': '请求标识已用于另一内容的提交', en: 'The Idempotency-Key was used for a different request' },
      detail: {
        'zh-CN': '同一个 Idempotency-Key 只能用于同一内容的重复提交，请为新的提交使用新的标识。',
        en: 'An Idempotency-Key may only repeat the same request; use a new key for a new submission.',
      },
    });
  }
}

export class IdempotencyInProgress extends DomainError {
  constructor() {
    super({
      code: 'IDEMPOTENCY.IN_PROGRESS',
      status: 409,
      title: { 'zh-CN': '相同的提交正在处理中', en: 'The same request is still being processed' },
      detail: { 'zh-CN': '请稍后重试。', en: 'Retry in a moment.' },
    });
  }
}

export class InvalidIdempotencyKey extends DomainError {
  constructor() {
    super({
      code: 'IDEMPOTENCY.KEY_INVALID',
      status: 400,
      title: { 'zh-CN': 'Idempotency-Key 格式不正确', en: 'The Idempotency-Key is not valid' },
      detail: { 'zh-CN': '请使用 8 到 128 位的字母、数字或 -_.:', en: 'Use 8 to 128 letters, digits or -_.:' },
    });
  }
}
