import { Card, Descriptions, Empty, Flex, Form, Input, Space, Tag, Typography } from 'antd';
import { warningLight } from '@contracts/warning-light';
import type { ReactNode } from 'react';
import { useApi } from '../../api/use-api';
import { WarningLight } from '../../components/WarningLight';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { ActionModal } from './ActionModal';
import { clockOf, lightOf, useNow } from './case-clock';
import { useVocab } from './labels';
import { SimpleList } from './SimpleList';
import { useDueVisits, useUnitName, type UnitCase } from './unit-api';

const messages = defineMessages({
  'zh-CN': {
    deadlines: '期限与预警',
    light: '当前预警',
    acceptBy: '受理期限',
    handleBy: '办理期限',
    returnBy: '退回期限',
    visitBy: '回访期限',
    upper: '上级交办期限',
    overdue: '已超期',
    done: '已完成',
    extension: '延期申请',
    ext: '{days} 天 · {status}',
    pending: '待领导审批',
    approved: '已批准',
    refused: '未批准',
    orders: '督办单',
    noOrders: '无督办单',
    due: '限 {at} 前回复',
    answered: '已回复 {at}',
    answer: '回复督办',
    answerTitle: '回复督办单 {id}',
    answerText: '督办回复',
    answerOk: '督办回复已提交',
    submit: '提交',
    required: '请填写督办回复',
    assist: '协办单位意见',
    assistDue: '{unit} · 限 {at}',
    notYet: '尚未提交',
    promise: '承诺落实',
    promisedBy: '承诺 {at} 前办结',
    completed: '已落实 {at}',
  },
  en: {
    deadlines: 'Deadlines and light',
    light: 'Light now',
    acceptBy: 'Accept by',
    handleBy: 'Handle by',
    returnBy: 'Return by',
    visitBy: 'Visit by',
    upper: 'Upper-level due date',
    overdue: 'Overdue',
    done: 'Done',
    extension: 'Extension',
    ext: '{days} days · {status}',
    pending: 'awaiting a leader',
    approved: 'approved',
    refused: 'refused',
    orders: 'Supervision orders',
    noOrders: 'No orders',
    due: 'Answer by {at}',
    answered: 'Answered {at}',
    answer: 'Answer order',
    answerTitle: 'Answer order {id}',
    answerText: 'Answer',
    answerOk: 'Order answered',
    submit: 'Submit',
    required: 'Please write the answer',
    assist: 'Assisting units',
    assistDue: '{unit} · by {at}',
    notYet: 'Not submitted yet',
    promise: 'Promise',
    promisedBy: 'Promised by {at}',
    completed: 'Completed {at}',
  },
});

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <section aria-labelledby={id}>
        <Typography.Title level={2} id={id} style={{ fontSize: 16, marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </section>
    </Card>
  );
}

/** A due time with 已超期 in words when its clock has run out (never colour alone). */
function DueAt({ iso, running }: { iso?: string; running: boolean }) {
  const t = useMessages(messages);
  const { lang } = useVocab();
  const now = useNow();
  if (!iso) return <>—</>;
  const late = running && Date.parse(iso) < now;
  return (
    <Space size={4} wrap>
      <span>{formatDateTime(iso, lang)}</span>
      {late && <Tag color="error">{t('overdue')}</Tag>}
    </Space>
  );
}

export function DeadlinesPanel({ c }: { c: UnitCase }) {
  const t = useMessages(messages);
  const visits = useDueVisits();
  const visit = visits.data?.items.find((x) => x.caseNumber === c.caseNumber);
  const clock = clockOf(c);
  const handling = c.status === 'accepted' || c.status === 'reopened';
  const ext = c.extension;
  return (
    <Panel id="deadlines-heading" title={t('deadlines')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'light', label: t('light'), children: <WarningLight light={lightOf(c)} /> },
          { key: 'acceptBy', label: t('acceptBy'), children: c.acceptedAt ? <Tag>{t('done')}</Tag> : <DueAt iso={c.acceptBy} running={c.status === 'assigned'} /> },
          {
            key: 'handleBy',
            label: t('handleBy'),
            children: (
              <Space size={4} wrap>
                <DueAt iso={c.handleBy} running={handling} />
                {clock?.deadline === 'handle-by' && <WarningLight light={warningLight(clock, new Date())} />}
              </Space>
            ),
          },
          ...(c.deadlines.returnBy && c.status === 'assigned' ? [{ key: 'returnBy', label: t('returnBy'), children: <DueAt iso={c.deadlines.returnBy} running /> }] : []),
          ...(c.upperLevelDueBy ? [{ key: 'upper', label: t('upper'), children: <DueAt iso={c.upperLevelDueBy} running={handling} /> }] : []),
          ...(visit ? [{ key: 'visit', label: t('visitBy'), children: <DueAt iso={visit.dueBy} running /> }] : []),
          ...(ext ? [{ key: 'ext', label: t('extension'), children: t('ext', { days: ext.days, status: t(ext.status) }) }] : []),
        ]}
      />
    </Panel>
  );
}

export function OrdersPanel({ c, unitId }: { c: UnitCase; unitId?: string }) {
  const t = useMessages(messages);
  const v = useVocab();
  const api = useApi();
  const lead = c.leadUnitId === unitId;
  return (
    <Panel id="orders-heading" title={t('orders')}>
      {c.supervisionOrders.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noOrders')} />
      ) : (
        <SimpleList
          items={c.supervisionOrders}
          rowKey={(o) => o.orderId}
          render={(o) => (
            <Flex vertical gap={4}>
              <Space size={4} wrap>
                <Typography.Text strong>{o.orderId}</Typography.Text>
                {o.overdue && <Tag color="error">{t('overdue')}</Tag>}
              </Space>
              <div>{v.orderReason(o.reason)}</div>
              <Typography.Text type="secondary">{o.answeredAt ? t('answered', { at: formatDateTime(o.answeredAt, v.lang) }) : t('due', { at: formatDateTime(o.dueBy, v.lang) })}</Typography.Text>
              {o.answer && <Typography.Paragraph style={{ marginBottom: 0 }}>{o.answer}</Typography.Paragraph>}
              {lead && !o.answeredAt && (
                <div>
                  <ActionModal<{ answer: string }>
                    label={t('answer')}
                    title={t('answerTitle', { id: o.orderId })}
                    okText={t('submit')}
                    success={t('answerOk')}
                    buttonProps={{ size: 'small', type: 'primary' }}
                    submit={(x) => api.post('handling', `/v1/cases/${c.petitionId}/supervision-orders/${encodeURIComponent(o.orderId)}/answer`, x)}
                  >
                    <Typography.Paragraph>{v.orderReason(o.reason)}</Typography.Paragraph>
                    <Form.Item label={t('answerText')} name="answer" rules={[{ required: true, whitespace: true, message: t('required') }]}>
                      <Input.TextArea rows={4} maxLength={4000} />
                    </Form.Item>
                  </ActionModal>
                </div>
              )}
            </Flex>
          )}
        />
      )}
    </Panel>
  );
}

export function AssistPanel({ c }: { c: UnitCase }) {
  const t = useMessages(messages);
  const { lang } = useVocab();
  const unitName = useUnitName();
  if (c.assistOpinions.length === 0 && !c.promise) return null;
  return (
    <>
      {c.assistOpinions.length > 0 && (
        <Panel id="assist-heading" title={t('assist')}>
          <SimpleList
            items={c.assistOpinions}
            rowKey={(o) => o.unitId}
            render={(o) => (
              <Flex vertical gap={2}>
                <Typography.Text strong>{o.dueBy ? t('assistDue', { unit: unitName(o.unitId), at: formatDateTime(o.dueBy, lang) }) : unitName(o.unitId)}</Typography.Text>
                <Typography.Text type={o.opinion ? undefined : 'secondary'}>{o.opinion ?? t('notYet')}</Typography.Text>
              </Flex>
            )}
          />
        </Panel>
      )}
      {c.promise && (
        <Panel id="promise-heading" title={t('promise')}>
          <Space orientation="vertical" size={4}>
            <span>{t('promisedBy', { at: formatDateTime(c.promise.promisedBy, lang) })}</span>
            {c.promise.completedAt ? <span>{t('completed', { at: formatDateTime(c.promise.completedAt, lang) })}</span> : c.promise.overdue && <Tag color="error">{t('overdue')}</Tag>}
            {c.promise.note && <Typography.Paragraph style={{ marginBottom: 0 }}>{c.promise.note}</Typography.Paragraph>}
          </Space>
        </Panel>
      )}
    </>
  );
}
