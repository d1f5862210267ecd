import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { OUTCOMES_BY_KIND, requiredReplyParts, REVIEW_RIGHTS_NOTICE } from '@contracts/reply-parts';
import type { PetitionKind, ReplyOutcome } from '@contracts/vocabulary';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { useVocab } from './labels';
import { useInvalidateCases, useReplyTemplates, useStandardAnswers, type UnitCase } from './unit-api';

const messages = defineMessages({
  'zh-CN': {
    heading: '答复（第 {n} 轮）',
    kind: '信访事项类型',
    outcome: '办理结果',
    standardAnswer: '引用标准答复（可选）',
    saPlaceholder: '搜索标准答复库',
    insertSa: '将标准答复插入处理意见',
    text: '补充说明（可选）',
    submit: '提交答复',
    ok: '答复已提交，等待信访人评价',
    preview: '答复预览（信访人收到的文本）',
    template: '模板：{name}',
    defaultTemplate: '默认模板',
    required: '请填写{part}',
    reuse: '引用上一轮答复内容',
    hintFacts: '模板标题：{h}',
  },
  en: {
    heading: 'Reply (round {n})',
    kind: 'Kind of petition',
    outcome: 'Outcome',
    standardAnswer: 'Cite a standard answer (optional)',
    saPlaceholder: 'Search the standard answers',
    insertSa: 'Insert the standard answer into the decision',
    text: 'Further text (optional)',
    submit: 'Submit reply',
    ok: 'Reply sent; the petitioner may now rate it',
    preview: 'Preview (the text the petitioner receives)',
    template: 'Template: {name}',
    defaultTemplate: 'default',
    required: 'Please fill in {part}',
    reuse: 'Reuse the previous reply',
    hintFacts: 'Template heading: {h}',
  },
});

interface ReplyValues {
  outcome: ReplyOutcome;
  facts?: string;
  decision?: string;
  basis?: string;
  text?: string;
  promisedBy?: Dayjs;
  nextCheckAt?: Dayjs;
  standardAnswerId?: string;
}

/** A picked day as the end (or morning) of that day in Shanghai, the district's time. */
const endOfDay = (d: Dayjs) => new Date(`${d.format('YYYY-MM-DD')}T23:59:59.999+08:00`).toISOString();
const morningOf = (d: Dayjs) => new Date(`${d.format('YYYY-MM-DD')}T09:00:00.000+08:00`).toISOString();

/** 答复 by kind: the outcomes the petition's kind allows, the parts the outcome needs, a preview by the template. */
export function ReplyForm({ c }: { c: UnitCase }) {
  const t = useMessages(messages);
  const v = useVocab();
  const api = useApi();
  const { message } = App.useApp();
  const invalidate = useInvalidateCases();
  const [form] = Form.useForm<ReplyValues>();
  const kind = c.kind as PetitionKind;
  const outcomes = OUTCOMES_BY_KIND[kind] ?? [];
  const templates = useReplyTemplates(c.kind, c.category.level1);
  const answers = useStandardAnswers();
  const template = templates.data?.items.find((x) => x.category === c.category.level1) ?? templates.data?.items.find((x) => !x.category);
  const values = Form.useWatch([], form) as ReplyValues | undefined;
  const outcome = values?.outcome ?? outcomes[0];
  const parts = outcome ? requiredReplyParts(outcome) : [];
  const sa = answers.data?.items.find((a) => a.id === values?.standardAnswerId);
  const previous = c.replies[c.replies.length - 1];

  const send = useMutation({
    mutationFn: (x: ReplyValues) =>
      api.post('handling', `/v1/cases/${c.petitionId}/reply`, {
        outcome: x.outcome,
        ...(x.facts?.trim() ? { facts: x.facts } : {}),
        ...(x.decision?.trim() ? { decision: x.decision } : {}),
        ...(x.basis?.trim() ? { basis: x.basis } : {}),
        ...(x.text?.trim() ? { text: x.text } : {}),
        ...(x.promisedBy && x.outcome === 'scheduled' ? { promisedBy: endOfDay(x.promisedBy) } : {}),
        ...(x.nextCheckAt && x.outcome === 'explained' ? { nextCheckAt: morningOf(x.nextCheckAt) } : {}),
        ...(x.standardAnswerId ? { standardAnswerId: x.standardAnswerId } : {}),
      }),
    onSuccess: async () => {
      form.resetFields();
      void message.success(t('ok'));
      await invalidate();
    },
  });

  const need = (part: string) => [{ required: parts.includes(part as never) && !(part === 'basis' && sa), whitespace: true, message: t('required', { part: v.replyPart(part) }) }];
  const zh = template?.['zh-CN'];
  const preview = zh
    ? [
        zh.opening,
        `一、${zh.headings.facts}：${values?.facts ?? ''}`,
        `二、${zh.headings.decision}：${values?.decision ?? ''}（办理结果：${outcome ? v.outcome(outcome) : ''}）`,
        `三、${zh.headings.basis}：${values?.basis || (sa ? `${sa.legalBasis.law}${sa.legalBasis.article}` : '')}`,
        ...(outcome === 'scheduled' && values?.promisedBy ? [`我单位承诺于${values.promisedBy.format('YYYY-MM-DD')}前办结，办结后将告知您落实情况。`] : []),
        ...(outcome === 'explained' && values?.nextCheckAt ? [`该事项仍在办理中，我单位将于${values.nextCheckAt.format('YYYY-MM-DD')}再次核查进展。`] : []),
        ...(sa ? [`标准答复（${sa.title}）：${sa.answer}`] : []),
        ...(values?.text?.trim() ? [values.text.trim()] : []),
        zh.closing,
        zh.reviewRights || REVIEW_RIGHTS_NOTICE('zh-CN'),
      ].join('\n')
    : '';

  return (
    <section aria-labelledby="reply-heading" style={{ marginBottom: 24 }}>
      <Typography.Title level={2} id="reply-heading" style={{ fontSize: 18 }}>
        {t('heading', { n: c.round + 1 })}
      </Typography.Title>
      <Card size="small">
        <Descriptions size="small" column={1} items={[{ key: 'kind', label: t('kind'), children: v.kind(c.kind) }]} style={{ marginBottom: 8 }} />
        <ProblemAlert error={send.error} style={{ marginBottom: 12 }} />
        <Form<ReplyValues> form={form} layout="vertical" initialValues={{ outcome: outcomes[0] }} onFinish={(x) => send.mutate(x)} data-testid="reply-form">
          <Form.Item label={t('outcome')} name="outcome" rules={[{ required: true }]}>
            <Radio.Group aria-label={t('outcome')} optionType="button" buttonStyle="solid" options={outcomes.map((o) => ({ value: o, label: v.outcome(o) }))} />
          </Form.Item>
          {previous && (
            <Button
              size="small"
              style={{ marginBottom: 12 }}
              onClick={() => form.setFieldsValue({ facts: previous.facts, decision: previous.decision, basis: previous.basis })}
            >
              {t('reuse')}
            </Button>
          )}
          <Form.Item label={v.replyPart('facts')} name="facts" rules={need('facts')} extra={zh ? t('hintFacts', { h: zh.headings.facts }) : undefined}>
            <Input.TextArea rows={3} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item label={v.replyPart('decision')} name="decision" rules={need('decision')}>
            <Input.TextArea rows={3} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item label={t('standardAnswer')} name="standardAnswerId">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('saPlaceholder')}
              loading={answers.isLoading}
              options={answers.data?.items.map((a) => ({ value: a.id, label: `${a.title}（${a.category}）` }))}
            />
          </Form.Item>
          {sa && (
            <Button size="small" style={{ marginBottom: 12 }} onClick={() => form.setFieldsValue({ decision: [values?.decision, sa.answer].filter(Boolean).join('\n') })}>
              {t('insertSa')}
            </Button>
          )}
          <Form.Item label={v.replyPart('basis')} name="basis" rules={need('basis')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          {outcome === 'scheduled' && (
            <Form.Item label={v.replyPart('promisedBy')} name="promisedBy" rules={[{ required: true, message: t('required', { part: v.replyPart('promisedBy') }) }]}>
              <DatePicker disabledDate={(d) => d.isBefore(new Date(), 'day')} />
            </Form.Item>
          )}
          {outcome === 'explained' && (
            <Form.Item label={v.replyPart('nextCheckAt')} name="nextCheckAt" rules={[{ required: true, message: t('required', { part: v.replyPart('nextCheckAt') }) }]}>
              <DatePicker disabledDate={(d) => !d.isAfter(new Date(), 'day')} />
            </Form.Item>
          )}
          <Form.Item label={t('text')} name="text">
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
          {preview && (
            <Card size="small" type="inner" title={t('preview')} style={{ marginBottom: 16 }} extra={<Typography.Text type="secondary">{t('template', { name: template?.category ?? t('defaultTemplate') })}</Typography.Text>}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{preview}</Typography.Paragraph>
            </Card>
          )}
          <Flex justify="end">
            <Button type="primary" htmlType="submit" loading={send.isPending}>
              {t('submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </section>
  );
}
