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
