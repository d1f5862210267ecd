import { App, Descriptions, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { useDecideExtension, type ExtensionRequestLine } from './leader-api';
import { QuickPhrases, withPhrase } from './QuickPhrases';

const messages = defineMessages({
  'zh-CN': {
    approveTitle: '同意延期',
    refuseTitle: '不同意延期',
    caseNumber: '案件编号',
    subject: '事项',
    unit: '主办单位',
    days: '申请延期',
    daysValue: '{n} 天',
    reason: '申请理由',
    handleBy: '现办结期限',
    newHandleBy: '延期后约至',
    comment: '审批意见',
    commentRequired: '不同意时请说明理由',
    approve: '确认同意',
    refuse: '确认不同意',
    cancel: '取消',
    approved: '已同意延期：{caseNumber}',
    refused: '已不同意延期：{caseNumber}',
  },
  en: {
    approveTitle: 'Approve the extension',
    refuseTitle: 'Refuse the extension',
    caseNumber: 'Case number',
    subject: 'Matter',
    unit: 'Lead unit',
    days: 'Extension asked',
    daysValue: '{n} days',
    reason: 'Reason given',
    handleBy: 'Conclude by now',
    newHandleBy: 'Extended to about',
    comment: 'Comment',
    commentRequired: 'Give the reason for refusing',
    approve: 'Approve',
    refuse: 'Refuse',
    cancel: 'Cancel',
    approved: 'Extension approved: {caseNumber}',
    refused: 'Extension refused: {caseNumber}',
  },
});

const APPROVE_PHRASES = [
  { 'zh-CN': '同意延期，请抓紧办理，按新期限办结并答复群众。', en: 'Approved; press on and conclude by the new date.' },
  { 'zh-CN': '同意延期，请做好对信访人的解释工作。', en: 'Approved; explain the delay to the petitioner.' },
];
const REFUSE_PHRASES = [
  { 'zh-CN': '延期理由不充分，请按原期限办结。', en: 'The reason is not sufficient; conclude by the original date.' },
  { 'zh-CN': '请加强协调，集中力量按期办结。', en: 'Coordinate better and conclude on time.' },
];

export type ExtensionDecision = { line: ExtensionRequestLine; approve: boolean } | null;

/** 延期审批: approve or refuse one request, with a comment (required to refuse). */
export function ExtensionDecisionModal({ decision, onClose }: { decision: ExtensionDecision; onClose: () => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const decide = useDecideExtension();
  const { reset } = decide;

  useEffect(() => {
    if (decision) {
      form.resetFields();
      reset();
    }
  }, [decision, form, reset]);

  const submit = ({ comment }: { comment?: string }) => {
    if (!decision) return;
    const { line, approve } = decision;
    decide.mutate(
      { line, approve, comment: comment?.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t(approve ? 'approved' : 'refused', { caseNumber: line.caseNumber }));
          onClose();
        },
      },
    );
  };

  const approve = decision?.approve ?? true;
  const line = decision?.line;
  const extended = line ? new Date(new Date(line.handleBy).getTime() + line.days * 86_400_000).toISOString() : undefined;
  return (
    <Modal
      open={!!decision}
      title={approve ? t('approveTitle') : t('refuseTitle')}
      okText={approve ? t('approve') : t('refuse')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: !approve, loading: decide.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {line && (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'no', label: t('caseNumber'), children: line.caseNumber },
              { key: 'subject', label: t('subject'), children: line.subject },
              { key: 'unit', label: t('unit'), children: line.leadUnitName },
              { key: 'days', label: t('days'), children: t('daysValue', { n: line.days }) },
              { key: 'reason', label: t('reason'), children: line.reason },
              { key: 'handleBy', label: t('handleBy'), children: formatDate(line.handleBy, lang) },
              ...(approve ? [{ key: 'new', label: t('newHandleBy'), children: formatDate(extended, lang) }] : []),
            ]}
          />
          <Form form={form} name="extension-decision" layout="vertical" onFinish={submit}>
            <Form.Item label={t('comment')} htmlFor="extension-decision_comment" required={!approve} style={{ marginBottom: 8 }}>
              <Form.Item name="comment" noStyle rules={approve ? [] : [{ required: true, whitespace: true, message: t('commentRequired') }]}>
                <Input.TextArea rows={3} maxLength={2000} showCount />
              </Form.Item>
              <QuickPhrases
                phrases={approve ? APPROVE_PHRASES : REFUSE_PHRASES}
                onPick={(p) => form.setFieldValue('comment', withPhrase(form.getFieldValue('comment') as string | undefined, p))}
              />
            </Form.Item>
          </Form>
          <ProblemAlert error={decide.error} />
        </>
      )}
    </Modal>
  );
}
