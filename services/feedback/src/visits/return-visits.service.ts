import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { createEvent, maskContactDetails } from '@sunshine/contracts';
import { unitScope, type Principal } from '@sunshine/auth';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseNumberRepository } from '../cases/case-number.repository';
import { FeedbackCaseRepository } from '../cases/feedback-case.repository';
import { RatingRecorder } from '../ratings/rating-recorder.service';
import { RatingRepository } from '../ratings/rating.repository';
import { toVisitResponse, type VisitPageResponseDto, type VisitResponseDto } from './dto/visit.response.dto';
import type { DueVisitListDto } from './dto/due-visit.response.dto';
import type { DueVisitsQuery } from './dto/due-visits.request.dto';
import type { ListVisitsQuery } from './dto/list-visits.request.dto';
import type { RecordVisitRequest } from './dto/record-visit.request.dto';
import { checkVisit } from './visit';
import { VisitCaseNotFound } from './visit.errors';
import { ledgerWorkbook } from './visit-ledger-xlsx';
import { visitStatus } from './visit-schedule';
import { VisitScheduleRepository } from './visit-schedule.repository';
import { VisitRepository } from './visit.repository';
import { VISITS, type VisitRecord } from './visit.schema';

/** The most rows one ledger export holds (a unit's visits over years stay far below). */
const LEDGER_MAX_ROWS = 50_000;

/**
 * The return-visit ledger (回访台账): entries, each published as `feedback.visited`; the visits
 * due and overdue per unit; the XLSX export. A visit with the petitioner's satisfaction is also
 * the rating of the current reply round (回访代评, source `visit`): the rating's insert claims the
 * round and carries `feedback.visited`, `feedback.rated` (and `petition.concluded` when
 * satisfied), so a round rated online refuses it (409) and nothing is written; the ledger entry
 * follows, and is re-made from the rating at start if that second insert was lost.
 */
@Injectable()
export class ReturnVisitsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReturnVisitsService.name);

  constructor(
    private readonly caseNumbers: CaseNumberRepository,
    private readonly cases: FeedbackCaseRepository,
    private readonly visits: VisitRepository,
    private readonly schedule: VisitScheduleRepository,
    private readonly ratings: RatingRepository,
    private readonly recorder: RatingRecorder,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  async record(principal: Principal, body: RecordVisitRequest): Promise<VisitResponseDto> {
    const petitionId = await this.caseNumbers.petitionIdOf(body.caseNumber);
    const record = petitionId ? await this.cases.findVisible(unitScope(principal), petitionId) : null;
    if (!petitionId || !record) throw new VisitCaseNotFound();
    const now = this.clock.now();
    const visitedAt = checkVisit(record, body.visitedAt ? new Date(body.visitedAt) : undefined, now);
    const unitId = record.unitId!;
    const summary = maskContactDetails(body.summary.trim());
    const visitor = body.visitor?.trim() || principal.subject;
    const visitId = uuidv7();
    const visited = createEvent(
      'feedback.visited',
      { petitionId },
      {
        caseNumber: record.caseNumber,
        unitId,
        method: body.method,
        summary,
        visitedAt: visitedAt.toISOString(),
        visitId,
        visitor,
        ...(body.satisfaction ? { satisfaction: body.satisfaction } : {}),
      },
      this.messaging.eventMeta(now),
    );
    const visit: Omit<VisitRecord, 'outbox' | 'outboxPending' | 'outboxLeaseOwner' | 'outboxLeaseUntil'> = {
      _id: visitId,
      petitionId,
      caseNumber: record.caseNumber,
      unitId,
      round: record.round,
      method: body.method,
      summary,
      visitedAt,
      visitor,
      recordedBy: principal.subject,
      recordedAt: now,
    };
    if (body.satisfaction) {
      const rated = await this.recorder.record(
        record,
        { satisfaction: body.satisfaction, ...(body.reasons ? { reasons: body.reasons } : {}), source: 'visit', visitId, visit: { ...visit, satisfaction: body.satisfaction, ratingSource: 'visit' } },
        now,
        [visited],
      );
      const entry = { ...visit, round: rated.round, satisfaction: body.satisfaction, ratingSource: 'visit' as const, ...(rated.reasons.length ? { reasons: rated.reasons } : {}) };
      await this.visits.ensure(entry);
      await this.schedule.visited(petitionId, rated.round, visitedAt);
      return toVisitResponse({ ...entry, outbox: [], outboxPending: false });
    }
    await this.visits.insert(visit, [visited]);
    this.messaging.kick(VISITS, [visitId]);
    await this.schedule.visited(petitionId, record.round, visitedAt);
    return toVisitResponse({ ...visit, outbox: [], outboxPending: false });
  }

  async list(principal: Principal, query: ListVisitsQuery): Promise<VisitPageResponseDto> {
    const records = await this.visits.list(unitScope(principal), {
      ...(query.caseNumber ? { caseNumber: query.caseNumber } : {}),
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    return { items: records.map(toVisitResponse) };
  }

  /** Replies still awaiting their visit, earliest deadline first; `due` or `overdue` now. */
  async due(principal: Principal, query: DueVisitsQuery): Promise<DueVisitListDto> {
    const now = this.clock.now();
    const items: DueVisitListDto['items'] = [];
    for (const entry of await this.schedule.repliedCases(unitScope(principal), query.unitId)) {
      const status = visitStatus(entry, now);
      if (!status || (query.status && status !== query.status) || !entry.caseNumber || !entry.unitId) continue;
      items.push({ caseNumber: entry.caseNumber, unitId: entry.unitId, round: entry.round!, repliedAt: new Date(entry.repliedAt!).toISOString(), dueBy: new Date(entry.dueBy!).toISOString(), status });
    }
    return { asOf: now.toISOString(), items };
  }

  /** The ledger of a unit as XLSX (a unit's staff: their own; another unit's is an empty ledger). */
  async ledger(principal: Principal, unitId: string | undefined): Promise<Buffer> {
    const scope = unitScope(principal);
    const visits = await this.visits.ledger(scope, unitId ?? (scope.all ? undefined : scope.unitId), LEDGER_MAX_ROWS);
    return ledgerWorkbook(visits, this.clock.now());
  }

  /** A rating recorded in a visit whose ledger entry was lost (a crash between the two inserts) gets it back. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const rated = await this.ratings.visitRatings();
      const present = await this.visits.existing(rated.map((r) => r.visitId!));
      for (const rating of rated) {
        if (present.has(rating.visitId!) || !rating.visit) continue;
        await this.visits.ensure(rating.visit as unknown as VisitRecord);
        this.logger.warn(`re-made the ledger entry of visit ${rating.visitId} from its rating`);
      }
    } catch (error) {
      this.logger.error(`could not check the ledger against the ratings recorded in visits: ${(error as Error).message}`);
    }
  }
}
