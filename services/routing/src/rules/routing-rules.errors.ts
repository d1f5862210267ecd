import { DomainError } from '@sunshine/platform';

/** A rule set that names unknown units or would take everything is refused as a whole. */
export class InvalidRules extends DomainError {
  constructor(problems: string[]) {
    super({
      code: 'ROUTING_RULES.INVALID',
      status: 400,
      title: { 'zh-CN': '分办规则有误', en: 'The routing rules are not valid' },
      detail: { 'zh-CN': problems.join('；'), en: problems.join('; ') },
      extensions: { problems },
    });
  }
}

/** Same answer as an unknown route (RESOURCE.NOT_FOUND): a version that was never published. */
export class RuleSetNotFound extends DomainError {
  constructor() {
    super({ code: 'RESOURCE.NOT_FOUND', status: 404, title: { 'zh-CN': '未找到', en: 'Not found' } });
  }
}
