import { PhoneOutlined, SearchOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { Freshness } from '../../components/Freshness';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { NOT_ACCEPTED_INTERVAL_MS, useNotAcceptedAgain } from './operator-api';

const messages = defineMessages({
  'zh-CN': {
    title: '来电登记',
    register: '登记新来电',
    find: '按编号查找、撤销判重',
    notAccepted: '近 30 天不再受理',
    latest: '最近的不再受理事项',
    none: '近 30 天没有不再受理的事项。',
    unit: '件',
  },
  en: {
    title: 'Hotline',
    register: 'Register a new call',
    find: 'Find by number, undo a link',
    notAccepted: 'Not accepted again, last 30 days',
    latest: 'Latest matters not accepted again',
    none: 'No matter was refused as not accepted again in the last 30 days.',
    unit: '',
  },
});

const DAY_MS = 86_400_000;

/** The operator's panel: where to start, and the matters callers must be told are not accepted again. */
export default function OperatorDashboard() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const list = useNotAcceptedAgain();
  // The dashboard reads the clock once per poll, not per render.
  const since = list.dataUpdatedAt - 30 * DAY_MS;
  const recent = (list.data ?? []).filter((item) => Date.parse(item.decidedAt) >= since);
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('title')}</h2>}
      extra={<Freshness updatedAt={list.dataUpdatedAt} fetching={list.isFetching} intervalMs={NOT_ACCEPTED_INTERVAL_MS} onRefresh={() => void list.refetch()} />}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Flex vertical gap={8}>
            <Link to="/staff/operator">
              <PhoneOutlined /> {t('register')}
            </Link>
            <Link to="/staff/operator/find">
              <SearchOutlined /> {t('find')}
            </Link>
          </Flex>
        </Col>
        <Col xs={24} md={6}>
          <Statistic title={t('notAccepted')} value={list.isSuccess ? recent.length : '—'} suffix={t('unit')} />
        </Col>
        <Col xs={24} md={10}>
          <Typography.Text type="secondary">{t('latest')}</Typography.Text>
          {recent.length === 0 ? (
            <Typography.Paragraph style={{ marginTop: 4 }}>{t('none')}</Typography.Paragraph>
          ) : (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {recent.slice(0, 5).map((item) => (
                <li key={item.petitionId}>
                  <Link to={`/staff/operator/find?caseNumber=${encodeURIComponent(item.caseNumber)}`}>{item.caseNumber}</Link> {item.subject} · {formatDateTime(item.decidedAt, lang)}
                </li>
              ))}
            </ul>
          )}
        </Col>
      </Row>
    </Card>
  );
}
