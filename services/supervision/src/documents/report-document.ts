/**
 * The documents people open (考核报告、通报): one neutral model of a report — title, facts about
 * it, sections of paragraphs, tables and charts — that the XLSX and PDF renderers both draw, so a
 * spreadsheet and a PDF of the same report always hold the same figures. The appraisal builds one
 * (`appraisal/appraisal-report.ts`); the bulletins build theirs the same way.
 */

export type Cell = string | number | null;

export interface ReportColumn {
  key: string;
  header: string;
  /** Relative width (characters in the XLSX, a share of the line in the PDF). */
  width: number;
  /** Excel number format of a numeric column, e.g. `0.0` or `0.00%`. */
  numFmt?: string;
}

export interface ReportTable {
  columns: ReportColumn[];
  rows: Record<string, Cell>[];
}

/** A bar or line chart over categories (units, months, categories of petitions). */
export interface ReportChart {
  kind: 'bar' | 'line';
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  /** Upper end of the value axis (e.g. 100 for scores); automatic when absent. */
  max?: number;
}

export interface ReportSection {
  heading: string;
  /** The XLSX sheet holding this section's table (≤ 31 characters, no `[]:*?/\`); the heading when absent. */
  sheetName?: string;
  paragraphs?: string[];
  chart?: ReportChart;
  table?: ReportTable;
}

export interface ReportDocument {
  title: string;
  subtitle?: string;
  /** Label / value pairs shown under the title (period, configuration version, figures as of …). */
  facts: [string, string][];
  sections: ReportSection[];
}

/** Every piece of text the document will show, for the glyph check of the PDF font. */
export function textsOf(document: ReportDocument): string[] {
  const texts = [document.title, document.subtitle ?? '', ...document.facts.flat()];
  for (const section of document.sections) {
    texts.push(section.heading, ...(section.paragraphs ?? []));
    if (section.chart) texts.push(section.chart.title, ...section.chart.categories, ...section.chart.series.map((s) => s.name));
    if (section.table) {
      texts.push(...section.table.columns.map((c) => c.header));
      for (const row of section.table.rows) texts.push(...Object.values(row).map((v) => (v === null ? '' : String(v))));
    }
  }
  return texts;
}

/** A sheet name Excel accepts, unique among `taken`. */
export function sheetNameOf(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 28) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name); i += 1) name = `${base} ${i}`;
  taken.add(name);
  return name;
}
