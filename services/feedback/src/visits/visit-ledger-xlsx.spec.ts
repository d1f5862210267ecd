import ExcelJS from 'exceljs';
import { ledgerRow, ledgerWorkbook } from './visit-ledger-xlsx';

describe('the return-visit ledger export', () => {
  const visit = {
    caseNumber: 'SW-2026-000123',
    unitId: 'ecology-environment-bureau',
    round: 1,
    visitedAt: new Date('2026-11-20T06:00:00.000Z'),
    method: 'on-site' as const,
    visitor: '李明',
    summary: '群众表示施工已停止，请回电13812345678',
    satisfaction: 'basically-satisfied' as const,
    ratingSource: 'visit' as const,
  };

  it('writes one row per visit with zh-CN labels, local time and contact details masked', () => {
    expect(ledgerRow(visit)).toEqual({
      caseNumber: 'SW-2026-000123',
      unitId: 'ecology-environment-bureau',
      round: 1,
      visitedAt: '2026-11-20 14:00',
      method: '上门回访',
      visitor: '李明',
      summary: '群众表示施工已停止，请回电138****5678',
      satisfaction: '基本满意',
      source: '回访代评',
    });
    expect(ledgerRow({ ...visit, satisfaction: undefined, ratingSource: undefined })).toMatchObject({ satisfaction: '', source: '' });
  });

  it('has a bold header row, frozen, with column widths', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await ledgerWorkbook([visit, { ...visit, round: 2 }], new Date('2026-12-02T00:00:00.000Z'))) as never);
    const sheet = workbook.getWorksheet('回访台账')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe('案件编号');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(7).width).toBe(60);
    expect(sheet.getRow(3).getCell(3).value).toBe(2);
  });
});
