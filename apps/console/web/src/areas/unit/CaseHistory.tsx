import { Card, Collapse, Descriptions, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { useVocab } from './labels';
import { useUnitName, type UnitCase } from './unit-api';

const messages = defineMessages({
  'zh-CN': {
    history: '办理记录',
    replies: '答复记录',
    received: '收到信访（{channel}）',
    assigned: '交办至{unit}',
    instruction: '领导批示（{leader}）：{text}',
    accepted: '受理',
    notAccepted: '不予受理：{reason}（{basis}）',
    returned: '退回：{reason}',
    transferred: '转送{body}：{reason}',
    extRequested: '申请延期 {days} 天：{reason}',
    extDecided: '延期申请{status}',
    approved: '已批准',
    refused: '未批准',
    coordination: '申请联席办协调：{reason}',
    convened: '联席会商：{opinion}',
    replied: '第 {round} 轮答复（{outcome}）',
    reopened: '重新办理（{reason}）{note}',
    orderIssued: '收到督办单 {id}：{reason}',
    orderAnswered: '回复督办单 {id}',
    opinion: '{unit}提交协办意见',
    completed: '报告落实情况',
    closed: '办结',
    round: '第 {round} 轮 · {outcome} · {at}',
    text: '答复全文',
    facts: '查明的事实',
    decision: '处理意见',
    basis: '处理依据',
    promisedBy: '承诺完成日期',
    nextCheckAt: '下次核查日期',
    none: '尚无答复',
  },
  en: {
    history: 'History',
    replies: 'Replies',
    received: 'Received ({channel})',
    assigned: 'Assigned to {unit}',
    instruction: 'Instruction ({leader}): {text}',
    accepted: 'Accepted',
    notAccepted: 'Not accepted: {reason} ({basis})',
    returned: 'Returned: {reason}',
    transferred: 'Transferred to {body}: {reason}',
    extRequested: 'Extension of {days} days requested: {reason}',
    extDecided: 'Extension {status}',
    approved: 'approved',
    refused: 'refused',
    coordination: 'Coordination requested: {reason}',
    convened: 'Joint office convened: {opinion}',
    replied: 'Reply, round {round} ({outcome})',
    reopened: 'Reopened ({reason}) {note}',
    orderIssued: 'Supervision order {id}: {reason}',
    orderAnswered: 'Order {id} answered',
    opinion: 'Assisting opinion from {unit}',
    completed: 'Completion reported',
    closed: 'Closed',
    round: 'Round {round} · {outcome} · {at}',
    text: 'Full text',
    facts: 'Facts found',
    decision: 'Decision',
    basis: 'Basis',
    promisedBy: 'Promised by',
    nextCheckAt: 'Next check',
    none: 'No reply yet',
  },
});

/** What happened to the case, oldest first: from the case's own record (no other request needed). */
export function CaseHistory({ c }: { c: UnitCase }) {
  const t = useMessages(messages);
  const v = useVocab();
  const unitName = useUnitName();
  const events: { at: string; text: string; color?: string }[] = [
    { at: c.receivedAt, text: t('received', { channel: v.channel(c.channel) }) },
    { at: c.assignedAt, text: t('assigned', { unit: c.leadUnitName }) },
    ...c.instructions.map((i) => ({ at: i.at, text: t('instruction', { leader: i.leaderId, text: i.instruction }) })),
    ...(c.acceptedAt ? [{ at: c.acceptedAt, text: t('accepted'), color: 'blue' }] : []),
    ...(c.notAccepted ? [{ at: c.notAccepted.decidedAt, text: t('notAccepted', { reason: c.notAccepted.reason, basis: c.notAccepted.legalBasis }), color: 'gray' }] : []),
    ...(c.returned ? [{ at: c.returned.returnedAt, text: t('returned', { reason: c.returned.reason }), color: 'orange' }] : []),
    ...(c.transferred ? [{ at: c.transferred.transferredAt, text: t('transferred', { body: c.transferred.toBody, reason: c.transferred.reason }), color: 'gray' }] : []),
    ...(c.extension ? [{ at: c.extension.requestedAt, text: t('extRequested', { days: c.extension.days, reason: c.extension.reason }) }] : []),
    ...(c.extension?.decidedAt && c.extension.status !== 'pending' ? [{ at: c.extension.decidedAt, text: t('extDecided', { status: t(c.extension.status) }) }] : []),
    ...(c.coordination ? [{ at: c.coordination.requestedAt, text: t('coordination', { reason: c.coordination.reason }) }] : []),
    ...(c.jointHandling ? [{ at: c.jointHandling.convenedAt, text: t('convened', { opinion: c.jointHandling.opinion }) }] : []),
    ...c.assistOpinions.filter((o) => o.submittedAt).map((o) => ({ at: o.submittedAt!, text: t('opinion', { unit: unitName(o.unitId) }) })),
    ...c.replies.map((r) => ({ at: r.repliedAt, text: t('replied', { round: r.round, outcome: v.outcome(r.outcome) }), color: 'green' })),
    ...c.reopenings.map((r) => ({ at: r.reopenedAt, text: t('reopened', { reason: v.reopenReason(r.reason), note: r.note ? `：${r.note}` : '' }), color: 'red' })),
    ...c.supervisionOrders.map((o) => ({ at: o.issuedAt, text: t('orderIssued', { id: o.orderId, reason: v.orderReason(o.reason) }), color: 'red' })),
    ...c.supervisionOrders.filter((o) => o.answeredAt).map((o) => ({ at: o.answeredAt!, text: t('orderAnswered', { id: o.orderId }) })),
    ...(c.promise?.completedAt ? [{ at: c.promise.completedAt, text: t('completed') }] : []),
    ...(c.closure ? [{ at: c.closure.closedAt, text: t('closed'), color: 'gray' }] : []),
  ].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <section aria-labelledby="replies-heading">
          <Typography.Title level={2} id="replies-heading" style={{ fontSize: 16, marginTop: 0 }}>
            {t('replies')}
          </Typography.Title>
          {c.replies.length === 0 ? (
            <Typography.Text type="secondary">{t('none')}</Typography.Text>
          ) : (
            <Collapse
              size="small"
              defaultActiveKey={[String(c.replies[c.replies.length - 1]?.round)]}
              items={[...c.replies].reverse().map((r) => ({
                key: String(r.round),
                label: t('round', { round: r.round, outcome: v.outcome(r.outcome), at: formatDateTime(r.repliedAt, v.lang) }),
                children: (
                  <>
                    <Descriptions
                      size="small"
                      column={1}
                      items={[
                        ...(r.facts ? [{ key: 'facts', label: t('facts'), children: r.facts }] : []),
                        ...(r.decision ? [{ key: 'decision', label: t('decision'), children: r.decision }] : []),
                        ...(r.basis ? [{ key: 'basis', label: t('basis'), children: r.basis }] : []),
                        ...(r.promisedBy ? [{ key: 'promisedBy', label: t('promisedBy'), children: formatDateTime(r.promisedBy, v.lang) }] : []),
                        ...(r.nextCheckAt ? [{ key: 'nextCheckAt', label: t('nextCheckAt'), children: formatDateTime(r.nextCheckAt, v.lang) }] : []),
                      ]}
                    />
                    <Typography.Text strong>{t('text')}</Typography.Text>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 8, borderRadius: 4 }}>{r.text}</Typography.Paragraph>
                  </>
                ),
              }))}
            />
          )}
        </section>
      </Card>
      <Card size="small" style={{ marginBottom: 16 }}>
        <section aria-labelledby="history-heading">
          <Typography.Title level={2} id="history-heading" style={{ fontSize: 16, marginTop: 0 }}>
            {t('history')}
          </Typography.Title>
          <Timeline
            items={events.map((e, i) => ({
              key: i,
              color: e.color,
              content: (
                <>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {formatDateTime(e.at, v.lang)}
                  </Typography.Text>
                  {e.text}
                </>
              ),
            }))}
          />
        </section>
      </Card>
    </>
  );
}
