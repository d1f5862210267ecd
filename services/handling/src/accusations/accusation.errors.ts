import { DomainError } from '@sunshine/platform';

/**
 * 条例 art. 45: a report never goes to a unit it accuses. The refusal names no unit and says
 * nothing about who is accused beyond the suggested unit not being allowed.
 */
export class SuggestedUnitAccused extends DomainError {
  constructor() {
    super({
      code: 'CASE.SUGGESTED_UNIT_ACCUSED',
      status: 422,
      title: { 'zh-CN': '不能建议由该单位办理', en: 'That unit cannot be suggested for this case' },
      detail: {
        'zh-CN': '依照《信访工作条例》第四十五条，检举控告件不得交由被检举控告的单位办理。请另行建议承办单位，或不填写建议单位。',
        en: 'Under Regulations art. 45 a report is never handled by a unit it accuses. Suggest another unit, or none.',
      },
    });
  }
}
