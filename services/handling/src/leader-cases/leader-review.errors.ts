import { STATUTORY } from '@sunshine/contracts';
import { DomainError } from '@sunshine/platform';
import { shanghaiDay } from '../case-workflow/case-workflow';

/** 条例 art. 35: a closed case can be sent back only while the petitioner could still ask for review. */
export class ReviewWindowClosed extends DomainError {
  constructor(closedOn: Date) {
    const day = shanghaiDay(closedOn);
    super({
      code: 'CASE.REVIEW_WINDOW_CLOSED',
      status: 409,
      title: { 'zh-CN': '审阅期限已过，不能发回重办', en: 'The review window has closed; the case cannot be sent back' },
      detail: {
        'zh-CN': `答复后 ${STATUTORY.reviewRequestDays} 日内可以发回重办，该期限已于 ${day} 届满。`,
        en: `A case can be sent back within ${STATUTORY.reviewRequestDays} days of its last reply; that window closed on ${day}.`,
      },
    });
  }
}
