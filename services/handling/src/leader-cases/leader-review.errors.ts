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

/** A withdrawn petition (撤回) ended its case: a leader cannot send it back to be handled again. */
export class CaseWithdrawn extends DomainError {
  constructor() {
    super({
      code: 'CASE.WITHDRAWN',
      status: 409,
      title: { 'zh-CN': '信访人已撤回，不能发回重办', en: 'The petitioner withdrew the petition; the case cannot be sent back' },
      detail: {
        'zh-CN': '信访人撤回信访事项后，该办理件已终结，不再重新办理。',
        en: 'Once the petitioner withdrew the petition its case ended and is not handled again.',
      },
    });
  }
}
