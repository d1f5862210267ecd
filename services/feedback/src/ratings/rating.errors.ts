import { DomainError } from '@sunshine/platform';

/** Unknown case and wrong code look the same: the answer must not help anyone guess. */
export class RatingNotFound extends DomainError {
  constructor() {
    super({
      code: 'RATING.NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该信访件', en: 'No such petition' },
      detail: { 'zh-CN': '请核对编号和查询码后重试。', en: 'Check the case number and the query code and try again.' },
    });
  }
}

export class NoReplyToRate extends DomainError {
  constructor() {
    super({
      code: 'RATING.NO_REPLY',
      status: 409,
      title: { 'zh-CN': '该件尚无可评价的答复', en: 'There is no reply to rate yet' },
      detail: { 'zh-CN': '承办单位答复后即可评价。', en: 'You can rate once the responsible unit has replied.' },
    });
  }
}

export class RatingAlreadyGiven extends DomainError {
  constructor() {
    super({
      code: 'RATING.ALREADY_RATED',
      status: 409,
      title: { 'zh-CN': '您已评价过这次答复', en: 'This reply was already rated' },
      detail: { 'zh-CN': '每次答复只能评价一次。', en: 'Each reply can be rated once.' },
    });
  }
}

export class RatingCaseClosed extends DomainError {
  constructor() {
    super({
      code: 'RATING.CASE_CLOSED',
      status: 409,
      title: { 'zh-CN': '该件已办结', en: 'The case is closed' },
      detail: { 'zh-CN': '已办结的信访件不能再评价。', en: 'A closed case can no longer be rated.' },
    });
  }
}

/** 不满意 must say why: the unit re-handles the matter on these reasons (重办). */
export class RatingReasonsRequired extends DomainError {
  constructor() {
    super({
      code: 'RATING.REASONS_REQUIRED',
      status: 400,
      title: { 'zh-CN': '不满意时请填写不满意的原因（reasons）', en: 'A dissatisfied rating needs its reasons (reasons)' },
      detail: {
        'zh-CN': '请在 reasons 中至少填写一条不满意的原因，承办单位将据此重新办理。',
        en: 'Give at least one reason in reasons; the unit handles the matter again on them.',
      },
      extensions: { field: 'reasons' },
    });
  }
}
