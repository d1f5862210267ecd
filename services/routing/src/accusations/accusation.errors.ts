import { DomainError } from '@sunshine/platform';

/**
 * A sealed report (检举控告) may not go to a unit it accuses (条例 art. 45): as lead, assisting
 * unit or reassignment. The refusal names no unit and no accuser: "an accused unit" is all it says.
 */
export class AccusedUnitRefused extends DomainError {
  constructor() {
    super({
      code: 'ACCUSATION.ACCUSED_UNIT',
      status: 422,
      title: { 'zh-CN': '不得交由被检举控告的单位办理', en: 'A report may not go to a unit it accuses' },
      detail: {
        'zh-CN': '该件为检举控告件，所选单位中有被检举控告的单位。请另选承办单位（可交纪检监察机关或信联办）。',
        en: 'This item is a report (检举控告) and one of the chosen units is an accused unit. Choose another unit (the discipline body or the joint office).',
      },
    });
  }
}
