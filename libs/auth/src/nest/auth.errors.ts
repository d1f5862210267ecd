import { HttpException, HttpStatus } from '@nestjs/common';
import type { Role } from '../roles';

/**
 * Auth refusals carry a stable code and zh-CN/en text in their response body, which the
 * platform's problem+json filter renders (this library does not depend on the platform).
 */
export class UnauthenticatedError extends HttpException {
  constructor(reason: string) {
    super(
      {
        code: 'AUTH.UNAUTHENTICATED',
        title: { 'zh-CN': '请先登录', en: 'Authentication required' },
        detail: { 'zh-CN': `身份凭证无效（${reason}）。`, en: `The credentials are not valid (${reason}).` },
      },
      HttpStatus.UNAUTHORIZED,
    );
  }
}

export class ForbiddenError extends HttpException {
  constructor(required: Role[]) {
    super(
      {
        code: 'AUTH.FORBIDDEN',
        title: { 'zh-CN': '无权进行此操作', en: 'Not allowed' },
        detail: {
          'zh-CN': `此操作需要以下角色之一：${required.join('、')}。`,
          en: `This action needs one of the roles: ${required.join(', ')}.`,
        },
      },
      HttpStatus.FORBIDDEN,
    );
  }
}
