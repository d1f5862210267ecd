import { DomainError } from '@sunshine/platform';

/** Unknown, or not this unit's: the same answer, so a unit cannot probe other units' cases. */
export class PetitionNotFound extends DomainError {
  constructor() {
    super({
      code: 'PETITION.NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该信访件', en: 'No such petition' },
    });
  }
}

export class IdentitySealed extends DomainError {
  constructor() {
    super({
      code: 'DISCLOSURE.IDENTITY_SEALED',
      status: 403,
      title: { 'zh-CN': '检举控告件的信访人信息依法保密', en: "A report's petitioner identity is sealed" },
      detail: {
        'zh-CN': '依照《信访工作条例》，检举、揭发、控告材料及有关情况不得透露或者转送给被检举、揭发、控告的人员和单位，承办单位不能查看信访人身份。',
        en: 'Under the Regulations on Letters and Visits, a report may never reveal the reporter to those it concerns; no unit can obtain the identity.',
      },
    });
  }
}

/** An assisting unit (协办) never obtains contact details: only the lead unit (主办) calls the petitioner. */
export class LeadUnitOnly extends DomainError {
  constructor() {
    super({
      code: 'DISCLOSURE.LEAD_UNIT_ONLY',
      status: 403,
      title: { 'zh-CN': '只有主办单位可以查看信访人联系方式', en: 'Only the lead unit may see the petitioner’s contact details' },
      detail: {
        'zh-CN': '协办单位不能查看信访人的联系方式；如需联系信访人，请通过主办单位。',
        en: 'An assisting unit cannot obtain the contact details; contact the petitioner through the lead unit.',
      },
    });
  }
}

export class NoContactDetails extends DomainError {
  constructor() {
    super({
      code: 'DISCLOSURE.ANONYMOUS',
      status: 404,
      title: { 'zh-CN': '该信访件为匿名提交，没有联系方式', en: 'The petition is anonymous: there are no contact details' },
    });
  }
}
