import { AppraisalFindings } from '@contracts/vocabulary';
import { Button, Flex, Grid, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatPercent } from '../../i18n/format';
import { defineMessages, useLabel, useLang, useMessages } from '../../i18n/i18n';
import { GradeTag } from './GradeTag';
import { INDICATORS } from './labels';
import type { Finding, Indicator, UnitAppraisal } from './organization-api';

const messages = defineMessages({
  'zh-CN': {
    caption: '{period}各单位考核得分、等次、排名与指标',
    rank: '名次',
    unit: '单位',
    cases: '件数',
    score: '得分',
    grade: '等次',
    commended: '表扬',
    deduction: '督办扣分',
    deductionTip: '超期督办单 {n} 件',
    findings: '四个不到位',
    noFinding: '无',
    findingButton: '{finding}（{n} 件）',
    findingAria: '查看{unit}“{finding}”的 {n} 件信访件',
    indicator: '指标',
    weight: '分值',
    figures: '分子/分母',
    rate: '比率',
    points: '得分',
    counted: '计算口径',
    detailCaption: '{unit}各项指标',
    full: '无可考核件，记满分',
    pointsTip: '{name}：{num}/{den}，得 {points} 分（满分 {weight}）',
    empty: '本期暂无参评单位。',
  },
  en: {
    caption: 'Scores, grades, ranks and indicators per unit, {period}',
    rank: 'Rank',
    unit: 'Unit',
    cases: 'Cases',
    score: 'Score',
    grade: 'Grade',
    commended: 'Commended',
    deduction: 'Order deduction',
    deductionTip: '{n} overdue supervision order(s)',
    findings: 'Findings',
    noFinding: 'None',
    findingButton: '{finding} ({n})',
    findingAria: 'Show the {n} case(s) of {unit} behind “{finding}”',
    indicator: 'Indicator',
    weight: 'Weight',
    figures: 'Num./den.',
    rate: 'Rate',
    points: 'Points',
    counted: 'How counted',
    detailCaption: 'Indicators of {unit}',
    full: 'Nothing to measure: full points',
    pointsTip: '{name}: {num}/{den}, {points} of {weight} points',
    empty: 'No units to appraise in this period.',
  },
});

type FindingLabel = { 'zh-CN': string; en: string };

function IndicatorDetail({ unit }: { unit: UnitAppraisal }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const rows = INDICATORS.map((d) => ({ ...d, value: unit.indicators.find((i) => i.code === d.code) })).filter((r): r is typeof r & { value: Indicator } => !!r.value);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="code"
      dataSource={rows}
      aria-label={t('detailCaption', { unit: unit.unitName })}
      scroll={{ x: 640 }}
      columns={[
        { title: t('indicator'), dataIndex: ['label', lang], width: 110 },
        { title: t('weight'), render: (_, r) => r.value.weight, width: 64, align: 'right' },
        { title: t('figures'), render: (_, r) => `${r.value.numerator}/${r.value.denominator}`, width: 90, align: 'right' },
        { title: t('rate'), render: (_, r) => (r.value.rate === null ? <Typography.Text type="secondary">{t('full')}</Typography.Text> : formatPercent(r.value.rate, lang)), width: 130 },
        { title: t('points'), render: (_, r) => r.value.points, width: 70, align: 'right' },
        { title: t('counted'), render: (_, r) => <Typography.Text type="secondary">{r.counted[lang]}</Typography.Text> },
      ]}
    />
  );
}

/** The units of a period, best first: rank, score, grade, each indicator's points and the findings to drill into. */
export function AppraisalTable({ units, periodText, onFinding }: { units: UnitAppraisal[]; periodText: string; onFinding: (unit: UnitAppraisal, finding: Finding) => void }) {
  const t = useMessages(messages);
  const label = useLabel();
  const { lang } = useLang();
  // On a phone, fixed columns would leave no room to scroll the rest into view.
  const fixed = Grid.useBreakpoint().md ? ('left' as const) : undefined;
  const columns: ColumnsType<UnitAppraisal> = [
    { title: t('rank'), dataIndex: 'rank', width: 64, align: 'center', fixed },
    {
      title: t('unit'),
      dataIndex: 'unitName',
      width: 150,
      fixed,
      render: (name: string, u) => (
        <Flex vertical gap={2} align="flex-start">
          <Typography.Text strong>{name}</Typography.Text>
          {u.commended && (
            <Tag style={{ marginInlineEnd: 0, color: '#613400', background: '#fffbe6', borderColor: '#ffd666' }}>
              <span aria-hidden="true">✿ </span>
              {t('commended')}
            </Tag>
          )}
        </Flex>
      ),
    },
    { title: t('score'), dataIndex: 'score', width: 72, align: 'right', render: (s: number) => <Typography.Text strong>{s.toFixed(1)}</Typography.Text> },
    { title: t('grade'), dataIndex: 'grade', width: 90, render: (g: string) => <GradeTag grade={g} /> },
    {
      title: t('findings'),
      key: 'findings',
      width: 200,
      render: (_, u) =>
        u.findings.length === 0 ? (
          <Typography.Text type="secondary">{t('noFinding')}</Typography.Text>
        ) : (
          <Flex wrap gap={4}>
            {u.findings.map((f) => {
              const name = label((AppraisalFindings.labels as Record<string, FindingLabel>)[f.code], f.code);
              return (
                <Button
                  key={f.code}
                  size="small"
                  style={{ color: '#a8071a', borderColor: '#ffa39e', background: '#fff1f0' }}
                  aria-label={t('findingAria', { unit: u.unitName, finding: name, n: f.cases.length })}
                  onClick={() => onFinding(u, f)}
                >
                  {t('findingButton', { finding: name, n: f.cases.length })}
                </Button>
              );
            })}
          </Flex>
        ),
    },
    { title: t('cases'), dataIndex: 'cases', width: 64, align: 'right' },
    ...INDICATORS.map((d) => ({
      title: (
        <Tooltip title={d.counted[lang]}>
          <span>{d.label[lang]}</span>
        </Tooltip>
      ),
      key: d.code,
      width: lang === 'en' ? 112 : 84,
      align: 'right' as const,
      render: (_: unknown, u: UnitAppraisal) => {
        const i = u.indicators.find((x) => x.code === d.code);
        if (!i) return '—';
        const tip = t('pointsTip', { name: d.label[lang], num: i.numerator, den: i.denominator, points: i.points, weight: i.weight });
        return (
          <Tooltip title={tip}>
            <span>
              {i.points}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                /{i.weight}
              </Typography.Text>
            </span>
          </Tooltip>
        );
      },
    })),
    {
      title: t('deduction'),
      dataIndex: 'deduction',
      width: 84,
      align: 'right',
      render: (d: number, u) => (d ? <Tooltip title={t('deductionTip', { n: u.overdueOrders })}>{`−${d}`}</Tooltip> : '0'),
    },
  ];
  return (
    <Table<UnitAppraisal>
      data-testid="appraisal-table"
      aria-label={t('caption', { period: periodText })}
      rowKey="unitId"
      size="middle"
      columns={columns}
      dataSource={units}
      pagination={units.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: lang === 'en' ? 1500 : 1280 }}
      locale={{ emptyText: t('empty') }}
      expandable={{ expandedRowRender: (u) => <IndicatorDetail unit={u} /> }}
    />
  );
}
