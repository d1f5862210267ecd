import { DomainError } from '@sunshine/platform';

/** 不予受理 needs a ground from the catalogue, or (for `other`) a reason and a basis of its own. */
export class UnknownNotAcceptReason extends DomainError {
  constructor(code: string, missing: string[]) {
    super({
      code: missing.length ? 'CASE.NOT_ACCEPT_REASON_INCOMPLETE' : 'CASE.UNKNOWN_NOT_ACCEPT_REASON',
      status: 422,
      title: missing.length
        ? { 'zh-CN': '不予受理的理由或依据缺失', en: 'The reason or legal basis for declining is missing' }
        : { 'zh-CN': '不予受理的理由不在目录中', en: 'The reason for declining is not in the catalogue' },
      detail: missing.length
        ? {
            'zh-CN': `理由代码 ${code} 需要填写：${missing.map((m) => (m === 'reason' ? '不予受理的理由' : '法律依据')).join('、')}。`,
            en: `Reason code ${code} needs: ${missing.map((m) => (m === 'reason' ? 'the reason' : 'the legal basis')).join(', ')}.`,
          }
        : {
            'zh-CN': `理由代码 ${code} 不在不予受理理由目录中，请从 GET /api/v1/not-accept-reasons 选择。`,
            en: `Reason code ${code} is not in the catalogue; choose one from GET /api/v1/not-accept-reasons.`,
          },
      extensions: { reasonCode: code, ...(missing.length ? { missingParts: missing } : {}) },
    });
  }
}
