import ExcelJS from 'exceljs';
import { sheetNameOf, type ReportDocument } from './report-document';

/**
 * The report as an XLSX workbook (exceljs): a cover sheet with the title and facts, then one
 * sheet per section with a table — headers bold and frozen, numbers as numbers (with the column's
 * format), so the organization department can sort and sum. A chart's figures are its table's;
 * the drawn chart is in the PDF (exceljs writes no charts).
 */
export async function renderXlsx(document: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sunshine Petitions — supervision';
  workbook.title = document.title;
  const taken = new Set<string>();
  const cover = workbook.addWorksheet(sheetNameOf('概要', taken));
  cover.columns = [{ width: 24 }, { width: 60 }];
  cover.addRow([document.title]).font = { bold: true, size: 14 };
  if (document.subtitle) cover.addRow([document.subtitle]);
  cover.addRow([]);
  for (const [label, value] of document.facts) cover.addRow([label, value]);
  for (const section of document.sections) {
    if (!section.table) {
      cover.addRow([]);
      cover.addRow([section.heading]).font = { bold: true };
      for (const paragraph of section.paragraphs ?? []) cover.addRow([paragraph]);
      continue;
    }
    const sheet = workbook.addWorksheet(sheetNameOf(section.sheetName ?? section.heading, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = section.table.columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    sheet.getRow(1).font = { bold: true };
    for (const row of section.table.rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
