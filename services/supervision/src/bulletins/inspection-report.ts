/**
 * The quarterly joint inspection report (季度联合督查报告, MISSION 4.2), written the way a
 * supervision office writes one to the leaders — basic situation, features and trend, hot and
 * group issues, problems found (the "not in place" signs), and recommendations — every sentence
 * filled from the quarter's figures. Pure; zh-CN (the report goes to the district's leaders).
 */
import type { QuarterlyAnalysis, Volume } from './bulletins';

export interface InspectionReport {
  title: string;
  sections: { heading: string; paragraphs: string[] }[];
}

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const change = (now: number, before: number) => {
  if (before === 0) return now === 0 ? '与上季度持平' : '上季度无此类件';
  const c = ((now - before) / before) * 100;
  return c === 0 ? '与上季度持平' : `较上季度${c > 0 ? '上升' : '下降'}${Math.abs(c).toFixed(1)}%`;
};
const top = (list: readonly Volume[], n = 3) =>
  list
    .filter((v) => v.count > 0)
    .slice(0, n)
    .map((v) => `${v.label}${v.count}件`)
    .join('、') || '无';

export function inspectionReport(q: Omit<QuarterlyAnalysis, 'inspection'>): InspectionReport {
  const [year, quarter] = q.period.split('-Q');
  const t = q.totals;
  const p = q.previousTotals;
  const rising = q.volumes.category.filter((v) => v.change !== null && v.change > 0.2 && v.count >= 3).slice(0, 3);
  const overdueUnits = q.units.filter((u) => u.overdue > 0).sort((a, b) => b.overdue - a.overdue);
  const lowSatisfaction = q.units.filter((u) => u.satisfactionRate !== null && u.satisfactionRate < 0.8);
  const late = q.units.filter((u) => u.onTimeRate !== null && u.onTimeRate < 0.9);
  const problems: string[] = [];
  if (overdueUnits.length)
    problems.push(`办理不到位：${overdueUnits.length}个单位有超期未办结件，共${t.overdue}件，较多的是${overdueUnits.slice(0, 3).map((u) => `${u.unitName}（${u.overdue}件）`).join('、')}。`);
  if (late.length) problems.push(`按期办结率低于90%的单位有${late.length}个：${late.slice(0, 5).map((u) => `${u.unitName}（${pct(u.onTimeRate)}）`).join('、')}。`);
  if (q.unansweredOrders.length)
    problems.push(`落实不到位：${q.unansweredOrders.length}份督办单逾期未反馈，涉及${new Set(q.unansweredOrders.map((o) => o.unitId)).size}个单位。`);
  if (lowSatisfaction.length)
    problems.push(`解决不到位：满意率低于80%的单位有${lowSatisfaction.length}个：${lowSatisfaction.slice(0, 5).map((u) => `${u.unitName}（${pct(u.satisfactionRate)}）`).join('、')}。`);
  if (!problems.length) problems.push('本季度未发现超期未办、督办逾期或满意率偏低的单位。');
  const hot = q.hotTopics.slice(0, 5);
  return {
    title: `${year}年第${quarter}季度网上信访工作联合督查报告`,
    sections: [
      {
        heading: '一、基本情况',
        paragraphs: [
          `本季度共受理网上信访事项${t.received}件，${change(t.received, p.received)}；办结${t.replied}件，其中按期办结${t.onTime}件，按期办结率${pct(t.onTimeRate)}（上季度${pct(p.onTimeRate)}）。`,
          `参评${t.rated}件，满意率${pct(t.satisfactionRate)}（上季度${pct(p.satisfactionRate)}）；季末超期未办结${t.overdue}件。`,
        ],
      },
      {
        heading: '二、信访事项的特点和趋势',
        paragraphs: [
          `从内容看，主要集中在${top(q.volumes.category)}。`,
          `从区域看，较多的是${top(q.volumes.area)}；从渠道看，${top(q.volumes.channel)}；从性质看，${top(q.volumes.kind)}。`,
          rising.length ? `上升较快的是${rising.map((v) => `${v.label}（${change(v.count, v.previous)}）`).join('、')}，需引起重视。` : '各类事项未见明显上升。',
        ],
      },
      {
        heading: '三、热点问题和群体性苗头',
        paragraphs: [
          hot.length ? `热度较高的事项：${hot.map((h) => `${h.caseNumbers[0] ?? h.matterId}（${h.category ?? '未分类'}，${h.messages}件、${h.petitioners}人）`).join('；')}。` : '本季度无突出热点事项。',
          q.groupIssues.alerts.length || q.groupIssues.escalatedGroup
            ? `群体性苗头：${q.groupIssues.alerts.length}个事项7日内联名或重复反映达5人以上，${q.groupIssues.escalatedGroup}件被标为群体件，已报领导。`
            : '本季度未发现群体性苗头。',
        ],
      },
      { heading: '四、存在的问题', paragraphs: problems },
      {
        heading: '五、下一步工作建议',
        paragraphs: [
          // Name the units that have the overdue cases or the unanswered orders, not whoever ranks lowest.
          overdueUnits.length || q.unansweredOrders.length
            ? `对${[...new Set([...overdueUnits.map((u) => u.unitName), ...q.unansweredOrders.map((o) => o.unitName)])].join('、')}进行通报，督促超期件限期办结、督办单按时反馈。`
            : '继续保持按期办结，巩固办理质量。',
          q.redList.length ? `对${q.redList.map((u) => u.unitName).join('、')}予以通报表扬。` : '本季度无可表扬单位。',
          hot.length ? '对热点事项和群体性苗头，建议由信联办牵头会商，领导包案，源头化解。' : '持续做好信息分析研判。',
        ],
      },
    ],
  };
}
