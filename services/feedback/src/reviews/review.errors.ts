import { DomainError } from '@sunshine/platform';

/** Unknown case and wrong code look the same (as for ratings); also an unknown review id. */
export class ReviewNotFound extends DomainError {
  constructor() {
    super({
      code: 'REVIEW.NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该信访件或复查复核申请', en: 'No such petition or review' },
      detail: { 'zh-CN': '请核对编号和查询码后重试。', en: 'Check the case number and the query code and try again.' },
    });
  }
}

export class NothingToReview extends DomainError {
  constructor() {
    super({
      code: 'REVIEW.NO_REPLY',
      status: 409,
      title: { 'zh-CN': '该件尚无可申请复查的书面答复', en: 'There is no written reply to review' },
      detail: {
        'zh-CN': '复查针对承办单位的书面答复；尚未答复或正在重新办理的，请待答复后再申请。',
        en: 'A review is of the unit’s written reply; wait until the unit has replied (again).',
      },
    });
  }
}

export class ReviewAlreadyOpen extends DomainError {
  constructor() {
    super({
      code: 'REVIEW.ALREADY_OPEN',
      status: 409,
      title: { 'zh-CN': '该件已有正在办理的复查复核申请', en: 'A review of this case is already open' },
      detail: { 'zh-CN': '请等待复查（复核）机关作出意见。', en: 'Wait for the reviewing body’s decision.' },
    });
  }
}

/** 信访工作条例 art. 35–36: the request comes within 30 days; after that the window is closed. */
export class ReviewWindowClosed extends DomainError {
  constructor(level: 'review' | 're-review', closedAt: Date, closedOn: string) {
    const zh = level === 'review' ? '复查' : '复核';
    const en = level === 'review' ? 'review' : 're-review';
    super({
      code: 'REVIEW.WINDOW_CLOSED',
      status: 409,
      title: { 'zh-CN': `申请${zh}的期限已过`, en: `The time to ask for ${en} has passed` },
      detail: {
        'zh-CN': `申请${zh}的期限已于 ${closedOn} 届满（信访工作条例第三十五条、第三十六条：30日内提出），不再受理。`,
        en: `The time to ask for ${en} closed on ${closedOn} (30 days, Regulations on Letters and Visits art. 35–36); the request is not accepted.`,
      },
      extensions: { level, closedAt: closedAt.toISOString(), closedOn },
    });
  }
}

export class ReviewExhausted extends DomainError {
  constructor() {
    super({
      code: 'REVIEW.EXHAUSTED',
      status: 409,
      title: { 'zh-CN': '复查、复核程序已终结', en: 'Review exhausted' },
      detail: {
        'zh-CN': '该事项已经复查、复核，信访程序终结，不再受理复查复核申请。',
        en: 'The matter has been reviewed and re-reviewed; the procedure is concluded and no further review is accepted.',
      },
    });
  }
}

export class MatterConcluded extends DomainError {
  constructor() {
    super({
      code: 'REVIEW.CASE_CONCLUDED',
      status: 409,
      title: { 'zh-CN': '该事项已办结', en: 'The matter is concluded' },
      detail: { 'zh-CN': '已办结或已撤回的事项不能申请复查复核。', en: 'A concluded or withdrawn matter cannot be reviewed.' },
    });
  }
}

export class ReviewAlreadyDecided extends DomainError {
  constructor() {
    super({
      code: 'REVIEW.ALREADY_DECIDED',
      status: 409,
      title: { 'zh-CN': '该申请已作出意见', en: 'This review is already decided' },
      detail: { 'zh-CN': '复查（复核）意见只能作出一次。', en: 'A review is decided once.' },
    });
  }
}

export class ReviewNotYours extends DomainError {
  constructor() {
    super({
      code: 'REVIEW.WRONG_BODY',
      status: 403,
      title: { 'zh-CN': '该申请不由本机关办理', en: 'This review is for another body' },
      detail: { 'zh-CN': '复查由复查机关、复核由复核机关作出意见。', en: 'A review is decided by the review office, a re-review by the re-review office.' },
    });
  }
}

export class DirectionsRequired extends DomainError {
  constructor() {
    super({
      code: 'REVIEW.DIRECTIONS_REQUIRED',
      status: 400,
      title: { 'zh-CN': '变更意见须写明办理要求', en: 'A change needs directions' },
      detail: { 'zh-CN': '决定变更、责令重新办理的，请写明对承办单位的办理要求（directions）。', en: 'A "change" sends the case back: say what the unit must do (directions).' },
    });
  }
}

export class DirectionsOnlyForChange extends DomainError {
  constructor() {
    super({
      code: 'REVIEW.DIRECTIONS_ONLY_FOR_CHANGE',
      status: 400,
      title: { 'zh-CN': '仅变更意见可附办理要求和期限', en: 'Directions and days go with a change only' },
      detail: { 'zh-CN': '维持或撤销意见不退回承办单位，请勿填写 directions 或 handleDays。', en: 'Uphold and revoke do not send the case back; leave out directions and handleDays.' },
    });
  }
}
