import { Alert, Button, Card, Descriptions, Empty, Form, Input, Modal, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Channels, PetitionKinds, Urgencies } from '@contracts/vocabulary';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api/client';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages, type Lang } from '../../i18n/i18n';
import { NOT_ACCEPTED_INTERVAL_MS, useNotAcceptedAgain, useRoutingPetition, useUndoLink, useUnitNames, type NotAcceptedAgainItem, type RoutingPetitionView } from './operator-api';
import { DECISION, label, ROUTING_STATUS } from './operator-labels';

const messages = defineMessages({
  'zh-CN': {
    title: '查找与撤销判重',
    caseNumber: '受理编号',
    caseNumberHelp: '例如 SW-2026-000123',
    caseNumberInvalid: '受理编号形如 SW-2026-000123',
    search: '查找',
    notFound: '没有编号为 {caseNumber} 的信访件。',
    status: '状态',
    decision: '判重结论',
    linkedTo: '并入',
    receivedAt: '登记时间',
    channel: '渠道',
    subject: '主题',
    confidential: '保密件（检举控告）',
    kind: '类型',
    category: '分类',
    urgency: '紧急程度',
    proposal: '建议承办',
    lead: '主办单位',
    assisting: '协办单位',
    instruction: '领导批示',
    acceptBy: '受理期限',
    handleBy: '办理期限',
    undone: '已撤销判重',
    undoneBy: '{by} 于 {at} 撤销，理由：{reason}',
    undo: '撤销判重',
    undoTitle: '撤销 {caseNumber} 的判重',
    undoIntro: '此件将不再并入 {original}，按新件重新分类、交办。撤销操作会留痕。',
    reason: '撤销理由',
    reasonHelp: '例如：来电人说明为不同地点的另一事项',
    reasonRequired: '请填写撤销理由',
    confirm: '确认撤销',
    cancel: '取消',
    undoneNow: '已撤销判重，此件已重新分流（{status}）。',
    notAccepted: '不再受理的事项',
    notAcceptedIntro: '复核后同一人就同一事实再次信访的，不再受理（《信访工作条例》第三十五条）。来电时请告知来电人。',
    original: '原件',
    decidedAt: '决定时间',
    basis: '依据',
    none: '暂无',
  },
  en: {
    title: 'Find & undo links',
    caseNumber: 'Case number',
    caseNumberHelp: 'e.g. SW-2026-000123',
    caseNumberInvalid: 'A case number looks like SW-2026-000123',
    search: 'Find',
    notFound: 'No petition has the case number {caseNumber}.',
    status: 'Status',
    decision: 'Duplicate decision',
    linkedTo: 'Linked to',
    receivedAt: 'Registered at',
    channel: 'Channel',
    subject: 'Subject',
    confidential: 'Confidential report',
    kind: 'Kind',
    category: 'Category',
    urgency: 'Urgency',
    proposal: 'Proposed unit',
    lead: 'Lead unit',
    assisting: 'Assisting units',
    instruction: 'Leader’s instruction',
    acceptBy: 'Accept by',
    handleBy: 'Handle by',
    undone: 'Link undone',
    undoneBy: 'Undone by {by} at {at}: {reason}',
    undo: 'Undo the link',
    undoTitle: 'Undo the link of {caseNumber}',
    undoIntro: 'It will no longer be linked to {original}; it is classified and assigned as a new matter. The undo is audited.',
    reason: 'Reason',
    reasonHelp: 'e.g. the caller explained it is another matter at another place',
    reasonRequired: 'Please give a reason',
    confirm: 'Undo the link',
    cancel: 'Cancel',
    undoneNow: 'The link is undone; the petition was routed again ({status}).',
    notAccepted: 'Not accepted again',
    notAcceptedIntro: 'The same person on the same facts after re-review is not accepted again (Regulations on Petitions, art. 35). Tell callers so.',
    original: 'Original',
    decidedAt: 'Decided at',
    basis: 'Basis',
    none: 'None',
  },
});

const CASE_NUMBER = /^[A-Z]{2,6}-\d{4}-\d{6,}$/;

/** 查找与撤销判重: a petition by its case number as routing sees it, and undoing a wrong link. */
export default function FindPage() {
  const t = useMessages(messages);
  const [params, setParams] = useSearchParams();
  const caseNumber = params.get('caseNumber')?.trim().toUpperCase() || undefined;
  const [form] = Form.useForm<{ caseNumber: string }>();
  const petition = useRoutingPetition(caseNumber && CASE_NUMBER.test(caseNumber) ? caseNumber : undefined);

  useEffect(() => form.setFieldsValue({ caseNumber: caseNumber ?? '' }), [caseNumber, form]);

  const notFound = petition.error instanceof ApiProblem && petition.error.status === 404;
  return (
    <>
      <PageTitle title={t('title')} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Form form={form} layout="inline" onFinish={(v) => setParams({ caseNumber: v.caseNumber.trim().toUpperCase() })} aria-label={t('search')}>
            <Form.Item
              name="caseNumber"
              label={t('caseNumber')}
              rules={[{ required: true, transform: (v: string) => v?.trim().toUpperCase(), pattern: CASE_NUMBER, message: t('caseNumberInvalid') }]}
              extra={t('caseNumberHelp')}
            >
              <Input autoFocus autoComplete="off" maxLength={32} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={petition.isFetching}>
                {t('search')}
              </Button>
            </Form.Item>
          </Form>
        </Card>
        {notFound && <Alert type="warning" showIcon role="status" title={t('notFound', { caseNumber: caseNumber ?? '' })} />}
        {!notFound && <ProblemAlert error={petition.error} />}
        {petition.data && <PetitionCard petition={petition.data} />}
        <NotAcceptedAgain />
      </Space>
    </>
  );
}

function PetitionCard({ petition }: { petition: RoutingPetitionView }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const unitName = useUnitNames();
  const [undoing, setUndoing] = useState(false);
  const [done, setDone] = useState<string>();
  const units = (ids: string[]) => (ids.length ? ids.map(unitName).join('、') : '—');
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{petition.caseNumber}</h2>}
      extra={petition.status === 'linked' && <Button danger onClick={() => setUndoing(true)}>{t('undo')}</Button>}
      data-testid="found-petition"
    >
      {done && <Alert type="success" showIcon role="status" style={{ marginBottom: 12 }} title={t('undoneNow', { status: label(ROUTING_STATUS, done, lang) })} />}
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('status')}>
          <Tag data-testid="found-status">{label(ROUTING_STATUS, petition.status, lang)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('decision')}>
          <span data-testid="found-decision">{label(DECISION, petition.decision, lang)}</span>
          {petition.linkedTo && (
            <>
              {' · '}
              {t('linkedTo')}{' '}
              {petition.linkedTo.caseNumber ? (
                <Link to={`?caseNumber=${encodeURIComponent(petition.linkedTo.caseNumber)}`} data-testid="found-linked-to">
                  {petition.linkedTo.caseNumber}
                </Link>
              ) : (
                petition.linkedTo.petitionId
              )}
            </>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('receivedAt')}>{formatDateTime(petition.receivedAt, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('channel')}>{Channels.has(petition.channel) ? Channels.label(petition.channel, lang) : petition.channel}</Descriptions.Item>
        <Descriptions.Item label={t('subject')} span={2}>
          {petition.subject} {petition.confidential && <Tag color="purple">{t('confidential')}</Tag>}
        </Descriptions.Item>
        {petition.triage && (
          <>
            <Descriptions.Item label={t('kind')}>{PetitionKinds.has(petition.triage.kind) ? PetitionKinds.label(petition.triage.kind, lang) : petition.triage.kind}</Descriptions.Item>
            <Descriptions.Item label={t('category')}>{petition.triage.category}</Descriptions.Item>
            <Descriptions.Item label={t('urgency')}>{Urgencies.has(petition.triage.urgency) ? Urgencies.label(petition.triage.urgency, lang) : petition.triage.urgency}</Descriptions.Item>
          </>
        )}
        {petition.proposal && !petition.assignment && <Descriptions.Item label={t('proposal')}>{units([petition.proposal.leadUnitId])}</Descriptions.Item>}
        {petition.assignment && (
          <>
            <Descriptions.Item label={t('lead')}>{unitName(petition.assignment.leadUnitId)}</Descriptions.Item>
            <Descriptions.Item label={t('assisting')}>{units(petition.assignment.assistingUnitIds)}</Descriptions.Item>
            {petition.assignment.instruction && (
              <Descriptions.Item label={t('instruction')} span={2}>
                {petition.assignment.instruction}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('acceptBy')}>{formatDateTime(petition.assignment.acceptBy, lang)}</Descriptions.Item>
            <Descriptions.Item label={t('handleBy')}>{formatDateTime(petition.assignment.handleBy, lang)}</Descriptions.Item>
          </>
        )}
        {petition.linkUndone && (
          <Descriptions.Item label={t('undone')} span={2}>
            {t('undoneBy', { by: petition.linkUndone.by, at: formatDateTime(petition.linkUndone.at, lang), reason: petition.linkUndone.reason })}
          </Descriptions.Item>
        )}
      </Descriptions>
      {undoing && (
        <UndoLinkModal
          petition={petition}
          onClose={(status) => {
            setUndoing(false);
            if (status) setDone(status);
          }}
        />
      )}
    </Card>
  );
}

function UndoLinkModal({ petition, onClose }: { petition: RoutingPetitionView; onClose: (status?: string) => void }) {
  const t = useMessages(messages);
  const undo = useUndoLink();
  const [form] = Form.useForm<{ reason: string }>();
  const original = petition.linkedTo?.caseNumber ?? petition.linkedTo?.petitionId ?? '';
  return (
    <Modal
      open
      title={t('undoTitle', { caseNumber: petition.caseNumber })}
      okText={t('confirm')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true, loading: undo.isPending }}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('undoIntro', { original })}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => undo.mutate({ petitionId: petition.petitionId, caseNumber: petition.caseNumber, reason: v.reason.trim() }, { onSuccess: (r) => onClose(r.status) })}
      >
        <Form.Item name="reason" label={t('reason')} extra={t('reasonHelp')} rules={[{ required: true, whitespace: true, message: t('reasonRequired') }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} autoFocus />
        </Form.Item>
      </Form>
      <ProblemAlert error={undo.error} />
    </Modal>
  );
}

function NotAcceptedAgain() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const list = useNotAcceptedAgain();
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('notAccepted')}</h2>}
      extra={<Freshness updatedAt={list.dataUpdatedAt} fetching={list.isFetching} intervalMs={NOT_ACCEPTED_INTERVAL_MS} onRefresh={() => void list.refetch()} />}
    >
      <Typography.Paragraph type="secondary">{t('notAcceptedIntro')}</Typography.Paragraph>
      <ProblemAlert error={list.error} />
      <Table<NotAcceptedAgainItem>
        rowKey="petitionId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        columns={columns(t, lang)}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} /> }}
      />
    </Card>
  );
}

function columns(t: (key: keyof (typeof messages)['en'], vars?: Record<string, string | number>) => string, lang: Lang): TableColumnsType<NotAcceptedAgainItem> {
  const find = (caseNumber: string) => <Link to={`?caseNumber=${encodeURIComponent(caseNumber)}`}>{caseNumber}</Link>;
  return [
    { title: t('caseNumber'), dataIndex: 'caseNumber', render: find, width: 160 },
    { title: t('subject'), dataIndex: 'subject', ellipsis: true },
    { title: t('original'), dataIndex: 'originalCaseNumber', render: find, width: 160 },
    { title: t('decidedAt'), dataIndex: 'decidedAt', render: (v: string) => formatDateTime(v, lang), width: 170 },
    { title: t('basis'), dataIndex: 'legalBasis', ellipsis: true },
  ];
}
