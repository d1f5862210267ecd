import { DomainError } from '@sunshine/platform';
import { ACCEPTED_TYPES, MAX_ATTACHMENTS } from './magic-bytes';

export class UnsupportedAttachment extends DomainError {
  constructor() {
    super({
      code: 'ATTACHMENT.UNSUPPORTED_TYPE',
      status: 415,
      title: { 'zh-CN': '不支持的附件格式', en: 'Unsupported attachment type' },
      detail: {
        'zh-CN': '附件只能是照片（JPEG、PNG、GIF、WebP、HEIC）或 PDF 文件，按文件内容判断，与文件名无关。',
        en: `Attachments must be photos or PDF (${ACCEPTED_TYPES.join(', ')}), judged by their content, not their name.`,
      },
    });
  }
}

export class AttachmentTooLarge extends DomainError {
  constructor() {
    super({
      code: 'ATTACHMENT.TOO_LARGE',
      status: 413,
      title: { 'zh-CN': '附件过大', en: 'Attachment too large' },
      detail: { 'zh-CN': '每个附件不能超过 10 MB。', en: 'Each attachment may be at most 10 MB.' },
    });
  }
}

export class AttachmentMissing extends DomainError {
  constructor() {
    super({
      code: 'ATTACHMENT.MISSING',
      status: 400,
      title: { 'zh-CN': '未收到附件', en: 'No attachment received' },
      detail: { 'zh-CN': '请以 multipart/form-data 的 file 字段上传一个文件。', en: 'Upload one file in the multipart/form-data field "file".' },
    });
  }
}

export class AttachmentNotAvailable extends DomainError {
  constructor() {
    super({
      code: 'ATTACHMENT.NOT_AVAILABLE',
      status: 400,
      title: { 'zh-CN': '附件不存在或已被使用', en: 'Attachment unknown or already used' },
      detail: {
        'zh-CN': `请先上传附件，每个附件只能用于一件信访件，最多 ${MAX_ATTACHMENTS} 个。`,
        en: `Upload attachments first; each belongs to one petition, at most ${MAX_ATTACHMENTS}.`,
      },
    });
  }
}
