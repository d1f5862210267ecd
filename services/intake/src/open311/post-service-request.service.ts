import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RequestValidationError, toFieldErrors, type Language } from '@sunshine/platform';
import { AttachmentRepository } from '../attachments/attachment.repository';
import { detectContentType, MAX_ATTACHMENT_BYTES } from '../attachments/magic-bytes';
import { redactText } from '../privacy/redact';
import { RegisterPetitionService } from '../registration/register-petition.service';
import { PostServiceRequestParams } from './dto/post-service-request.request.dto';
import type { Open311Document } from './open311-format';
import { collectParameters, parameterError } from './open311-parameters';
import { Open311RequestRepository } from './open311-request.repository';
import { catalogueEntry, CONFIDENTIAL_ATTRIBUTE, serviceDefinition, type CatalogueEntry } from './open311-services';
import { Open311Settings } from './open311.config';
import { Open311InvalidApiKey, Open311JurisdictionNotFound, Open311MediaRefused, Open311ServiceNotFound } from './open311.errors';

/** A photo uploaded with the request (multipart `media`, as GeoReporter and others send it). */
export interface UploadedMedia {
  buffer: Buffer;
  size: number;
}

export interface PostServiceRequestInput {
  body: unknown;
  query: Record<string, unknown>;
  media?: UploadedMedia;
  idempotencyKey?: string;
  language: Language;
}

/** Family name first for Chinese names (张 + 丽 = 张丽), given name first for Latin ones. */
export function fullName(first?: string, last?: string): string | undefined {
  const given = first?.trim();
  const family = last?.trim();
  if (!given && !family) return undefined;
  const latin = /^[\p{Script=Latin}\s.'-]+$/u;
  if (given && family && latin.test(given) && latin.test(family)) return `${given} ${family}`;
  return `${family ?? ''}${given ?? ''}`;
}

/**
 * POST Service Request: an Open311 app's report becomes a petition on the `open311` channel,
 * with the service's category as categoryHint, the location, and the Open311 token as
 * sourceRef. The reporter's name, phone and e-mail are sealed like every channel's; only the
 * masked description and the location are kept for GET.
 */
@Injectable()
export class PostServiceRequestService {
  constructor(
    private readonly settings: Open311Settings,
    private readonly registration: RegisterPetitionService,
    private readonly attachments: AttachmentRepository,
    private readonly requests: Open311RequestRepository,
  ) {}

  async post(input: PostServiceRequestInput): Promise<Open311Document> {
    const { params, attributes } = collectParameters(input.body, input.query);
    const apiKeyId = this.settings.keyIdOf(params.api_key);
    if (!apiKeyId) throw new Open311InvalidApiKey();
    if (params.jurisdiction_id !== undefined && params.jurisdiction_id !== this.settings.jurisdictionId) {
      throw new Open311JurisdictionNotFound(this.settings.jurisdictionId);
    }
    const request = plainToInstance(PostServiceRequestParams, params);
    const errors = await validate(request, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: true, value: false } });
    if (errors.length) throw new RequestValidationError(toFieldErrors(errors));
    const entry = catalogueEntry(request.service_code);
    if (!entry) throw new Open311ServiceNotFound(400);
    const location = this.location(request);
    const confidential = this.confidential(entry, attributes);
    const mediaId = input.media ? await this.storeMedia(input.media) : undefined;

    const name = fullName(request.first_name, request.last_name);
    const identity = { ...(name ? { name } : {}), ...(request.phone ? { phone: request.phone } : {}), ...(request.email ? { email: request.email } : {}) };
    const description = request.description?.trim() ?? '';
    const mediaUrl = request.media_url && redactText(request.media_url, identity) === request.media_url ? request.media_url : undefined;
    const token = input.idempotencyKey
      ? createHash('sha256').update(`open311-token\u0000${apiKeyId}\u0000${input.idempotencyKey}`).digest('base64url').slice(0, 22)
      : randomBytes(16).toString('base64url');
    const headline = description.split('\n').find((l) => l.trim())?.trim() ?? location.description ?? '';
    const subject = `${entry.service.service_name}：${headline || '（未填写描述）'}`;

    const receipt = await this.registration.register(
      {
        channel: 'open311',
        subject: subject.length > 200 ? `${subject.slice(0, 199)}…` : subject,
        text: [description || '（未填写描述）', ...(request.media_url ? [`照片链接（仅作参考，未下载）：${request.media_url}`] : [])].join('\n\n'),
        petitioner: identity,
        confidential,
        ...(confidential ? { kindHint: 'report' as const } : {}),
        categoryHint: { level1: entry.node.level1, level2: entry.node.level2 },
        location,
        sourceRef: token,
        ...(mediaId ? { attachmentIds: [mediaId] } : {}),
      },
      input.idempotencyKey
        ? {
            key: input.idempotencyKey,
            scope: `open311:${apiKeyId}`,
            body: { params: { ...params, api_key: undefined }, attributes, media: input.media ? createHash('sha256').update(input.media.buffer).digest('hex') : null },
          }
        : undefined,
    );
    await this.requests.save({
      _id: receipt.caseNumber,
      petitionId: receipt.petitionId,
      token,
      serviceCode: entry.service.service_code,
      requestedAt: new Date(receipt.receivedAt),
      confidential,
      description: redactText(description, identity),
      ...(request.address_string ? { address: redactText(request.address_string, identity) } : {}),
      ...(request.address_id ? { addressId: request.address_id } : {}),
      ...(location.lat !== undefined ? { lat: location.lat, long: location.long } : {}),
      ...(mediaUrl ? { mediaUrl } : {}),
      apiKeyId,
    });
    return {
      root: 'service_requests',
      body: [{ service_request_id: receipt.caseNumber, token, service_notice: receipt.acknowledgement[input.language], account_id: null }],
    };
  }

  /** One of lat & long, address_string, address_id (GeoReport v2); lat and long come together. */
  private location(request: PostServiceRequestParams): { lat?: number; long?: number; description?: string } {
    const hasLat = request.lat !== undefined;
    if (hasLat !== (request.long !== undefined)) {
      throw parameterError(hasLat ? 'long' : 'lat', 'lat 与 long 必须同时提交', 'lat and long must be sent together');
    }
    if (!hasLat && !request.address_string && !request.address_id) {
      throw parameterError(
        'lat',
        '需要问题所在位置：lat 与 long，或 address_string，或 address_id',
        'a location is required: lat & long, or address_string, or address_id',
      );
    }
    const description = request.address_string ?? (request.address_id ? `地址编号 ${request.address_id}` : undefined);
    return {
      ...(hasLat ? { lat: Number(request.lat), long: Number(request.long) } : {}),
      ...(description ? { description } : {}),
    };
  }

  /** Attributes must be the service's own, with allowed values; 纪检监察 services are always sealed. */
  private confidential(entry: CatalogueEntry, attributes: Record<string, unknown>): boolean {
    const definition = serviceDefinition(entry);
    for (const [code, value] of Object.entries(attributes)) {
      const attribute = definition.attributes.find((a) => a.code === code && a.variable);
      if (!attribute) throw parameterError(`attribute[${code}]`, '该服务没有这个属性', 'is not an attribute of this service');
      if (attribute.values && !(typeof value === 'string' && attribute.values.some((v) => v.key === value))) {
        const keys = attribute.values.map((v) => v.key).join(', ');
        throw parameterError(`attribute[${code}]`, `必须是以下之一：${keys}`, `must be one of: ${keys}`);
      }
    }
    return entry.sealed || attributes[CONFIDENTIAL_ATTRIBUTE] === 'true';
  }

  private async storeMedia(media: UploadedMedia): Promise<string> {
    const contentType = media.size <= MAX_ATTACHMENT_BYTES ? detectContentType(media.buffer) : undefined;
    if (!contentType) throw new Open311MediaRefused();
    return (await this.attachments.store(media.buffer, contentType)).id;
  }
}
