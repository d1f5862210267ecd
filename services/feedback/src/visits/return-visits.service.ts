import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { createEvent, maskContactDetails } from '@sunshine/contracts';
import { unitScope, type Principal } from '@sunshine/auth';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { CaseNumberRepository } from '../cases/case-number.repository';
import { FeedbackCaseRepository } from '../cases/feedback-case.repository';
import { toVisitResponse, type VisitPageResponseDto, type VisitResponseDto } from './dto/visit.response.dto';
import type { ListVisitsQuery } from './dto/list-visits.request.dto';
import type { RecordVisitRequest } from './dto/record-visit.request.dto';
import { checkVisit } from './visit';
import { VisitCaseNotFound } from './visit.errors';
import { VisitRepository } from './visit.repository';
import { VISITS } from './visit.schema';

/** The return-visit ledger (回访台账): entries, each published as `feedback.visited`. */
@Injectable()
export class ReturnVisitsService {
  constructor(
    private readonly caseNumbers: CaseNumberRepository,
    private readonly cases: FeedbackCaseRepository,
    private readonly visits: VisitRepository,
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
    const event = createEvent(
      'feedback.visited',
      { petitionId },
      { caseNumber: record.caseNumber, unitId, method: body.method, summary, visitedAt: visitedAt.toISOString() },
      this.messaging.eventMeta(now),
    );
    const visit = { _id: uuidv7(), petitionId, caseNumber: record.caseNumber, unitId, method: body.method, summary, visitedAt, recordedBy: principal.subject, recordedAt: now };
    await this.visits.insert(visit, [event]);
    this.messaging.kick(VISITS, [visit._id]);
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
}
