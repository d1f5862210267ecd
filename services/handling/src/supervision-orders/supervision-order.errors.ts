import { DomainError } from '@sunshine/platform';

/** No such order on this case. */
export class SupervisionOrderNotFound extends DomainError {
  constructor() {
    super({
      code: 'ORDER.NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该督办单', en: 'No such supervision order' },
      detail: { 'zh-CN': '该办理件上没有这张督办单。', en: 'This case has no supervision order with that id.' },
    });
  }
}

/** An order is answered once; the first answer stands. */
export class OrderAlreadyAnswered extends DomainError {
  constructor() {
    super({
      code: 'ORDER.ALREADY_ANSWERED',
      status: 409,
      title: { 'zh-CN': '该督办单已回复', en: 'The order has been answered already' },
      detail: { 'zh-CN': '每张督办单只回复一次；如有新情况，请在办理件中答复或报告落实情况。', en: 'Each order is answered once; report anything new through the case’s reply or completion note.' },
    });
  }
}
