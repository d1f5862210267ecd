import { Alert, Card, Col, Flex, Form, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { AppraisalTable } from './AppraisalTable';
import { FindingDrawer } from './FindingDrawer';
import { APPRAISAL_POLL_MS, useAppraisal, useReportHistory, type Finding, type UnitAppraisal } from './organization-api';
import { currentQuarter, isQuarter, PERIOD_PATTERN, periodChoices, periodLabel } from './periods';
import { ReportActions } from './ReportActions';
import { TrendChart } from './TrendChart';

const messages = defineMessages({
  'zh-CN': {
    title: '考核评价',
    subtitle: '{period} · 考核细则 {version} · 数据截至 {asOf}',
    period: '考核期间',
    quarters: '季度',
    years: '年度',
    provisional: '{period}尚未结束，以下为临时结果，数据会随办理进展变化；期满后方可发布。',
    units: '参评单位',
    average: '平均分',
    excellent: '优秀单位',
    fail: '不合格单位',
    findingCases: '“四个不到位”涉及信访件',
    ranking: '得分、等次与排名',
    rankingHelp: '等次：优秀 ≥ 90，良好 80–89，合格 60–79，不合格 < 60。得分 = 七项指标得分之和 − 超期督办单扣分。展开一行可查看各项指标的分子、分母与计算口径；点击“四个不到位”查看涉及的信访件。',
    trend: '得分趋势',
    trendHelp: '近四期平均分及件数较多的单位得分（虚线为平均分）。',
    trendHelpYear: '近三年平均分及件数较多的单位得分（虚线为平均分）。',
  },
  en: {
    title: 'Appraisal',
    subtitle: '{period} · rules {version} · figures as of {asOf}',
    period: 'Period',
    quarters: 'Quarters',
    years: 'Years',
    provisional: '{period} has not ended: these results are provisional and change as cases move; they can be published once it has ended.',
    units: 'Units appraised',
    average: 'Average score',
    excellent: 'Excellent',
    fail: 'Fail',
    findingCases: 'Cases behind findings',
    ranking: 'Scores, grades and ranks',
    rankingHelp: 'Grades: excellent ≥ 90, good 80–89, pass 60–79, fail < 60. Score = the points of the seven indicators − deductions for overdue supervision orders. Expand a row for the figures of each indicator; open a finding for its cases.',
    trend: 'Score trend',
    trendHelp: 'The average and the units with most cases over the last four quarters (dashed: average).',
    trendHelpYear: 'The average and the units with most cases over the last three years (dashed: average).',
  },
});

/** 考核评价: a period's appraisal of the units, its findings down to the cases, trends, reports and publication. */
export default function AppraisalPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('period');
  const period = requested && PERIOD_PATTERN.test(requested) ? requested : currentQuarter();
  const periodText = periodLabel(period, lang);
  const choices = useMemo(() => periodChoices(), []);
  const appraisal = useAppraisal(period);
  const history = useReportHistory();
  const [drill, setDrill] = useState<{ unit: UnitAppraisal; finding: Finding }>();
  const data = appraisal.data?.period === period ? appraisal.data : undefined;
  const units = data?.units ?? [];
  const publishedEntry = history.data?.find((e) => e.subject === `appraisal:${period}`);
  const average = units.length ? units.reduce((s, u) => s + u.score, 0) / units.length : null;
  const findingCases = new Set(units.flatMap((u) => u.findings.flatMap((f) => f.cases.map((c) => c.petitionId)))).size;

  const options = [
    { label: t('quarters'), title: t('quarters'), options: choices.quarters.map((p) => ({ value: p, label: periodLabel(p, lang) })) },
    { label: t('years'), title: t('years'), options: choices.years.map((p) => ({ value: p, label: periodLabel(p, lang) })) },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={data ? t('subtitle', { period: periodText, version: data.configVersion, asOf: formatDateTime(data.asOf, lang) }) : periodText}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={12} justify="space-between" align="center">
          <Form layout="inline" style={{ rowGap: 8 }} onSubmitCapture={(e) => e.preventDefault()}>
            <Form.Item label={t('period')} htmlFor="appraisal-period" style={{ marginInlineEnd: 0 }}>
              <Select
                id="appraisal-period"
                data-testid="appraisal-period"
                value={period}
                options={options}
                style={{ width: 190 }}
                onChange={(value: string) => setSearch((s) => ({ ...Object.fromEntries(s), period: value }))}
              />
            </Form.Item>
          </Form>
          <ReportActions period={period} periodText={periodText} provisional={data?.provisional ?? true} publishedEntry={publishedEntry} disabled={!data} />
        </Flex>
        <div style={{ marginTop: 8 }}>
          <Freshness updatedAt={appraisal.dataUpdatedAt} fetching={appraisal.isFetching} intervalMs={APPRAISAL_POLL_MS} onRefresh={() => void appraisal.refetch()} />
        </div>
      </Card>

      {appraisal.error ? <ProblemAlert error={appraisal.error} style={{ marginBottom: 16 }} /> : null}
      {data?.provisional && <Alert id="appraisal-provisional" type="warning" showIcon title={t('provisional', { period: periodText })} style={{ marginBottom: 16 }} />}

      {!data && !appraisal.error ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : data ? (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {[
              { key: 'units', value: units.length },
              { key: 'average', value: average === null ? '—' : average.toFixed(1) },
              { key: 'excellent', value: units.filter((u) => u.grade === 'excellent').length },
              { key: 'fail', value: units.filter((u) => u.grade === 'fail').length },
              { key: 'findingCases', value: findingCases },
            ].map((s) => (
              <Col key={s.key} xs={12} sm={8} lg={{ flex: '1 1 0' }}>
                <Card size="small">
                  <Statistic title={t(s.key as 'units')} value={s.value} />
                </Card>
              </Col>
            ))}
          </Row>

          <Card size="small" style={{ marginBottom: 16 }}>
            <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
              {t('ranking')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('rankingHelp')}</Typography.Paragraph>
            <AppraisalTable units={units} periodText={periodText} onFinding={(unit, finding) => setDrill({ unit, finding })} />
          </Card>

          <Card size="small">
            <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
              {t('trend')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{isQuarter(period) ? t('trendHelp') : t('trendHelpYear')}</Typography.Paragraph>
            <TrendChart period={period} count={isQuarter(period) ? 4 : 3} />
          </Card>
        </>
      ) : null}

      <FindingDrawer unit={drill?.unit} finding={drill?.finding} periodText={periodText} onClose={() => setDrill(undefined)} />
    </>
  );
}
