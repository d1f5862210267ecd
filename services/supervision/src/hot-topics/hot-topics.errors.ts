import { DomainError } from '@sunshine/platform';

export class HotTopicsRangeInvalid extends DomainError {
  constructor() {
    super({
      code: 'HOT_TOPICS.RANGE_INVALID',
      status: 400,
      title: { 'zh-CN': '查询期间不正确', en: 'Invalid date range' },
      detail: { 'zh-CN': '起始时间须早于结束时间，且期间不超过366天。', en: '`from` must be before `to`, and the range at most 366 days.' },
    });
  }
}
