import { DomainError } from '@sunshine/platform';

/** Another unit's summary: refused as not found, like another unit's case. */
export class UnitSummaryNotFound extends DomainError {
  constructor() {
    super({
      code: 'UNIT.NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该单位的办理情况', en: 'No summary for this unit' },
      detail: {
        'zh-CN': '承办单位只能查看本单位的办理情况。',
        en: 'A unit may see only its own summary.',
      },
    });
  }
}
