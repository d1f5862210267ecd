import { Injectable } from '@nestjs/common';
import { Clock } from '@sunshine/platform';
import { ConfigService } from '@nestjs/config';
import { unitScope, type Principal } from '@sunshine/auth';
import { CaseNotFound, InvalidPagingCursor } from './case.errors';
import { CaseRepository } from './case.repository';
import type { CaseRecord } from './case.schema';
import { DuplicateLinksService } from '../duplicate-links/duplicate-links.service';
import { toCaseResponse, type CaseDetailResponseDto, type CasePageResponseDto } from './dto/case.response.dto';
import type { ListCasesQuery } from './dto/list-cases.request.dto';

const DEFAULT_LIMIT = 20;

function encodeCursor(record: CaseRecord): string {
  return Buffer.from(JSON.stringify([new Date(record.createdAt).getTime(), record._id])).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [ms, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof ms === 'number' && Number.isFinite(ms) && typeof id === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(id)) {
      return { createdAt: new Date(ms), id };
    }
  } catch {
    // fall through
  }
  throw new InvalidPagingCursor();
}

/** The workbench's reading side: each caller sees the cases of their scope only. */
@Injectable()
export class ViewCasesService {
  /** Days an assisting unit has for its opinion: the case view shows each one's due date. */
  private readonly assistDays: number;

  constructor(
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
    config: ConfigService,
    private readonly duplicates: DuplicateLinksService,
  ) {
    this.assistDays = config.getOrThrow<number>('HANDLING_ASSIST_DAYS');
  }

  async list(principal: Principal, query: ListCasesQuery): Promise<CasePageResponseDto> {
    if (query.cursor && query.offset !== undefined) throw new InvalidPagingCursor();
    const limit = query.limit ?? DEFAULT_LIMIT;
    const records = await this.cases.page(unitScope(principal), {
      ...(query.status ? { status: query.status } : {}),
      limit: limit + 1,
      ...(query.offset ? { offset: query.offset } : {}),
      ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}),
    });
    const page = records.slice(0, limit);
    const now = this.clock.now();
    return {
      items: page.map((record) => toCaseResponse(record, this.assistDays, now)),
      ...(records.length > limit ? { nextCursor: encodeCursor(page[page.length - 1]) } : {}),
    };
  }

  async get(principal: Principal, petitionId: string): Promise<CaseDetailResponseDto> {
    const record = await this.cases.findVisible(unitScope(principal), petitionId);
    if (!record) throw new CaseNotFound();
    return { ...toCaseResponse(record, this.assistDays, this.clock.now()), duplicates: await this.duplicates.ofCase(petitionId) };
  }
}
