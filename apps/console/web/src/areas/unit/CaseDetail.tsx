import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { DuplicateRelations } from '@contracts/vocabulary';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useSession } from '../../auth/session';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { WarningLight } from '../../components/WarningLight';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLabel, useMessages } from '../../i18n/i18n';
import { CaseActions } from './CaseActions';
import { CaseHistory } from './CaseHistory';
import { AssistPanel, DeadlinesPanel, OrdersPanel } from './CaseSidePanels';
import { ContactReveal } from './ContactReveal';
import { ReplyForm } from './ReplyForm';
import { SimpleList } from './SimpleList';
import { lightOf } from './case-clock';
import { StatusTag, useVocab } from './labels';
import { POLL_MS, useCase, useCaseAttachments, useUnitName, type UnitCase } from './unit-api';

const messages = defineMessages({
  'zh-CN': {
    title: '案件 {n}',
    loading: '案件',
    back: '返回工作台',
    overview: '案件信息',
    subject: '主题',
    kind: '类型',
    category: '问题分类',
    channel: '渠道',
    received: '收到时间',
    status: '状态',
    light: '预警',
    lead: '主办单位',
    assisting: '协办单位',
    leader: '包案领导',
    confidential: '检举控告件（保密）',
    text: '诉求内容',
    instruction: '领导批示',
    attachments: '附件',
    duplicates: '重复件',
    download: '下载附件 {name}',
    attachmentName: '附件 {n}（{type}，{size}）',
    attachmentsSealed: '检举控告件的证据材料对承办单位保密，如需查看请联系联席办。',
    reopened: '本案重新办理（{reason}）',
    reopenNote: '意见：{note}',
    newDeadline: '新的办理期限：{at}',
    assistingRole: '本单位为协办单位：请在期限内提交协办意见，由主办单位答复。',
  },
  en: {
    title: 'Case {n}',
    loading: 'Case',
    back: 'Back to the workbench',
    overview: 'Case',
    subject: 'Subject',
    kind: 'Kind',
    category: 'Category',
    channel: 'Channel',
    received: 'Received',
    status: 'Status',
    light: 'Light',
    lead: 'Lead unit',
    assisting: 'Assisting units',
    leader: 'Leader in charge',
    confidential: 'Confidential report',
    text: 'What the petitioner wrote',
    instruction: "Leaders' instructions",
    attachments: 'Attachments',
    duplicates: 'Duplicates',
    download: 'Download attachment {name}',
    attachmentName: 'Attachment {n} ({type}, {size})',
    attachmentsSealed: 'A confidential report’s evidence is sealed from units; ask the joint office if you need it.',
    reopened: 'Reopened ({reason})',
    reopenNote: 'Note: {note}',
    newDeadline: 'New handling deadline: {at}',
    assistingRole: 'Your unit assists: submit your opinion in time; the lead unit replies.',
  },
});

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} style={{ marginTop: 16 }}>
      <Typography.Title level={2} id={id} style={{ fontSize: 16 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

const TYPE_NAMES: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/gif': 'GIF', 'image/webp': 'WebP', 'image/heic': 'HEIC', 'application/pdf': 'PDF' };

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** 附件: the evidence the petitioner sent, downloaded through intake (which checks the unit again). */
function Attachments({ petitionId }: { petitionId: string }) {
  const t = useMessages(messages);
  const api = useApi();
  const attachments = useCaseAttachments(petitionId);
  const items = attachments.data?.items ?? [];
  if (!attachments.data?.sealed && items.length === 0 && !attachments.error) return null;
  return (
    <Section id="attachments-heading" title={t('attachments')}>
      <ProblemAlert error={attachments.error} />
      {attachments.data?.sealed && <Typography.Text type="secondary">{t('attachmentsSealed')}</Typography.Text>}
      <Space wrap>
        {items.map((a, i) => {
          const name = t('attachmentName', { n: i + 1, type: TYPE_NAMES[a.contentType] ?? a.contentType, size: size(a.size) });
          const extension = a.contentType === 'application/pdf' ? 'pdf' : (TYPE_NAMES[a.contentType] ?? 'bin').toLowerCase();
          return (
            <Button
              key={a.id}
              icon={<PaperClipOutlined aria-hidden />}
              aria-label={t('download', { name })}
              onClick={() => void api.download('intake', `/v1/petitions/${encodeURIComponent(petitionId)}/attachments/${encodeURIComponent(a.id)}`, `${petitionId.slice(0, 8)}-${i + 1}.${extension}`)}
            >
              {name}
            </Button>
          );
        })}
      </Space>
    </Section>
  );
}

function Overview({ c }: { c: UnitCase }) {
  const t = useMessages(messages);
  const v = useVocab();
  const label = useLabel();
  const unitName = useUnitName();
  const instructions = c.instructions.length ? c.instructions.map((i) => `${i.instruction}（${i.leaderId}）`) : c.instruction ? [c.instruction] : [];
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <section aria-labelledby="overview-heading">
        <Typography.Title level={2} id="overview-heading" style={{ fontSize: 16, marginTop: 0 }}>
          {t('overview')}
        </Typography.Title>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 2 }}
          items={[
            { key: 'status', label: t('status'), children: <StatusTag status={c.status} /> },
            { key: 'light', label: t('light'), children: <WarningLight light={lightOf(c)} /> },
            { key: 'kind', label: t('kind'), children: v.kind(c.kind) + (c.confidential ? ` · ${t('confidential')}` : '') },
            { key: 'category', label: t('category'), children: [c.category.level1, c.category.level2, c.category.level3].filter(Boolean).join(' / ') },
            { key: 'channel', label: t('channel'), children: v.channel(c.channel) },
            { key: 'received', label: t('received'), children: formatDateTime(c.receivedAt, v.lang) },
            { key: 'lead', label: t('lead'), children: c.leadUnitName },
            { key: 'assisting', label: t('assisting'), children: c.assistingUnitIds.map(unitName).join('、') || '—' },
            ...(c.leaderInCharge ? [{ key: 'leader', label: t('leader'), children: c.leaderInCharge }] : []),
          ]}
        />
        <Section id="text-heading" title={t('text')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="case-text">
            {c.text}
          </Typography.Paragraph>
        </Section>
        {instructions.length > 0 && (
          <Section id="instruction-heading" title={t('instruction')}>
            {instructions.map((text, i) => (
              <Alert key={i} type="info" title={text} style={{ marginBottom: 8 }} />
            ))}
          </Section>
        )}
        <Attachments petitionId={c.petitionId} />
        {c.duplicates && c.duplicates.length > 0 && (
          <Section id="duplicates-heading" title={t('duplicates')}>
            <SimpleList
              border
              items={c.duplicates}
              rowKey={(d) => d.caseNumber}
              render={(d) => (
                <>
                  {d.caseNumber}
                  {d.relation ? ` · ${label((DuplicateRelations.labels as Record<string, { 'zh-CN': string; en: string }>)[d.relation], d.relation)}` : ''}
                  {d.linkedAt ? ` · ${formatDateTime(d.linkedAt, v.lang)}` : ''}
                </>
              )}
            />
          </Section>
        )}
      </section>
    </Card>
  );
}

/** 案件详情: the matter, its deadlines and orders, what happened, and what the unit may do now. */
export default function CaseDetail() {
  const { petitionId = '' } = useParams();
  const t = useMessages(messages);
  const v = useVocab();
  const { session } = useSession();
  const query = useCase(petitionId);
  const c = query.data;
  const reopening = c?.status === 'reopened' ? c.reopenings[c.reopenings.length - 1] : undefined;
  const lead = c?.leadUnitId === session?.unitId;

  return (
    <>
      <PageTitle
        title={c ? t('title', { n: c.caseNumber }) : t('loading')}
        subtitle={c?.subject}
        extra={
          <Flex gap={8} align="center" wrap>
            {c && <Freshness updatedAt={query.dataUpdatedAt} fetching={query.isFetching} intervalMs={POLL_MS} onRefresh={() => void query.refetch()} />}
            <Link to="/staff/unit">
              <ArrowLeftOutlined aria-hidden /> {t('back')}
            </Link>
          </Flex>
        }
      />
      <ProblemAlert error={query.error} style={{ marginBottom: 16 }} />
      {query.isLoading && <Skeleton active />}
      {c && (
        <>
          {reopening && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('reopened', { reason: v.reopenReason(reopening.reason) })}
              description={
                <>
                  {reopening.note && <div>{t('reopenNote', { note: reopening.note })}</div>}
                  <div>{t('newDeadline', { at: formatDateTime(reopening.handleBy, v.lang) })}</div>
                </>
              }
            />
          )}
          {!lead && session?.unitId && c.assistingUnitIds.includes(session.unitId) && <Alert type="info" showIcon title={t('assistingRole')} style={{ marginBottom: 16 }} />}
          <CaseActions c={c} unitId={session?.unitId} />
          <Row gutter={16}>
            <Col xs={24} lg={16}>
              <Overview c={c} />
              {lead && (c.status === 'accepted' || c.status === 'reopened') && <ReplyForm key={`${c.petitionId}-${c.round}`} c={c} />}
              <CaseHistory c={c} />
            </Col>
            <Col xs={24} lg={8}>
              <DeadlinesPanel c={c} />
              <OrdersPanel c={c} unitId={session?.unitId} />
              <AssistPanel c={c} />
              <Card size="small" style={{ marginBottom: 16 }}>
                <ContactReveal c={c} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
