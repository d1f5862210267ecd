import ExcelJS from 'exceljs';
import { maskContactDetails, RatingSources, SatisfactionLevels, VisitMethods, type RatingSource, type SatisfactionLevel, type VisitMethod } from '@sunshine/contracts';
import { VISIT_TIME_ZONE } from './visit-schedule';

/**
 * The return-visit ledger (回访台账) as an XLSX workbook: one row per visit, a header row frozen
 * above them. Built from what feedback holds, which never includes the petitioner's name or
 * contact details; what the petitioner said is masked again here (phone, ID and e-mail), so an
 * entry stored before masking existed cannot leak through the export.
 */

export interface LedgerVisit {
  caseNumber: string;
  unitId: string;
  round?: number;
  visitedAt: Date;
  method: VisitMethod;
  visitor?: string;
  summary: string;
  satisfaction?: SatisfactionLevel;
  ratingSource?: RatingSource;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const LEDGER_COLUMNS = [
  { header: '案件编号', key: 'caseNumber', width: 18 },
  { header: '承办单位', key: 'unitId', width: 28 },
  { header: '答复轮次', key: 'round', width: 10 },
  { header: '回访时间', key: 'visitedAt', width: 18 },
  { header: '回访方式', key: 'method', width: 12 },
  { header: '回访人', key: 'visitor', width: 20 },
  { header: '群众意见', key: 'summary', width: 60 },
  { header: '满意度', key: 'satisfaction', width: 12 },
  { header: '评价来源', key: 'source', width: 12 },
] as const;

/** `2026-12-10 14:00` in the district's time zone. */
function localMinute(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: VISIT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** The row of one visit: labels in zh-CN, empty cells where the visit recorded no rating. */
export function ledgerRow(visit: LedgerVisit): Record<(typeof LEDGER_COLUMNS)[number]['key'], string | number> {
  return {
    caseNumber: visit.caseNumber,
    unitId: visit.unitId,
    round: visit.round ?? '',
    visitedAt: localMinute(new Date(visit.visitedAt)),
    method: VisitMethods.has(visit.method) ? VisitMethods.label(visit.method) : String(visit.method),
    visitor: visit.visitor ?? '',
    summary: maskContactDetails(visit.summary),
    satisfaction: visit.satisfaction && SatisfactionLevels.has(visit.satisfaction) ? SatisfactionLevels.label(visit.satisfaction) : '',
    source: visit.satisfaction ? RatingSources.label(visit.ratingSource ?? 'visit') : '',
  };
}

/** The workbook's bytes. */
export async function ledgerWorkbook(visits: readonly LedgerVisit[], generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sunshine Petitions (阳光信访) feedback';
  workbook.created = generatedAt;
  const sheet = workbook.addWorksheet('回访台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const visit of visits) sheet.addRow(ledgerRow(visit));
  sheet.getColumn('summary').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
