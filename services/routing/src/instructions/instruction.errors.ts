import { DomainError } from '@sunshine/platform';

/** The item was instructed meanwhile, or never waited for an instruction. */
export class NotAwaitingInstruction extends DomainError {
  constructor() {
    super({
      code: 'INSTRUCTION.NOT_PENDING',
      status: 409,
      title: { 'zh-CN': '该件不在待批示状态', en: 'The petition is not awaiting an instruction' },
    });
  }
}

export class InstructionNotFound extends DomainError {
  constructor() {
    super({ code: 'INSTRUCTION.NOT_FOUND', status: 404, title: { 'zh-CN': '未找到该信访件', en: 'No such petition' } });
  }
}

export class UnknownUnits extends DomainError {
  constructor(ids: string[]) {
    super({
      code: 'INSTRUCTION.UNKNOWN_UNIT',
      status: 400,
      title: { 'zh-CN': '承办单位不存在', en: 'Unknown unit' },
      detail: { 'zh-CN': `不在单位目录中：${ids.join('、')}`, en: `Not in the unit catalogue: ${ids.join(', ')}` },
    });
  }
}

/** A letter to one leader's own mailbox is instructed by that leader (书记信箱 → the Party secretary). */
export class WaitsForAnotherLeader extends DomainError {
  constructor() {
    super({
      code: 'INSTRUCTION.OTHER_LEADER',
      status: 403,
      title: { 'zh-CN': '该件呈报其他领导批示', en: 'This item waits for another leader' },
      detail: {
        'zh-CN': '写给领导本人信箱的来信由该领导批示。',
        en: 'A letter to a leader’s own mailbox is instructed by that leader.',
      },
    });
  }
}

export class DecisionRequired extends DomainError {
  constructor() {
    super({
      code: 'INSTRUCTION.DECISION_REQUIRED',
      status: 400,
      title: { 'zh-CN': '请选择批示意见', en: 'A decision is required' },
      detail: {
        'zh-CN': '该件待批示：请选择同意交办（approve）或退回信联办（send-back）。',
        en: 'The item awaits an instruction: choose approve or send-back.',
      },
    });
  }
}

export class AssignmentNeedsDecision extends DomainError {
  constructor() {
    super({
      code: 'INSTRUCTION.ASSIGNMENT_NEEDS_DECISION',
      status: 400,
      title: { 'zh-CN': '已交办的件只能作批示', en: 'Only an instruction on an assigned case' },
      detail: {
        'zh-CN': '该件已交办：批示不改变承办单位和包案领导，请只填写批示内容。',
        en: 'The case is already assigned: an instruction does not change its units or leader in charge; send only the instruction.',
      },
    });
  }
}

/** A linked repeat, a withdrawn or a concluded petition has no open case to instruct. */
export class CaseNotOpen extends DomainError {
  constructor() {
    super({
      code: 'INSTRUCTION.CASE_NOT_OPEN',
      status: 409,
      title: { 'zh-CN': '该件已关联、撤回或办结，不能批示', en: 'The petition is linked, withdrawn or concluded' },
    });
  }
}
