import { DomainError } from '@sunshine/platform';
import { shanghaiDay } from '../case-workflow/case-workflow';

/** A request is waiting for a leader: one at a time. */
export class ExtensionAlreadyPending extends DomainError {
  constructor() {
    super({
      code: 'EXTENSION.ALREADY_PENDING',
      status: 409,
      title: { 'zh-CN': '已有延期申请等待领导审批', en: 'An extension request is already waiting for a leader' },
      detail: { 'zh-CN': '请等待领导对已提交的延期申请作出决定。', en: 'Wait for the leader’s decision on the request already made.' },
    });
  }
}

/** 信访工作条例 art. 32: an extension is asked for before the deadline, not after it. */
export class ExtensionAfterDeadline extends DomainError {
  constructor(handleBy: Date) {
    const day = shanghaiDay(handleBy);
    super({
      code: 'EXTENSION.AFTER_DEADLINE',
      status: 409,
      title: { 'zh-CN': '办理期限已过，不能延期', en: 'The handling deadline has passed; it cannot be extended' },
      detail: {
        'zh-CN': `办理期限已于 ${day} 届满；延期须在期限届满前申请并经领导批准（《信访工作条例》第三十二条）。`,
        en: `The handling deadline ended on ${day}; an extension must be requested and approved before it ends (Regulations art. 32).`,
      },
    });
  }
}

/** Unknown request id on this case (or another case's request). */
export class ExtensionRequestNotFound extends DomainError {
  constructor() {
    super({
      code: 'EXTENSION.REQUEST_NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该延期申请', en: 'No such extension request' },
      detail: { 'zh-CN': '该办理件没有这个延期申请。', en: 'The case has no extension request with that id.' },
    });
  }
}

/** A decision is final: approving or refusing twice is a conflict. */
export class ExtensionAlreadyDecided extends DomainError {
  constructor() {
    super({
      code: 'EXTENSION.ALREADY_DECIDED',
      status: 409,
      title: { 'zh-CN': '该延期申请已审批', en: 'The extension request was already decided' },
      detail: { 'zh-CN': '延期申请只能审批一次。', en: 'An extension request is decided once.' },
    });
  }
}

/** Deciding needs the leader's catalogue id in the token (claim `leader`). */
export class LeaderIdRequired extends DomainError {
  constructor() {
    super({
      code: 'LEADER.ID_REQUIRED',
      status: 403,
      title: { 'zh-CN': '需要领导身份', en: 'A leader’s identity is required' },
      detail: { 'zh-CN': '访问令牌中没有领导编号（leader）。', en: 'The token carries no leader id (claim `leader`).' },
    });
  }
}
