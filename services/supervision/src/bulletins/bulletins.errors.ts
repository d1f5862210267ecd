import { DomainError } from '@sunshine/platform';

/** The period key does not fit the bulletin's kind (`2026-12-01`, `2026-12`, `2026-Q4`). */
export class BulletinPeriodInvalid extends DomainError {
  constructor() {
    super({
      code: 'BULLETIN.PERIOD_INVALID',
      status: 400,
      title: { 'zh-CN': '通报期间格式不正确', en: 'Invalid bulletin period' },
      detail: {
        'zh-CN': '日通报的期间形如 2026-12-01，月通报形如 2026-12，季度分析形如 2026-Q4。',
        en: 'A daily bulletin takes a day such as 2026-12-01, a monthly one a month such as 2026-12, a quarterly one a quarter such as 2026-Q4.',
      },
    });
  }
}

/** Nothing to report on a period that has not begun. */
export class BulletinPeriodNotStarted extends DomainError {
  constructor() {
    super({
      code: 'BULLETIN.PERIOD_NOT_STARTED',
      status: 422,
      title: { 'zh-CN': '该期间尚未开始', en: 'The period has not started' },
      detail: { 'zh-CN': '只能查看或发布已经开始的期间的通报。', en: 'Bulletins exist only for periods that have begun.' },
    });
  }
}

/** Publishing is for a period that has ended: its figures no longer change. */
export class BulletinPeriodNotEnded extends DomainError {
  constructor() {
    super({
      code: 'BULLETIN.PERIOD_NOT_ENDED',
      status: 409,
      title: { 'zh-CN': '该期间尚未结束，不能发布', en: 'The period has not ended yet' },
      detail: { 'zh-CN': '期间结束后才能发布通报；期间内可随时查看临时数据。', en: 'A bulletin is published once its period has ended; its provisional figures can be read at any time.' },
    });
  }
}

/** Unit staff read only their own unit's monthly figures; daily and quarterly bulletins are for the offices and leaders. */
export class BulletinNotForUnits extends DomainError {
  constructor() {
    super({
      code: 'BULLETIN.NOT_FOR_UNITS',
      status: 403,
      title: { 'zh-CN': '承办单位只能查看本单位的月度通报', en: 'Units read only their own monthly figures' },
      detail: {
        'zh-CN': '日清理通报和季度分析报送领导和督查机构；承办单位可查看月度通报中本单位的数据。',
        en: 'Daily digests and quarterly analyses go to leaders and supervision offices; a unit may read its own line of the monthly bulletin.',
      },
    });
  }
}
