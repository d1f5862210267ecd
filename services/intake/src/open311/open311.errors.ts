import { DomainError } from '@sunshine/platform';

/** GeoReport v2: 403 for a wrong or missing api_key. */
export class Open311InvalidApiKey extends DomainError {
  constructor() {
    super({
      code: 'OPEN311.API_KEY_INVALID',
      status: 403,
      title: { 'zh-CN': 'api_key 无效或缺失，无法提交诉求', en: "Invalid or missing api_key -- can't proceed with create_request" },
    });
  }
}

export class Open311JurisdictionNotFound extends DomainError {
  constructor(served: string) {
    super({
      code: 'OPEN311.JURISDICTION_NOT_FOUND',
      status: 404,
      title: { 'zh-CN': `jurisdiction_id 不存在（本端点只服务 ${served}）`, en: `jurisdiction_id not found (this endpoint serves ${served} only)` },
    });
  }
}

/** Unknown service_code: 404 for its definition (a resource that does not exist), 400 in a POST. */
export class Open311ServiceNotFound extends DomainError {
  constructor(status: 400 | 404) {
    super({
      code: 'OPEN311.SERVICE_CODE_NOT_FOUND',
      status,
      title: { 'zh-CN': 'service_code 不存在，请先查询 services 列表', en: 'service_code not found; see the services list' },
    });
  }
}

export class Open311RequestNotFound extends DomainError {
  constructor() {
    super({
      code: 'OPEN311.REQUEST_NOT_FOUND',
      status: 404,
      title: { 'zh-CN': 'service_request_id 不存在或不公开', en: 'service_request_id not found or not public' },
    });
  }
}

export class Open311TokenNotFound extends DomainError {
  constructor() {
    super({
      code: 'OPEN311.TOKEN_NOT_FOUND',
      status: 404,
      title: { 'zh-CN': 'token 不存在', en: 'token not found' },
    });
  }
}

export class Open311UnsupportedFormat extends DomainError {
  constructor() {
    super({
      code: 'OPEN311.FORMAT_UNSUPPORTED',
      status: 400,
      title: { 'zh-CN': '不支持的格式，请使用 .xml 或 .json', en: 'Unsupported format; use .xml or .json' },
    });
  }
}

export class Open311MediaRefused extends DomainError {
  constructor() {
    super({
      code: 'OPEN311.MEDIA_REFUSED',
      status: 400,
      title: { 'zh-CN': 'media 只能是照片或 PDF（按文件内容判断），且不超过 10 MB', en: 'media must be a photo or a PDF (judged by its bytes) of at most 10 MB' },
    });
  }
}
