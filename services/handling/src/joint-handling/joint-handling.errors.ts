import { DomainError } from '@sunshine/platform';
import { shanghaiDay } from '../case-workflow/case-workflow';

/** 协办意见 come from the assisting units (协办单位) only. */
export class NotAnAssistingUnit extends DomainError {
  constructor() {
    super({
      code: 'JOINT.NOT_ASSISTING_UNIT',
      status: 403,
      title: { 'zh-CN': '只有协办单位可以提交协办意见', en: 'Only an assisting unit may submit an assisting opinion' },
      detail: { 'zh-CN': '主办单位在答复中汇总协办意见。', en: 'The lead unit brings the assisting opinions together in its reply.' },
    });
  }
}

/** Opinions are for the reply: once the lead unit replied (or the case ended) they are closed. */
export class AssistOpinionsClosed extends DomainError {
  constructor() {
    super({
      code: 'JOINT.OPINIONS_CLOSED',
      status: 409,
      title: { 'zh-CN': '该件当前不接收协办意见', en: 'The case takes no assisting opinions now' },
      detail: { 'zh-CN': '主办单位已答复或该件已办结，协办意见不再更改。', en: 'The lead unit has replied or the case has ended; opinions no longer change.' },
    });
  }
}

export class AssistOpinionOverdue extends DomainError {
  constructor(dueBy: Date) {
    const day = shanghaiDay(dueBy);
    super({
      code: 'JOINT.OPINION_OVERDUE',
      status: 409,
      title: { 'zh-CN': '协办意见提交期限已过', en: 'The time for the assisting opinion has passed' },
      detail: {
        'zh-CN': `协办意见应于 ${day} 前提交；请与主办单位联系，或报请区信访联席办协调。`,
        en: `The assisting opinion was due by ${day}; contact the lead unit, or ask the joint petition office to coordinate.`,
      },
    });
  }
}

/** Convening and coordination are for a case the units still work on. */
export class CaseNotOpenForJointHandling extends DomainError {
  constructor() {
    super({
      code: 'JOINT.CASE_NOT_OPEN',
      status: 409,
      title: { 'zh-CN': '该件不在办理中', en: 'The case is not being handled' },
      detail: { 'zh-CN': '只有待受理、已受理或重新办理中的办理件可以会商协调。', en: 'Only an assigned, accepted or reopened case can be convened or coordinated.' },
    });
  }
}

/** 条例 art. 45: an accused unit never joins the handling of the accusation. */
export class ParticipantAccused extends DomainError {
  constructor() {
    super({
      code: 'JOINT.PARTICIPANT_NOT_ALLOWED',
      status: 422,
      title: { 'zh-CN': '该单位不能参与此件办理', en: 'That unit may not take part in this case' },
      detail: { 'zh-CN': '检举控告件不得交由被检举控告的单位办理或知悉。', en: 'A report is never given to, or shown to, a unit it accuses.' },
    });
  }
}

/** Before the return window closes, a misrouted case is returned, not coordinated. */
export class ReturnWindowStillOpen extends DomainError {
  constructor(returnBy: Date) {
    const day = shanghaiDay(returnBy);
    super({
      code: 'JOINT.RETURN_WINDOW_OPEN',
      status: 409,
      title: { 'zh-CN': '退回期限未过，请直接退回', en: 'The return window is still open; return the case instead' },
      detail: {
        'zh-CN': `${day} 前可以直接退回交办部门；期限届满后方可报请联席办协调。`,
        en: `Until ${day} the case can be returned to routing; ask the joint office to coordinate only after that.`,
      },
    });
  }
}

export class CoordinationAlreadyRequested extends DomainError {
  constructor() {
    super({
      code: 'JOINT.COORDINATION_PENDING',
      status: 409,
      title: { 'zh-CN': '已申请协调，等待联席办处理', en: 'Coordination was already requested' },
      detail: { 'zh-CN': '联席办会商后会形成联合处理意见。', en: 'The joint office will convene the units and record a joint handling opinion.' },
    });
  }
}
