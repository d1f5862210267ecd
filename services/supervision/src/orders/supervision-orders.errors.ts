import { DomainError } from '@sunshine/platform';

/** No case supervision knows with a lead unit (or, for a unit, not one of its own). */
export class OrderCaseNotFound extends DomainError {
  constructor() {
    super({
      code: 'ORDER.CASE_NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到可督办的信访件', en: 'No case to supervise' },
      detail: {
        'zh-CN': '该信访件不存在，或尚未交办到责任单位，无法督办。',
        en: 'The petition does not exist or has not been assigned to a responsible unit yet, so no order can be issued.',
      },
    });
  }
}

/** A due date must leave the unit time: it cannot be in the past. */
export class OrderDueInPast extends DomainError {
  constructor() {
    super({
      code: 'ORDER.DUE_IN_PAST',
      status: 422,
      title: { 'zh-CN': '督办期限不能早于当前时间', en: 'The due date is in the past' },
      detail: { 'zh-CN': '请给出晚于当前时间的办理期限，或不填（默认 5 个工作日）。', en: 'Give a due date after now, or none (5 working days by default).' },
    });
  }
}
