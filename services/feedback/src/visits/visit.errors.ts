import { DomainError } from '@sunshine/platform';

/** Unknown case, or one the unit did not handle: the same answer. */
export class VisitCaseNotFound extends DomainError {
  constructor() {
    super({
      code: 'VISIT.CASE_NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该办理件', en: 'No such case' },
      detail: { 'zh-CN': '该件不存在，或不是您所在单位办理的。', en: 'The case does not exist or was not handled by your unit.' },
    });
  }
}

export class VisitBeforeReply extends DomainError {
  constructor() {
    super({
      code: 'VISIT.NO_REPLY',
      status: 409,
      title: { 'zh-CN': '该件尚未答复，不能登记回访', en: 'The case has no reply to visit about yet' },
      detail: { 'zh-CN': '回访在答复之后进行。', en: 'A return visit follows the reply.' },
    });
  }
}

export class VisitInTheFuture extends DomainError {
  constructor() {
    super({
      code: 'VISIT.IN_THE_FUTURE',
      status: 400,
      title: { 'zh-CN': '回访时间不能晚于当前时间', en: 'The visit cannot be in the future' },
    });
  }
}
