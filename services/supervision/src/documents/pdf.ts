import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { REPORT_FONT, renderChartSvg } from './charts';
import { textsOf, type ReportDocument, type ReportTable } from './report-document';

/**
 * The CJK font embedded in every PDF: Noto Sans Hans Regular (SIL OFL 1.1) from the npm package
 * `@embedpdf/fonts-sc`, so `npm ci` is the whole install and no system font is needed. pdfkit
 * embeds only the glyphs used (a subset), so a report stays small.
 */
export function reportFontPath(): string {
  // The package exports only its index; its fonts sit beside dist/.
  return join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
}

export interface RenderedPdf {
  pdf: Buffer;
  /** Characters the embedded font has no glyph for (a defect: they would print as boxes). */
  missingGlyphs: string[];
}

type FontkitFont = { hasGlyphForCodePoint(codePoint: number): boolean };
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const ROW = 18;

/** Characters of `texts` that `font` cannot draw (whitespace aside). */
function missingGlyphsOf(font: FontkitFont | undefined, texts: string[]): string[] {
  if (!font) return [];
  const missing = new Set<string>();
  for (const text of texts) for (const ch of text) if (!/\s/.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0) as number)) missing.add(ch);
  return [...missing];
}

function drawTable(doc: PDFKit.PDFDocument, table: ReportTable): void {
  const width = A4.width - 2 * MARGIN;
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => (c.width / total) * width);
  const drawRow = (cells: string[], header: boolean) => {
    if (doc.y + ROW > A4.height - MARGIN) doc.addPage();
    const y = doc.y;
    if (header) doc.rect(MARGIN, y, width, ROW).fill('#e8edf5').fillColor('#000');
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.fontSize(header ? 8.5 : 8).text(cell, x + 3, y + 5, { width: widths[i] - 6, height: ROW - 4, lineBreak: false, ellipsis: true });
      x += widths[i];
    });
    doc.moveTo(MARGIN, y + ROW).lineTo(MARGIN + width, y + ROW).lineWidth(0.4).strokeColor('#b0b8c4').stroke();
    doc.x = MARGIN;
    doc.y = y + ROW;
  };
  drawRow(table.columns.map((c) => c.header), true);
  for (const row of table.rows) {
    drawRow(
      table.columns.map((c) => {
        const value = row[c.key];
        if (value === null || value === undefined) return '—';
        if (typeof value === 'number' && c.numFmt?.endsWith('%')) return `${(value * 100).toFixed(1)}%`;
        return String(value);
      }),
      false,
    );
  }
  doc.moveDown(0.8);
}

/**
 * The report as a PDF (pdfkit): title and facts, then each section's paragraphs, its chart
 * (ECharts SVG drawn as vectors by svg-to-pdfkit, text in the embedded font) and its table,
 * breaking pages as needed.
 */
export function renderPdf(document: ReportDocument): Promise<RenderedPdf> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: document.title, Creator: 'Sunshine Petitions — supervision' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REPORT_FONT, reportFontPath());
  doc.font(REPORT_FONT);
  const font = (doc as unknown as { _font?: { font?: FontkitFont } })._font?.font;
  const missingGlyphs = missingGlyphsOf(font, textsOf(document));

  doc.fontSize(17).text(document.title, { align: 'center' });
  if (document.subtitle) doc.moveDown(0.2).fontSize(10).fillColor('#444').text(document.subtitle, { align: 'center' }).fillColor('#000');
  doc.moveDown(0.6).fontSize(9);
  for (const [label, value] of document.facts) doc.text(`${label}：${value}`);
  doc.moveDown(0.6);
  for (const section of document.sections) {
    if (doc.y > A4.height - MARGIN - 80) doc.addPage();
    doc.fontSize(12.5).text(section.heading);
    doc.moveDown(0.3).fontSize(9);
    for (const paragraph of section.paragraphs ?? []) doc.text(paragraph, { width: A4.width - 2 * MARGIN }).moveDown(0.2);
    if (section.chart) {
      const height = 210;
      if (doc.y + height > A4.height - MARGIN) doc.addPage();
      const y = doc.y;
      const width = A4.width - 2 * MARGIN;
      // The chart's SVG pixels become points one to one (svg-to-pdfkit would otherwise scale px by 0.75).
      SVGtoPDF(doc, renderChartSvg(section.chart, { width, height }), MARGIN, y, { width, height, assumePt: true, fontCallback: () => REPORT_FONT });
      doc.font(REPORT_FONT);
      doc.x = MARGIN;
      doc.y = y + height + 8;
    }
    if (section.table) drawTable(doc, section.table);
    doc.moveDown(0.4);
  }
  doc.end();
  return done.then((pdf) => ({ pdf, missingGlyphs }));
}
