import { DomainError, RequestValidationError } from '@sunshine/platform';

/** A hotline operator may only register calls they took themselves. */
export class OperatorMismatch extends DomainError {
  constructor() {
    super({
      code: 'HOTLINE.OPERATOR_MISMATCH',
      status: 403,
      title: { 'zh-CN': '只能登记本人接听的来电', en: 'Operators register only the calls they took' },
      detail: {
        'zh-CN': 'operatorId 必须是当前登录话务员的编号，或者不填。',
        en: 'operatorId must be the signed-in operator’s own id, or be left out.',
      },
    });
  }
}

/** A moment that must not lie in the future (a call's start, a transfer's time). */
export function notInFuture(field: string): RequestValidationError {
  return new RequestValidationError([
    { field, code: 'notInFuture', message: { 'zh-CN': '不能晚于当前时间', en: 'must not be in the future' } },
  ]);
}

/** A deadline that must lie in the future. */
export function notInPast(field: string): RequestValidationError {
  return new RequestValidationError([
    { field, code: 'inFuture', message: { 'zh-CN': '必须晚于当前时间', en: 'must be in the future' } },
  ]);
}

export class EmlMissing extends DomainError {
  constructor() {
    super({
      code: 'MAILBOX.EML_MISSING',
      status: 400,
      title: { 'zh-CN': '未收到邮件内容', en: 'No message received' },
      detail: {
        'zh-CN': '请以 Content-Type: message/rfc822 提交完整的原始邮件（RFC 5322）。',
        en: 'Send the whole raw message (RFC 5322) with Content-Type: message/rfc822.',
      },
    });
  }
}

export class EmlUnsupportedMediaType extends DomainError {
  constructor() {
    super({
      code: 'MAILBOX.EML_MEDIA_TYPE',
      status: 415,
      title: { 'zh-CN': '不支持的内容类型', en: 'Unsupported media type' },
      detail: { 'zh-CN': '此接口只接受 message/rfc822。', en: 'This endpoint accepts message/rfc822 only.' },
    });
  }
}

export class EmlTooLarge extends DomainError {
  constructor(limitMb: number) {
    super({
      code: 'MAILBOX.EML_TOO_LARGE',
      status: 413,
      title: { 'zh-CN': '邮件过大', en: 'Message too large' },
      detail: { 'zh-CN': `原始邮件不能超过 ${limitMb} MB。`, en: `The raw message must not exceed ${limitMb} MB.` },
    });
  }
}

export class EmlUnreadable extends DomainError {
  constructor(detail: { 'zh-CN': string; en: string }) {
    super({
      code: 'MAILBOX.EML_UNREADABLE',
      status: 400,
      title: { 'zh-CN': '无法读取该邮件', en: 'The message cannot be read' },
      detail,
    });
  }
}
