import { Injectable, Logger } from '@nestjs/common';
import { createEvent } from '@sunshine/contracts';
import { MessagingService } from '@sunshine/messaging';
import { Clock } from '@sunshine/platform';
import { renderPdf } from '../documents/pdf';
import { renderXlsx } from '../documents/xlsx';
import { ReportHistoryService } from '../report-history/report-history.service';
import { appraise, type AppraisalResult } from './appraisal';
import { AppraisalCaseRepository } from './appraisal-case.repository';
import { appraisalReport } from './appraisal-report';
import { periodKeysOf } from './appraisal-row';
import { AppraisalRules } from './appraisal-rules.provider';
import { AppraisalAlreadyPublished, AppraisalPeriodNotEnded, AppraisalPeriodNotStarted } from './appraisal.errors';

export type AppraisalView = AppraisalResult & { provisional: boolean };

export interface PublishedAppraisal {
  appraisalId: string;
  period: string;
  historyEntry: number;
  reportSha256: string;
  publishedAt: string;
}

/** The appraisal of a quarter or year for the organization department: figures, documents, publication. */
@Injectable()
export class AppraisalService {
  private readonly logger = new Logger(AppraisalService.name);

  constructor(
    private readonly cases: AppraisalCaseRepository,
    private readonly rules: AppraisalRules,
    private readonly history: ReportHistoryService,
    private readonly messaging: MessagingService,
    private readonly clock: Clock,
  ) {}

  /** The appraisal now; the period still running is provisional, a period not begun is refused. */
  async view(period: string): Promise<AppraisalView> {
    const now = this.clock.now();
    const current = periodKeysOf(now.toISOString(), this.rules.timeZone);
    const currentKey = period.includes('-Q') ? current.quarter : current.year;
    if (period > currentKey) throw new AppraisalPeriodNotStarted(period);
    const result = appraise(await this.cases.rowsOf(period), this.rules.config, { key: period, asOf: now });
    return { ...result, provisional: period === currentKey };
  }

  async xlsx(period: string): Promise<Buffer> {
    return renderXlsx(appraisalReport(await this.view(period)));
  }

  async pdf(period: string): Promise<Buffer> {
    const { pdf, missingGlyphs } = await renderPdf(appraisalReport(await this.view(period)));
    if (missingGlyphs.length) this.logger.warn({ period, missingGlyphs }, 'the report font has no glyph for some characters');
    return pdf;
  }

  /**
   * Publish a finished period: the report is kept in the signed history and `appraisal.published`
   * goes out from the same write. Once per period.
   */
  async publish(period: string): Promise<PublishedAppraisal> {
    const view = await this.view(period);
    if (view.provisional) throw new AppraisalPeriodNotEnded(period);
    const appraisalId = `AP-${period}`;
    const publishedAt = this.clock.now();
    const outcome = await this.history.keep('appraisal', `appraisal:${period}`, JSON.stringify(view), (entry) => [
      createEvent(
        'appraisal.published',
        { subjectId: `appraisal:${appraisalId}` },
        {
          appraisalId,
          period,
          publishedAt: publishedAt.toISOString(),
          configVersion: view.configVersion,
          reportSha256: entry.reportSha256,
          historyEntry: entry.seq,
          units: view.units.map((u) => ({
            unitId: u.unitId,
            unitName: u.unitName,
            score: u.score,
            grade: u.grade,
            rank: u.rank,
            commended: u.commended,
            findings: u.findings.map((f) => f.code),
          })),
        },
        this.messaging.eventMeta(publishedAt),
      ),
    ]);
    if ('existing' in outcome) throw new AppraisalAlreadyPublished(period, outcome.existing.seq);
    const entry = outcome.appended;
    return { appraisalId, period, historyEntry: entry.seq, reportSha256: entry.reportSha256, publishedAt: publishedAt.toISOString() };
  }
}
