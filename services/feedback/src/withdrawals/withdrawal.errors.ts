import { DomainError } from '@sunshine/platform';

/** Unknown case and wrong code look the same (as for ratings). */
export class WithdrawalNotFound extends DomainError {
  constructor() {
    super({
      code: 'WITHDRAWAL.NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该信访件', en: 'No such petition' },
      detail: { 'zh-CN': '请核对编号和查询码后重试。', en: 'Check the case number and the query code and try again.' },
    });
  }
}

export class AlreadyWithdrawn extends DomainError {
  constructor() {
    super({
      code: 'WITHDRAWAL.ALREADY_WITHDRAWN',
      status: 409,
      title: { 'zh-CN': '该信访件已撤回', en: 'The petition is already withdrawn' },
      detail: { 'zh-CN': '撤回只需提出一次。', en: 'A petition is withdrawn once.' },
    });
  }
}

export class WithdrawalOfConcludedMatter extends DomainError {
  constructor() {
    super({
      code: 'WITHDRAWAL.CONCLUDED',
      status: 409,
      title: { 'zh-CN': '该事项已办结，无需撤回', en: 'The matter is concluded and cannot be withdrawn' },
      detail: { 'zh-CN': '已办结的事项不能撤回。', en: 'A concluded matter cannot be withdrawn.' },
    });
  }
}
