import { DomainError } from '@sunshine/platform';

/** Not a notification of the caller's: the same answer as for one that does not exist. */
export class NotificationNotFound extends DomainError {
  constructor() {
    super({ code: 'NOTIFICATION.NOT_FOUND', status: 404, title: { 'zh-CN': '未找到该提醒', en: 'No such notification' } });
  }
}
