import { AppraisalFindings, AppraisalGrades, BulletinPeriods, SatisfactionLevels, WarningLights } from '@sunshine/contracts';
import { pdfFonts, pdfText, xlsxCells } from '../../test/support/document-readers';
import { renderChartSvg } from './charts';
import { renderPdf } from './pdf';
import type { ReportDocument } from './report-document';
import { renderXlsx } from './xlsx';

const UNITS = ['生态环境局', '福禄镇', '教育局', '住房和城乡建设局', '沙湾区人力资源和社会保障局'];

const SAMPLE: ReportDocument = {
  title: '2026年第四季度网上信访工作考核报告',
  subtitle: 'Quarterly appraisal of online petition work — 2026-Q4',
  facts: [
    ['考核期间 Period', '2026-Q4'],
    ['考核细则版本 Config version', 'county-default-2026.1'],
  ],
  sections: [
    {
      heading: '一、得分与排名',
      paragraphs: ['得分 = 七项指标得分之和 − 超期督办单扣分。'],
      chart: { kind: 'bar', title: '各单位得分', categories: UNITS, series: [{ name: '得分', values: [100, 56, 95, 88, 72.5] }], max: 100 },
      table: {
        columns: [
          { key: 'rank', header: '名次', width: 6 },
          { key: 'unit', header: '单位', width: 30 },
          { key: 'score', header: '得分', width: 8, numFmt: '0.0' },
          { key: 'rate', header: '满意率', width: 10, numFmt: '0.0%' },
        ],
        rows: UNITS.map((unit, i) => ({ rank: i + 1, unit, score: 100 - i * 7.5, rate: i === 4 ? null : 0.9 - i / 10 })),
      },
    },
  ],
};

describe('the documents renderer', () => {
  it('draws a chart as SVG with its categories', () => {
    const svg = renderChartSvg(SAMPLE.sections[0].chart!);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const unit of UNITS) expect(svg).toContain(unit);
  });

  it('renders a PDF whose text names every unit, in an embedded CJK font, with no missing glyph', async () => {
    const { pdf, missingGlyphs } = await renderPdf(SAMPLE);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(missingGlyphs).toEqual([]);
    const text = pdfText(pdf);
    for (const unit of UNITS) expect(text).toContain(unit);
    expect(text).toContain('2026年第四季度网上信访工作考核报告');
    expect(text).toContain('各单位得分');
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && f.name.includes('NotoSansHans'))).toBe(true);
  });

  it('has a glyph for every label the reports print', async () => {
    const labels = [AppraisalGrades, AppraisalFindings, BulletinPeriods, SatisfactionLevels, WarningLights].flatMap((v) =>
      v.codes.map((code: string) => (v.labels as Record<string, { 'zh-CN': string; en: string }>)[code]['zh-CN']),
    );
    const { missingGlyphs } = await renderPdf({ title: labels.join(' '), facts: [], sections: [{ heading: '，。：；（）“”—·％≥≤' }] });
    expect(missingGlyphs).toEqual([]);
  });

  it('reports characters the font cannot draw', async () => {
    const { missingGlyphs } = await renderPdf({ title: 'ok 𓀀', facts: [], sections: [] });
    expect(missingGlyphs).toEqual(['𓀀']);
  });

  it('renders an XLSX that an independent reader opens, numbers as numbers', async () => {
    const xlsx = await renderXlsx(SAMPLE);
    const sheets = xlsxCells(xlsx);
    expect(Object.keys(sheets)).toEqual(['概要', '一、得分与排名']);
    expect(sheets['概要'][0]).toEqual(['2026年第四季度网上信访工作考核报告']);
    const table = sheets['一、得分与排名'];
    expect(table[0]).toEqual(['名次', '单位', '得分', '满意率']);
    expect(table.slice(1).map((r) => r[1])).toEqual(UNITS);
    expect(table[2]).toEqual([2, '福禄镇', 92.5, 0.8]);
  });
});
