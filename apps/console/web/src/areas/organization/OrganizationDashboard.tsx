import { Alert, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { Chart } from '../../components/Chart';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { useGradeLabel } from './GradeTag';
import { GRADE_ORDER, GRADE_STYLE } from './labels';
import { useAppraisal, type UnitAppraisal } from './organization-api';
import { currentQuarter, periodLabel, previousPeriod } from './periods';
import { TrendChart } from './TrendChart';

const messages = defineMessages({
  'zh-CN': {
    title: '考核概况 · {period}',
    provisional: '（临时结果）',
    open: '查看考核评价',
    grades: '等次分布',
    gradesLabel: '{period}各等次单位数：{summary}',
    ends: '前三名与后三名',
    endsLabel: '{period}得分前三名与后三名：{summary}',
    top: '前三名',
    bottom: '后三名',
    trend: '得分趋势（近四季度）',
    none: '本季度暂无考核数据。',
    units: '家',
  },
  en: {
    title: 'Appraisal · {period}',
    provisional: ' (provisional)',
    open: 'Open the appraisal',
    grades: 'Grades',
    gradesLabel: 'Units per grade, {period}: {summary}',
    ends: 'Top and bottom three',
    endsLabel: 'Top and bottom three by score, {period}: {summary}',
    top: 'Top three',
    bottom: 'Bottom three',
    trend: 'Score trend (last four quarters)',
    none: 'No appraisal figures this quarter yet.',
    units: 'units',
  },
});

const heading = (text: string) => (
  <Typography.Title level={3} style={{ fontSize: 16, marginTop: 0 }}>
    {text}
  </Typography.Title>
);

/** The organization department's numbers on the dashboard: grades, the best and worst units, the trend. */
export default function OrganizationDashboard() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const gradeLabel = useGradeLabel();
  const current = currentQuarter();
  const now = useAppraisal(current);
  // Early in a quarter there may be nothing yet: show the quarter before.
  const fallback = useAppraisal(previousPeriod(current), false);
  const data = now.data?.units.length ? now.data : fallback.data?.units.length ? fallback.data : now.data;
  const period = data?.period ?? current;
  const periodText = periodLabel(period, lang);

  const charts = useMemo(() => {
    const units = data?.units ?? [];
    const counts = GRADE_ORDER.map((g) => ({ grade: g, name: gradeLabel(g), value: units.filter((u) => u.grade === g).length }));
    const top = units.slice(0, 3);
    const bottom = units.length > 3 ? units.slice(-Math.min(3, units.length - 3)) : [];
    const ends: (UnitAppraisal & { group: string })[] = [...top.map((u) => ({ ...u, group: t('top') })), ...bottom.map((u) => ({ ...u, group: t('bottom') }))];
    return {
      grades: {
        option: {
          tooltip: { trigger: 'item' },
          // Names and counts in the legend, counts on the ring: nothing to truncate on a phone.
          legend: { bottom: 0, formatter: (name: string) => `${name} ${counts.find((c) => c.name === name)?.value ?? 0} ${t('units')}` },
          series: [
            {
              type: 'pie',
              radius: ['40%', '72%'],
              center: ['50%', '45%'],
              label: { position: 'inside', formatter: '{c}', color: '#fff', fontSize: 14, fontWeight: 'bold' },
              data: counts.filter((c) => c.value > 0).map((c) => ({ name: c.name, value: c.value, itemStyle: { color: GRADE_STYLE[c.grade].chart } })),
            },
          ],
        },
        label: t('gradesLabel', { period: periodText, summary: counts.map((c) => `${c.name} ${c.value}`).join('，') }),
      },
      ends: {
        option: {
          tooltip: { trigger: 'axis' },
          grid: { left: 8, right: 84, top: 8, bottom: 8, containLabel: true },
          xAxis: { type: 'value', min: 0, max: 100 },
          yAxis: { type: 'category', inverse: true, data: ends.map((u) => `${u.rank}. ${u.unitName}`) },
          series: [
            {
              type: 'bar',
              barMaxWidth: 22,
              label: { show: true, position: 'right', formatter: (p: { value: number; dataIndex: number }) => `${p.value} ${gradeLabel(ends[p.dataIndex].grade)}` },
              data: ends.map((u) => ({ value: u.score, itemStyle: { color: GRADE_STYLE[u.grade]?.chart ?? '#1d4ed8' } })),
            },
          ],
        },
        label: t('endsLabel', { period: periodText, summary: ends.map((u) => `${u.group} ${u.rank} ${u.unitName} ${u.score} ${gradeLabel(u.grade)}`).join('；') }),
        height: Math.max(120, ends.length * 40 + 20),
      },
    };
  }, [data, gradeLabel, periodText, t]);

  return (
    <Card size="small">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('title', { period: periodText })}
          {data?.provisional ? t('provisional') : ''}
        </Typography.Title>
        <Link to={`/staff/organization?period=${period}`}>{t('open')}</Link>
      </Flex>
      {now.error ? (
        <ProblemAlert error={now.error} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : data.units.length === 0 ? (
        <Alert type="info" showIcon title={t('none')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={10}>
            {heading(t('grades'))}
            <Chart option={charts.grades.option} height={260} label={charts.grades.label} />
          </Col>
          <Col xs={24} md={14}>
            {heading(t('ends'))}
            <Chart option={charts.ends.option} height={charts.ends.height} label={charts.ends.label} />
          </Col>
          <Col span={24}>
            {heading(t('trend'))}
            <TrendChart period={period} count={4} height={280} />
          </Col>
        </Row>
      )}
    </Card>
  );
}
