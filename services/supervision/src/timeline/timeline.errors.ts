import { DomainError } from '@sunshine/platform';

/** Unknown petition and another unit's case look the same: the answer tells a unit nothing. */
export class TimelineNotFound extends DomainError {
  constructor() {
    super({
      code: 'TIMELINE.NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该信访件的办理记录', en: 'No timeline for this petition' },
      detail: {
        'zh-CN': '该信访件不存在，或不在您的查看范围内（承办单位只能查看本单位办理的信访件）。',
        en: 'The petition does not exist or is outside what you may see (a unit sees only the cases it handles).',
      },
    });
  }
}
