import { DomainError } from '@sunshine/platform';

/** A period that has not begun has nothing to appraise. */
export class AppraisalPeriodNotStarted extends DomainError {
  constructor(period: string) {
    super({
      code: 'APPRAISAL.PERIOD_NOT_STARTED',
      status: 422,
      title: { 'zh-CN': '考核期间尚未开始', en: 'The appraisal period has not begun' },
      detail: { 'zh-CN': `${period} 尚未开始，没有可考核的数据。`, en: `${period} has not begun; there is nothing to appraise yet.` },
      extensions: { period },
    });
  }
}

/** The current period's figures are provisional and cannot be published. */
export class AppraisalPeriodNotEnded extends DomainError {
  constructor(period: string) {
    super({
      code: 'APPRAISAL.PERIOD_NOT_ENDED',
      status: 409,
      title: { 'zh-CN': '考核期间尚未结束', en: 'The appraisal period has not ended' },
      detail: {
        'zh-CN': `${period} 仍在进行中，结果为临时结果，期满后方可发布。`,
        en: `${period} is still running; its results are provisional and can be published once it has ended.`,
      },
      extensions: { period },
    });
  }
}

/** A period's appraisal is published once; the signed history keeps that report. */
export class AppraisalAlreadyPublished extends DomainError {
  constructor(period: string, historyEntry: number) {
    super({
      code: 'APPRAISAL.ALREADY_PUBLISHED',
      status: 409,
      title: { 'zh-CN': '该期考核结果已发布', en: 'This appraisal is already published' },
      detail: {
        'zh-CN': `${period} 的考核结果已发布（报告存档第 ${historyEntry} 条），不能重复发布。`,
        en: `The appraisal of ${period} was published already (report history entry ${historyEntry}).`,
      },
      extensions: { period, historyEntry },
    });
  }
}
