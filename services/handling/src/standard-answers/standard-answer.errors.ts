import { DomainError } from '@sunshine/platform';

export class StandardAnswerNotFound extends DomainError {
  constructor() {
    super({
      code: 'STANDARD_ANSWER.NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该标准答复', en: 'No such standard answer' },
      detail: { 'zh-CN': '该标准答复或其指定版本不存在。', en: 'The standard answer, or the version asked for, does not exist.' },
    });
  }
}

/** Someone else edited the answer since it was read: read it again and redo the edit on it. */
export class StandardAnswerStale extends DomainError {
  constructor(expected: number, current: number) {
    super({
      code: 'STANDARD_ANSWER.VERSION_CONFLICT',
      status: 409,
      title: { 'zh-CN': '标准答复已被他人修改', en: 'The standard answer was changed meanwhile' },
      detail: {
        'zh-CN': `您修改的是第 ${expected} 版，当前已是第 ${current} 版，请刷新后重新修改。`,
        en: `You edited version ${expected}; it is at version ${current} now. Reload and edit again.`,
      },
      extensions: { expectedVersion: expected, currentVersion: current },
    });
  }
}
