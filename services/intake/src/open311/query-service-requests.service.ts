import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { Clock, safeCollection, trusted, type Language, type SafeCollection } from '@sunshine/platform';
import { PETITIONS, type PetitionRecord } from '../registration/petition.schema';
import type { Open311Document } from './open311-format';
import { commaList, parameterError, parseW3cDate } from './open311-parameters';
import { Open311RequestRepository, type Open311RequestRecord } from './open311-request.repository';
import { catalogueEntry } from './open311-services';
import { Open311Settings } from './open311.config';
import { Open311JurisdictionNotFound, Open311RequestNotFound, Open311TokenNotFound } from './open311.errors';
import { serviceRequestView, type Open311ServiceRequest } from './service-request-view';

const DAY = 86_400_000;
/** GeoReport v2: "a span of 90 days or first 1000 requests returned, whichever is smallest". */
const WINDOW_DAYS = 90;
const MAX_RESULTS = 1000;
/** With a status filter, look at this many candidates at most to find the 1000. */
const MAX_CANDIDATES = 10_000;

/**
 * GET requests, GET a request, GET a token. Only requests that came in through Open311 are
 * listed, never a confidential one (检举控告), and only their public facts: masked description,
 * location, service, status from the petition's progress. Nobody's name, phone or e-mail.
 */
@Injectable()
export class QueryServiceRequestsService {
  private readonly timeZone: string;
  private readonly petitions: SafeCollection<PetitionRecord>;

  constructor(
    private readonly settings: Open311Settings,
    private readonly requests: Open311RequestRepository,
    @InjectModel(PETITIONS) petitions: Model<PetitionRecord>,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.timeZone = config.getOrThrow<string>('INTAKE_TIME_ZONE');
    this.petitions = safeCollection<PetitionRecord>(petitions);
  }

  /** 404 for another jurisdiction; absent or empty is this one (the endpoint serves one). */
  checkJurisdiction(jurisdictionId: unknown): void {
    if (jurisdictionId !== undefined && jurisdictionId !== '' && jurisdictionId !== this.settings.jurisdictionId) {
      throw new Open311JurisdictionNotFound(this.settings.jurisdictionId);
    }
  }

  async one(serviceRequestId: string, language: Language): Promise<Open311Document> {
    const record = await this.requests.byId(serviceRequestId);
    const [view] = record && !record.confidential ? await this.views([record], language) : [];
    if (!view) throw new Open311RequestNotFound();
    return { root: 'service_requests', body: [view] };
  }

  async list(query: Record<string, unknown>, language: Language): Promise<Open311Document> {
    const ids = commaList(query.service_request_id);
    if (ids.length) {
      // "This overrides all other arguments."
      if (ids.length > MAX_RESULTS) throw parameterError('service_request_id', `最多 ${MAX_RESULTS} 个`, `at most ${MAX_RESULTS} ids`);
      const records = (await this.requests.byIds(ids)).filter((r) => !r.confidential);
      const order = new Map(ids.map((id, i) => [id, i]));
      const views = await this.views(records, language);
      return { root: 'service_requests', body: views.sort((a, b) => (order.get(a.service_request_id) ?? 0) - (order.get(b.service_request_id) ?? 0)) };
    }
    const statuses = commaList(query.status);
    for (const s of statuses) {
      if (s !== 'open' && s !== 'closed') throw parameterError('status', 'status 只能是 open 或 closed', 'status must be open or closed');
    }
    const codes = commaList(query.service_code);
    const { from, to } = this.window(query.start_date, query.end_date);
    const records = await this.requests.find({
      from,
      to,
      ...(codes.length ? { serviceCodes: codes } : {}),
      limit: statuses.length ? MAX_CANDIDATES : MAX_RESULTS,
    });
    const views = await this.views(records, language);
    const wanted = statuses.length ? views.filter((v) => statuses.includes(v.status)) : views;
    return { root: 'service_requests', body: wanted.slice(0, MAX_RESULTS) };
  }

  async token(token: string): Promise<Open311Document> {
    const caseNumber = await this.requests.caseNumberOfToken(token);
    if (!caseNumber) throw new Open311TokenNotFound();
    return { root: 'service_requests', body: [{ service_request_id: caseNumber, token }] };
  }

  /** start_date/end_date: at most 90 days apart; the most recent 90 days by default. */
  private window(start: unknown, end: unknown): { from: Date; to: Date } {
    const startDate = parseW3cDate(start, 'start_date');
    const endDate = parseW3cDate(end, 'end_date');
    const to = endDate ?? (startDate ? new Date(startDate.getTime() + WINDOW_DAYS * DAY) : this.clock.now());
    const from = startDate ?? new Date(to.getTime() - WINDOW_DAYS * DAY);
    if (from > to) throw parameterError('start_date', 'start_date 不能晚于 end_date', 'start_date must not be after end_date');
    if (to.getTime() - from.getTime() > WINDOW_DAYS * DAY) {
      throw parameterError('end_date', `查询范围不能超过 ${WINDOW_DAYS} 天`, `the range may not span more than ${WINDOW_DAYS} days`);
    }
    return { from, to };
  }

  /** Views of public requests; a petition sealed later (confidential) is left out too. */
  private async views(records: Open311RequestRecord[], language: Language): Promise<Open311ServiceRequest[]> {
    if (!records.length) return [];
    // One query for all the petitions: the ids come from our own records.
    const petitions = (await this.petitions
      .find({ _id: trusted({ $in: records.map((r) => r.petitionId) }) } as never, { projection: { confidential: 1, progress: 1 } })
      .toArray()) as unknown as Pick<PetitionRecord, '_id' | 'confidential' | 'progress'>[];
    const byId = new Map(petitions.map((p) => [p._id, p]));
    return records.flatMap((record) => {
      const petition = byId.get(record.petitionId);
      if (!petition || petition.confidential) return [];
      const name = catalogueEntry(record.serviceCode)?.service.service_name ?? null;
      return [serviceRequestView(record, record._id, petition.progress?.steps ?? [], name, language, this.timeZone)];
    });
  }
}
