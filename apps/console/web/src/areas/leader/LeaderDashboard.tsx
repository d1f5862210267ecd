import { BellOutlined, ClockCircleOutlined, FileDoneOutlined, SolutionOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { WarningLights } from '@contracts/vocabulary';
import { Chart } from '../../components/Chart';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useLabel, useLang, useMessages } from '../../i18n/i18n';
import { useExtensionRequests, useInstructionQueue, useLeaderCases, useNotifications } from './leader-api';
import { formatWaiting } from './leader-labels';
import { LeaderTheme } from './LeaderTheme';
import { useNow } from './use-now';

const messages = defineMessages({
  'zh-CN': {
    heading: '领导工作台',
    waiting: '待阅示件',
    urgent: '其中紧急 {n} 件',
    cases: '包案件',
    overdue: '红灯 {n} 件',
    unread: '未读提醒',
    unreadHint: '紧急、重大、群体性事项',
    extensions: '待审批延期',
    extensionsHint: '承办单位延期申请',
    unit: '件',
    unitItem: '条',
    lights: '包案件警示灯分布',
    lightsAria: '包案件按警示灯：{text}',
    noCases: '暂无包案件',
    oldest: '等待最久的待阅示件',
    waited: '已等待 {d}',
    none: '暂无待批示的信访件',
    all: '查看全部',
  },
  en: {
    heading: 'Leader’s desk',
    waiting: 'To instruct',
    urgent: '{n} urgent',
    cases: 'My cases',
    overdue: '{n} red',
    unread: 'Unread notifications',
    unreadHint: 'Urgent, major and group matters',
    extensions: 'Extensions to decide',
    extensionsHint: 'Units’ extension requests',
    unit: '',
    unitItem: '',
    lights: 'My cases by warning light',
    lightsAria: 'My cases by warning light: {text}',
    noCases: 'No cases in your charge',
    oldest: 'Waiting longest',
    waited: 'waiting {d}',
    none: 'Nothing waits for an instruction',
    all: 'See all',
  },
});

const LIGHT_COLOURS: Record<string, string> = { red: '#cf1322', yellow: '#d48806', green: '#389e0d' };

function Tile({ to, title, value, suffix, hint, icon, testId }: { to: string; title: string; value?: number; suffix: string; hint: ReactNode; icon: ReactNode; testId: string }) {
  return (
    <Link to={to} style={{ display: 'block', height: '100%' }} data-testid={testId}>
      <Card size="small" hoverable style={{ height: '100%' }}>
        <Statistic title={title} value={value ?? '—'} suffix={suffix} prefix={icon} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint}
        </Typography.Text>
      </Card>
    </Link>
  );
}

/** The leader's numbers on the dashboard: what waits, the 包案 cases by light, unread notifications, extensions. */
export default function LeaderDashboard() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const label = useLabel();
  const now = useNow(60_000);
  const queue = useInstructionQueue();
  const cases = useLeaderCases();
  const unread = useNotifications(true);
  const extensions = useExtensionRequests('pending');

  const counts = useMemo(() => {
    const c: Record<string, number> = { red: 0, yellow: 0, green: 0 };
    for (const item of cases.data ?? []) if (item.light in c) c[item.light] += 1;
    return c;
  }, [cases.data]);
  const lightText = (['red', 'yellow', 'green'] as const).map((l) => `${label(WarningLights.labels[l])} ${counts[l]}`).join('，');
  const option = useMemo(() => {
    const lights = ['red', 'yellow', 'green'] as const;
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: lights.map((l) => label(WarningLights.labels[l])), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 28,
          label: { show: true, position: 'right', color: '#1f1f1f' },
          data: lights.map((l) => ({ value: counts[l], itemStyle: { color: LIGHT_COLOURS[l] } })),
        },
      ],
    };
  }, [counts, label]);
  const oldest = (queue.data ?? []).slice(0, 4);
  const urgent = (queue.data ?? []).filter((i) => i.urgency === 'urgent').length;

  return (
    <LeaderTheme>
      <section aria-labelledby="leader-dashboard-heading">
        <Typography.Title level={2} id="leader-dashboard-heading" style={{ fontSize: 18, marginTop: 0 }}>
          {t('heading')}
        </Typography.Title>
        <ProblemAlert error={queue.error ?? cases.error ?? unread.error ?? extensions.error} style={{ marginBottom: 12 }} />
        <Row gutter={[12, 12]}>
          <Col xs={12} lg={6}>
            <Tile to="/staff/leader" testId="leader-tile-queue" title={t('waiting')} value={queue.data?.length} suffix={t('unit')} hint={t('urgent', { n: urgent })} icon={<SolutionOutlined />} />
          </Col>
          <Col xs={12} lg={6}>
            <Tile to="/staff/leader/cases" testId="leader-tile-cases" title={t('cases')} value={cases.data?.length} suffix={t('unit')} hint={t('overdue', { n: counts.red })} icon={<FileDoneOutlined />} />
          </Col>
          <Col xs={12} lg={6}>
            <Tile to="/staff/leader/notifications" testId="leader-tile-unread" title={t('unread')} value={unread.data?.length} suffix={t('unitItem')} hint={t('unreadHint')} icon={<BellOutlined />} />
          </Col>
          <Col xs={12} lg={6}>
            <Tile to="/staff/leader/extensions" testId="leader-tile-extensions" title={t('extensions')} value={extensions.data?.length} suffix={t('unit')} hint={t('extensionsHint')} icon={<ClockCircleOutlined />} />
          </Col>
          <Col xs={24} lg={10}>
            <Card size="small" style={{ height: '100%' }}>
              <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
                {t('lights')}
              </Typography.Title>
              {cases.data && cases.data.length === 0 ? (
                <Empty description={t('noCases')} />
              ) : (
                <Chart option={option} height={180} label={t('lightsAria', { text: lightText })} />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card size="small" style={{ height: '100%' }}>
              <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
                {t('oldest')}
              </Typography.Title>
              {oldest.length === 0 ? (
                <Empty description={t('none')} />
              ) : (
                <ol style={{ margin: 0, paddingInlineStart: 20, display: 'grid', gap: 8 }}>
                  {oldest.map((item) => (
                    <li key={item.petitionId}>
                      <Link to={`/staff/leader?q=${encodeURIComponent(item.caseNumber)}`} style={{ textDecoration: 'underline' }}>
                        {item.subject}
                      </Link>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {' '}
                        · {item.caseNumber} · {t('waited', { d: formatWaiting(item.receivedAt, now, lang) })}
                      </Typography.Text>
                    </li>
                  ))}
                </ol>
              )}
              <div style={{ marginTop: 8 }}>
                <Link to="/staff/leader">{t('all')}</Link>
              </div>
            </Card>
          </Col>
        </Row>
      </section>
    </LeaderTheme>
  );
}
