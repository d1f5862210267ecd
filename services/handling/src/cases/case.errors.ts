import { STATUTORY } from '@sunshine/contracts';
import { DomainError, type Localized } from '@sunshine/platform';

/**
 * Unknown case and another unit's case look the same: a unit must never learn that a case it
 * may not see exists.
 */
export class CaseNotFound extends DomainError {
  constructor() {
    super({
      code: 'CASE.NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该办理件', en: 'No such case' },
      detail: { 'zh-CN': '该办理件不存在，或不属于您所在的单位。', en: 'The case does not exist or is not one of your unit’s cases.' },
    });
  }
}

/** Assisting units (协办单位) see the case; only the lead unit (主办单位) acts on it. */
export class CaseNotLeadUnit extends DomainError {
  constructor() {
    super({
      code: 'CASE.NOT_LEAD_UNIT',
      status: 403,
      title: { 'zh-CN': '只有主办单位可以办理该件', en: 'Only the lead unit may act on this case' },
      detail: {
        'zh-CN': '协办单位可以查看办理件，受理、答复、退回、延期由主办单位进行。',
        en: 'Assisting units may read the case; accepting, replying, returning and extending are for the lead unit.',
      },
    });
  }
}

/** The case's state forbids the action (409). Subclasses name the state. */
export abstract class CaseStateConflict extends DomainError {
  protected constructor(code: string, title: Localized, detail: Localized) {
    super({ code, status: 409, title, detail });
  }
}

export class CaseAlreadyAccepted extends CaseStateConflict {
  constructor() {
    super(
      'CASE.ALREADY_ACCEPTED',
      { 'zh-CN': '该件已受理', en: 'The case is already accepted' },
      { 'zh-CN': '已受理的办理件不能再次受理、不予受理或退回。', en: 'An accepted case cannot be accepted again, declined or returned.' },
    );
  }
}

export class CaseNotAcceptedYet extends CaseStateConflict {
  constructor() {
    super(
      'CASE.NOT_ACCEPTED_YET',
      { 'zh-CN': '该件尚未受理', en: 'The case is not accepted yet' },
      { 'zh-CN': '请先受理，再答复或申请延期。', en: 'Accept the case before replying or extending it.' },
    );
  }
}

export class CaseAlreadyReplied extends CaseStateConflict {
  constructor() {
    super(
      'CASE.ALREADY_REPLIED',
      { 'zh-CN': '该件已答复，正在等待群众评价', en: 'The case is replied and awaits the petitioner’s rating' },
      {
        'zh-CN': '群众评价不满意或领导发回后，方可再次答复。',
        en: 'It can be replied again only after it is sent back (dissatisfied rating or a leader’s decision).',
      },
    );
  }
}

export class CaseDeclined extends CaseStateConflict {
  constructor() {
    super(
      'CASE.DECLINED',
      { 'zh-CN': '该件已决定不予受理', en: 'The case was declined' },
      { 'zh-CN': '不予受理的办理件不能再办理。', en: 'A declined case cannot be acted on.' },
    );
  }
}

export class CaseAwaitingReassignment extends CaseStateConflict {
  constructor() {
    super(
      'CASE.RETURNED',
      { 'zh-CN': '该件已退回，等待重新交办', en: 'The case was returned and awaits reassignment' },
      { 'zh-CN': '退回的办理件由交办部门重新确定承办单位。', en: 'Routing will assign the returned case again.' },
    );
  }
}

export class CaseIsClosed extends CaseStateConflict {
  constructor() {
    super(
      'CASE.CLOSED',
      { 'zh-CN': '该件已办结', en: 'The case is closed' },
      { 'zh-CN': '已办结的办理件不能再办理。', en: 'A closed case cannot be acted on.' },
    );
  }
}

export class CaseAlreadyExtended extends CaseStateConflict {
  constructor() {
    super(
      'CASE.ALREADY_EXTENDED',
      { 'zh-CN': '该件已延期过一次', en: 'The case was already extended once' },
      { 'zh-CN': '依照《信访工作条例》第三十二条，办理期限只能延长一次。', en: 'The Regulations (art. 32) allow one extension only.' },
    );
  }
}

export class ExtensionTooLong extends DomainError {
  constructor() {
    super({
      code: 'CASE.EXTENSION_TOO_LONG',
      status: 400,
      title: { 'zh-CN': '延期天数不符合规定', en: 'The extension is not allowed for that long' },
      detail: {
        'zh-CN': `延长期限为 1 至 ${STATUTORY.maxExtensionDays} 日（《信访工作条例》第三十二条）。`,
        en: `An extension is 1 to ${STATUTORY.maxExtensionDays} days (Regulations art. 32).`,
      },
    });
  }
}

/** Concurrent changes kept winning; the client may simply try again. */
export class CaseBusy extends DomainError {
  constructor() {
    super({
      code: 'CASE.BUSY',
      status: 409,
      title: { 'zh-CN': '该件正在被他人修改', en: 'The case is being changed by someone else' },
      detail: { 'zh-CN': '请刷新后重试。', en: 'Reload it and try again.' },
    });
  }
}

export class InvalidPagingCursor extends DomainError {
  constructor() {
    super({
      code: 'CASES.INVALID_CURSOR',
      status: 400,
      title: { 'zh-CN': '分页参数有误', en: 'The paging parameters are not valid' },
      detail: { 'zh-CN': 'cursor 无效，或与 offset 同时使用。', en: 'The cursor is not valid, or was sent together with offset.' },
    });
  }
}

/** 退回 is for the first five working days after assignment (then the unit handles it). */
export class CaseReturnWindowClosed extends CaseStateConflict {
  constructor(returnBy: Date) {
    const day = returnBy.toISOString().slice(0, 10);
    super(
      'CASE.RETURN_WINDOW_CLOSED',
      { 'zh-CN': '退回期限已过', en: 'The time to return the case has passed' },
      {
        'zh-CN': `交办后 ${STATUTORY.returnWorkingDays} 个工作日内（${day} 前）可以退回；期限已过，请受理办理，或报请区信访联席办协调。`,
        en: `A case may be returned within ${STATUTORY.returnWorkingDays} working days of its assignment (by ${day}); now handle it, or ask the joint petition office to coordinate.`,
      },
    );
  }
}

/** Only a reply can be sent back: there is nothing to re-handle before one. */
export class CaseNotReplied extends CaseStateConflict {
  constructor() {
    super(
      'CASE.NOT_REPLIED',
      { 'zh-CN': '该件尚未答复，不能发回重办', en: 'The case has no reply to send back' },
      { 'zh-CN': '领导在承办单位答复后审阅，不满意的可以发回原单位重新办理。', en: 'A leader reviews a reply and may send it back to the unit for re-handling.' },
    );
  }
}

/** 转送: the matter went to the body competent for it; this unit no longer acts on it. */
export class CaseTransferredAway extends CaseStateConflict {
  constructor() {
    super(
      'CASE.TRANSFERRED',
      { 'zh-CN': '该件已转送其他机关', en: 'The case was transferred to another body' },
      { 'zh-CN': '已转送有权处理机关的办理件，本单位不再办理。', en: 'A case transferred to the competent body is no longer acted on here.' },
    );
  }
}
