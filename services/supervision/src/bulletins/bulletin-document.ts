/**
 * A bulletin as the neutral report model that S2's renderers draw (`documents/`): the XLSX and
 * the PDF of one bulletin always hold the same figures as its JSON. zh-CN headings, as the
 * district's bulletins are written.
 */
import { BulletinPeriods } from '@sunshine/contracts';
import type { ReportDocument, ReportSection, ReportTable } from '../documents/report-document';
import type { Bulletin, BulletinItem, DailyDigest, MonthlyBulletin, QuarterlyAnalysis, Volume } from './bulletins';
import type { ListedUnit, OverdueCase, OverdueOrder, UnitFigures } from './unit-figures';

/** Dates as a reader in the district reads them (Asia/Shanghai), not UTC instants. */
const LOCAL_DAY = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });
const LOCAL_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
const day = (iso: string) => LOCAL_DAY.format(new Date(iso));
/** `to` is the exclusive end of the period: its last day is the day before. */
const lastDay = (iso: string) => LOCAL_DAY.format(new Date(new Date(iso).getTime() - 1));
const localTime = (iso: string) => LOCAL_TIME.format(new Date(iso));

const itemTable = (items: readonly BulletinItem[]): ReportTable => ({
  columns: [
    { key: 'caseNumber', header: '件号', width: 18 },
    { key: 'receivedAt', header: '收件时间', width: 20 },
    { key: 'category', header: '类别', width: 14 },
    { key: 'unit', header: '责任单位', width: 22 },
    { key: 'deadline', header: '期限', width: 20 },
  ],
  rows: items.map((i) => ({
    caseNumber: i.caseNumber ?? i.petitionId,
    receivedAt: i.receivedAt ? localTime(i.receivedAt) : null,
    category: i.category ?? null,
    unit: i.unitName ?? i.unitId ?? null,
    deadline: i.deadline ? localTime(i.deadline) : null,
  })),
});

const unitTable = (units: readonly UnitFigures[]): ReportTable => ({
  columns: [
    { key: 'unit', header: '单位', width: 26 },
    { key: 'received', header: '交办', width: 8 },
    { key: 'finished', header: '办结', width: 8 },
    { key: 'onTimeRate', header: '按期办结率', width: 12, numFmt: '0.0%' },
    { key: 'satisfactionRate', header: '满意率', width: 10, numFmt: '0.0%' },
    { key: 'overdue', header: '超期', width: 8 },
  ],
  rows: units.map((u) => ({ unit: u.unitName, received: u.received, finished: u.finished, onTimeRate: u.onTimeRate, satisfactionRate: u.satisfactionRate, overdue: u.overdue })),
});

const listTable = (list: readonly ListedUnit[]): ReportTable => ({
  columns: [
    { key: 'place', header: '位次', width: 6 },
    { key: 'unit', header: '单位', width: 30 },
    { key: 'score', header: '综合得分', width: 10, numFmt: '0.000' },
  ],
  rows: list.map((u, i) => ({ place: i + 1, unit: u.unitName, score: u.score })),
});

const overdueTable = (cases: readonly OverdueCase[]): ReportTable => ({
  columns: [
    { key: 'caseNumber', header: '件号', width: 18 },
    { key: 'unit', header: '责任单位', width: 26 },
    { key: 'deadline', header: '期限', width: 20 },
    { key: 'days', header: '超期天数', width: 10 },
  ],
  rows: cases.map((c) => ({ caseNumber: c.caseNumber ?? c.petitionId, unit: c.unitName, deadline: localTime(c.deadline), days: c.daysOverdue })),
});

const orderTable = (orders: readonly OverdueOrder[]): ReportTable => ({
  columns: [
    // An order id is up to 25 characters (DB-A- + 20 hex): its column must hold it whole in the PDF's one-line cells.
    { key: 'orderId', header: '督办单号', width: 30 },
    { key: 'caseNumber', header: '件号', width: 17 },
    { key: 'unit', header: '责任单位', width: 18 },
    { key: 'dueBy', header: '反馈期限', width: 20 },
    { key: 'days', header: '逾期天数', width: 9 },
  ],
  rows: orders.map((o) => ({ orderId: o.orderId, caseNumber: o.caseNumber ?? o.petitionId, unit: o.unitName, dueBy: localTime(o.dueBy), days: o.daysOverdue })),
});

const volumeTable = (volumes: readonly Volume[]): ReportTable => ({
  columns: [
    { key: 'label', header: '项目', width: 22 },
    { key: 'count', header: '本季度', width: 10 },
    { key: 'previous', header: '上季度', width: 10 },
    { key: 'change', header: '增减', width: 10, numFmt: '0.0%' },
  ],
  rows: volumes.map((v) => ({ label: v.label, count: v.count, previous: v.previous, change: v.change })),
});

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

function facts(b: Bulletin): [string, string][] {
  return [
    ['期间 Period', `${b.period}（${day(b.from)} — ${lastDay(b.to)}）`],
    ['数据截至 As of', `${localTime(b.asOf)}${b.provisional ? '（期间未结束，数据为临时数）' : ''}`],
    ['收件 Received', String(b.totals.received)],
    ['办结 Finished', `${b.totals.replied}（按期 ${b.totals.onTime}，${pct(b.totals.onTimeRate)}）`],
    ['满意率 Satisfaction', `${pct(b.totals.satisfactionRate)}（参评 ${b.totals.rated}）`],
    ['超期 Overdue', String(b.totals.overdue)],
  ];
}

function daily(b: DailyDigest): ReportSection[] {
  return [
    { heading: '一、待批示、待交办件', sheetName: '待批示待交办', paragraphs: [`共${b.awaitingInstruction.length}件。`], table: itemTable(b.awaitingInstruction) },
    { heading: '二、新增紧急、重大、群体件', sheetName: '紧急重大群体', paragraphs: [`共${b.urgentAndGroup.length}件。`], table: itemTable(b.urgentAndGroup) },
    { heading: '三、今日亮红灯件', sheetName: '亮红灯', paragraphs: [`共${b.turnedRed.length}件。`], table: itemTable(b.turnedRed) },
  ];
}

function unitsChart(units: readonly UnitFigures[], title: string): ReportSection['chart'] {
  const shown = [...units].sort((a, b) => b.finished - a.finished).slice(0, 15);
  return {
    kind: 'bar',
    title,
    categories: shown.map((u) => u.unitName),
    series: [
      { name: '办结', values: shown.map((u) => u.finished) },
      { name: '超期', values: shown.map((u) => u.overdue) },
    ],
  };
}

function monthly(b: MonthlyBulletin): ReportSection[] {
  return [
    { heading: '一、各单位办理情况', sheetName: '各单位', chart: unitsChart(b.units, '各单位办结与超期（件）'), table: unitTable(b.units) },
    { heading: '二、红榜', sheetName: '红榜', table: listTable(b.redList) },
    { heading: '三、黑榜', sheetName: '黑榜', table: listTable(b.blackList) },
    { heading: '四、超期未办结件', sheetName: '超期件', paragraphs: [`共${b.totals.overdue}件。`], table: overdueTable(b.overdueCases) },
    { heading: '五、逾期未反馈的督办单', sheetName: '督办逾期', paragraphs: [`共${b.unansweredOrders.length}份。`], table: orderTable(b.unansweredOrders) },
  ];
}

function quarterly(b: QuarterlyAnalysis): ReportSection[] {
  const top = (v: readonly Volume[]) => v.slice(0, 12);
  return [
    ...b.inspection.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs })),
    {
      heading: '附表一、分月收件与办结',
      sheetName: '分月',
      chart: { kind: 'line', title: '分月收件与办结（件）', categories: b.months.map((m) => m.month), series: [{ name: '收件', values: b.months.map((m) => m.received) }, { name: '办结', values: b.months.map((m) => m.replied) }] },
      table: { columns: [{ key: 'month', header: '月份', width: 10 }, { key: 'received', header: '收件', width: 10 }, { key: 'replied', header: '办结', width: 10 }], rows: b.months.map((m) => ({ ...m })) },
    },
    {
      heading: '附表二、按类别',
      sheetName: '按类别',
      chart: { kind: 'bar', title: '按类别（本季度与上季度）', categories: top(b.volumes.category).map((v) => v.label), series: [{ name: '本季度', values: top(b.volumes.category).map((v) => v.count) }, { name: '上季度', values: top(b.volumes.category).map((v) => v.previous) }] },
      table: volumeTable(b.volumes.category),
    },
    { heading: '附表三、按区域', sheetName: '按区域', table: volumeTable(b.volumes.area) },
    { heading: '附表四、按渠道', sheetName: '按渠道', table: volumeTable(b.volumes.channel) },
    { heading: '附表五、按性质', sheetName: '按性质', table: volumeTable(b.volumes.kind) },
    {
      heading: '附表六、热点事项',
      sheetName: '热点',
      table: {
        columns: [
          { key: 'rank', header: '排名', width: 6 },
          { key: 'caseNumber', header: '件号', width: 18 },
          { key: 'category', header: '类别', width: 14 },
          { key: 'messages', header: '件数', width: 8 },
          { key: 'petitioners', header: '人数', width: 8 },
          { key: 'heat', header: '热度', width: 10, numFmt: '0.000' },
          { key: 'group', header: '群体预警', width: 10 },
        ],
        rows: b.hotTopics.map((h) => ({ rank: h.rank, caseNumber: h.caseNumbers[0] ?? h.matterId, category: h.category ?? null, messages: h.messages, petitioners: h.petitioners, heat: h.heat, group: h.groupAlert ? '是' : '否' })),
      },
    },
    { heading: '附表七、各单位', sheetName: '各单位', chart: unitsChart(b.units, '各单位办结与超期（件）'), table: unitTable(b.units) },
    { heading: '附表八、红黑榜', sheetName: '红黑榜', paragraphs: [`红榜：${b.redList.map((u) => u.unitName).join('、') || '无'}`, `黑榜：${b.blackList.map((u) => u.unitName).join('、') || '无'}`] },
    { heading: '附表九、逾期未反馈的督办单', sheetName: '督办逾期', table: orderTable(b.unansweredOrders) },
  ];
}

const TITLES: Record<Bulletin['kind'], (key: string) => string> = {
  daily: (key) => `信访工作每日清理通报（${key}）`,
  monthly: (key) => `${key.replace('-', '年')}月信访事项办理情况通报`,
  quarterly: (key) => `${key.replace('-Q', '年第')}季度信访形势分析`,
};

/** The report document of a bulletin. */
export function bulletinDocument(b: Bulletin): ReportDocument {
  const sections = b.kind === 'daily' ? daily(b) : b.kind === 'monthly' ? monthly(b) : quarterly(b);
  return {
    title: b.kind === 'quarterly' ? b.inspection.title : TITLES[b.kind](b.period),
    subtitle: `${BulletinPeriods.label(b.kind)} · ${BulletinPeriods.label(b.kind, 'en')} bulletin ${b.period}`,
    facts: facts(b),
    sections,
  };
}
