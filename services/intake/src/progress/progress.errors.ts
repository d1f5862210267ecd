import { DomainError } from '@sunshine/platform';

/** Unknown case and wrong code look the same: the answer must not help anyone guess. */
export class ProgressNotFound extends DomainError {
  constructor() {
    super({
      code: 'PROGRESS.NOT_FOUND',
      status: 404,
      title: { 'zh-CN': '未找到该信访件', en: 'No such petition' },
      detail: { 'zh-CN': '请核对编号和查询码后重试。', en: 'Check the case number and the query code and try again.' },
    });
  }
}
