import { CheckOutlined, ClockCircleOutlined, EditOutlined, LockOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Channels, PetitionKinds, Urgencies } from '@contracts/vocabulary';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useLabel, useLang, useMessages } from '../../i18n/i18n';
import { formatDateTime, formatPercent } from '../../i18n/format';
import { InstructForm } from './InstructForm';
import { useInstruct, type PendingInstruction, type Unit } from './leader-api';
import { DEFAULT_PHRASE, formatWaiting, INSTRUCTION_REASONS, signalLabel } from './leader-labels';

const messages = defineMessages({
  'zh-CN': {
    received: '登记时间',
    waited: '已等待',
    channel: '来源渠道',
    kind: '信访类型',
    category: '问题分类',
    proposal: '拟办建议',
    proposalText: '主办：{lead}',
    assisting: '协办：{units}',
    confidence: '把握度 {p}',
    noProposal: '无拟办建议',
    why: '呈阅原因',
    signals: '紧急信号',
    mine: '写给您本人信箱',
    confidential: '检举控告件：信访人身份已保密',
    quick: '同意拟办',
    quickHint: '一键按拟办建议交办，批示“{text}”',
    quickNoProposal: '无拟办建议，请填写批示',
    full: '填写批示',
    close: '收起批示',
    done: '已批示交办：{caseNumber}',
    longWait: '等待超过 1 天',
  },
  en: {
    received: 'Registered',
    waited: 'Waiting for',
    channel: 'Channel',
    kind: 'Kind',
    category: 'Category',
    proposal: 'Proposed',
    proposalText: 'Lead: {lead}',
    assisting: 'Assisting: {units}',
    confidence: 'confidence {p}',
    noProposal: 'No proposal',
    why: 'Why it is here',
    signals: 'Urgency cues',
    mine: 'To your own mailbox',
    confidential: 'Report: the petitioner’s identity is sealed',
    quick: 'Approve as proposed',
    quickHint: 'One click assigns as proposed with the instruction “{text}”',
    quickNoProposal: 'No proposal: write the instruction',
    full: 'Write instruction',
    close: 'Close instruction',
    done: 'Instructed and assigned: {caseNumber}',
    longWait: 'Waiting over a day',
  },
});

/** One waiting item: what it is, why it is here, the proposal, and the two ways to instruct it. */
export function InstructionItem({ item, units, now }: { item: PendingInstruction; units: Map<string, Unit>; now: number }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const label = useLabel();
  const { message } = App.useApp();
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  const quick = useInstruct();
  const unitName = (id: string) => units.get(id)?.name ?? id;
  const urgent = item.urgency === 'urgent';
  const waitedMs = now - new Date(item.receivedAt).getTime();
  const formId = `instruct-panel-${item.petitionId}`;
  const headingId = `instruct-heading-${item.petitionId}`;

  const approveAsProposed = () =>
    quick.mutate(
      { petitionId: item.petitionId, body: { decision: 'approve', instruction: DEFAULT_PHRASE[lang], leadUnitId: item.proposedLeadUnitId, assistingUnitIds: item.proposedAssistingUnitIds } },
      { onSuccess: (r) => void message.success(t('done', { caseNumber: r.caseNumber })) },
    );

  return (
    <Card
      size="small"
      data-testid="instruction-item"
      data-case-number={item.caseNumber}
      aria-labelledby={headingId}
      role="article"
      style={{ borderInlineStart: `4px solid ${urgent ? '#cf1322' : '#1d4ed8'}` }}
    >
      <Flex wrap gap={6} align="center" style={{ marginBottom: 4 }}>
        <Typography.Text code>{item.caseNumber}</Typography.Text>
        {urgent && (
          <Tag color="error" icon={<WarningOutlined />}>
            {label(Urgencies.labels.urgent)}
          </Tag>
        )}
        {item.leaderId && item.leaderId === session?.leaderId && <Tag color="purple">{t('mine')}</Tag>}
        {item.confidential && (
          <Tag icon={<LockOutlined />} color="default">
            {label(PetitionKinds.labels.report)}
          </Tag>
        )}
        {waitedMs > 86_400_000 && (
          <Tag color="warning" icon={<ClockCircleOutlined />}>
            {t('longWait')}
          </Tag>
        )}
      </Flex>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 16, margin: '4px 0 6px' }}>
        {item.subject}
      </Typography.Title>
      {item.confidential ? (
        <Typography.Paragraph type="secondary">{t('confidential')}</Typography.Paragraph>
      ) : null}
      <Typography.Paragraph ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ color: 'rgba(0,0,0,0.8)' }}>
        {item.text}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'received', label: t('received'), children: formatDateTime(item.receivedAt, lang) },
          { key: 'waited', label: t('waited'), children: formatWaiting(item.receivedAt, now, lang) },
          { key: 'channel', label: t('channel'), children: label((Channels.labels as Record<string, { 'zh-CN': string; en: string }>)[item.channel], item.channel) },
          { key: 'kind', label: t('kind'), children: item.kind ? label((PetitionKinds.labels as Record<string, { 'zh-CN': string; en: string }>)[item.kind], item.kind) : '—' },
          { key: 'category', label: t('category'), children: item.category ?? '—' },
          {
            key: 'why',
            label: t('why'),
            children: (
              <Space size={[4, 4]} wrap>
                {item.reasons.map((r) => (
                  <Tag key={r}>{INSTRUCTION_REASONS[r]?.[lang] ?? r}</Tag>
                ))}
              </Space>
            ),
          },
          ...(item.signals.length
            ? [{ key: 'signals', label: t('signals'), children: item.signals.map((s) => signalLabel(s, lang)).join('、') }]
            : []),
          {
            key: 'proposal',
            label: t('proposal'),
            span: 'filled' as const,
            children: item.proposedLeadUnitId ? (
              <span>
                <strong>{t('proposalText', { lead: unitName(item.proposedLeadUnitId) })}</strong>
                {item.proposedAssistingUnitIds.length > 0 && <>；{t('assisting', { units: item.proposedAssistingUnitIds.map(unitName).join('、') })}</>}
                {item.confidence !== undefined && <Typography.Text type="secondary">（{t('confidence', { p: formatPercent(item.confidence, lang) })}）</Typography.Text>}
              </span>
            ) : (
              t('noProposal')
            ),
          },
        ]}
      />
      <ProblemAlert error={quick.error} style={{ marginTop: 8 }} />
      <Flex wrap gap={8} align="center" style={{ marginTop: 10 }}>
        <Button type="primary" icon={<CheckOutlined />} onClick={approveAsProposed} loading={quick.isPending} disabled={!item.proposedLeadUnitId}>
          {t('quick')}
        </Button>
        <Button icon={<EditOutlined />} aria-expanded={open} aria-controls={formId} onClick={() => setOpen((o) => !o)}>
          {open ? t('close') : t('full')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.proposedLeadUnitId ? t('quickHint', { text: DEFAULT_PHRASE[lang] }) : t('quickNoProposal')}
        </Typography.Text>
      </Flex>
      <div id={formId}>{open && <InstructForm item={item} onCancel={() => setOpen(false)} />}</div>
    </Card>
  );
}
