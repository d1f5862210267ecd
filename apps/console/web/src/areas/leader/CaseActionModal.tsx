import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { useInstruct, useSendBackCase, type LeaderCase } from './leader-api';
import { QuickPhrases, withPhrase } from './QuickPhrases';

const messages = defineMessages({
  'zh-CN': {
    instructTitle: '追加批示',
    sendBackTitle: '发回重办',
    instructHint: '批示记入案件并转交承办单位，不改变承办单位和期限。',
    sendBackHint: '答复不满意时发回原承办单位重新办理；已办结的件须在答复后 30 日内发回。',
    instruction: '批示意见',
    note: '重办要求',
    required: '请填写内容',
    submitInstruct: '提交批示',
    submitSendBack: '确认发回重办',
    cancel: '取消',
    instructed: '已追加批示：{caseNumber}',
    sentBack: '已发回重办：{caseNumber}',
  },
  en: {
    instructTitle: 'Add an instruction',
    sendBackTitle: 'Send back for re-handling',
    instructHint: 'The instruction is recorded on the case and passed to the unit; units and deadlines stay.',
    sendBackHint: 'Sends an unsatisfactory reply back to the unit; a closed case within 30 days of the reply.',
    instruction: 'Instruction',
    note: 'What must be done again',
    required: 'Write the text',
    submitInstruct: 'Submit instruction',
    submitSendBack: 'Send back',
    cancel: 'Cancel',
    instructed: 'Instruction added: {caseNumber}',
    sentBack: 'Sent back: {caseNumber}',
  },
});

const SEND_BACK_PHRASES = [
  { 'zh-CN': '答复未回应群众的主要诉求，请重新核查。', en: 'The reply misses the petitioner’s main request; check again.' },
  { 'zh-CN': '请当面答复信访人并做好解释工作。', en: 'Answer the petitioner in person and explain.' },
];

export type CaseAction = { kind: 'instruct' | 'send-back'; line: LeaderCase } | null;

/** 追加批示 on one of the leader's cases, or 发回重办 on a replied one. */
export function CaseActionModal({ action, onClose }: { action: CaseAction; onClose: () => void }) {
  const t = useMessages(messages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const instruct = useInstruct();
  const sendBack = useSendBackCase();
  const mutation = action?.kind === 'send-back' ? sendBack : instruct;
  const { reset: resetInstruct } = instruct;
  const { reset: resetSendBack } = sendBack;

  useEffect(() => {
    if (action) {
      form.resetFields();
      resetInstruct();
      resetSendBack();
    }
  }, [action, form, resetInstruct, resetSendBack]);

  const submit = ({ text }: { text: string }) => {
    if (!action) return;
    const { line } = action;
    if (action.kind === 'send-back') {
      sendBack.mutate({ petitionId: line.petitionId, note: text.trim() }, { onSuccess: () => (void message.success(t('sentBack', { caseNumber: line.caseNumber })), onClose()) });
    } else {
      instruct.mutate(
        { petitionId: line.petitionId, body: { instruction: text.trim() } },
        { onSuccess: () => (void message.success(t('instructed', { caseNumber: line.caseNumber })), onClose()) },
      );
    }
  };

  const isSendBack = action?.kind === 'send-back';
  return (
    <Modal
      open={!!action}
      title={`${isSendBack ? t('sendBackTitle') : t('instructTitle')}${action ? ` · ${action.line.caseNumber}` : ''}`}
      okText={isSendBack ? t('submitSendBack') : t('submitInstruct')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: isSendBack, loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {action && (
        <>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {action.line.subject}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{isSendBack ? t('sendBackHint') : t('instructHint')}</Typography.Paragraph>
          <Form form={form} name="leader-case-action" layout="vertical" onFinish={submit}>
            <Form.Item label={isSendBack ? t('note') : t('instruction')} htmlFor="leader-case-action_text" required style={{ marginBottom: 8 }}>
              <Form.Item name="text" noStyle rules={[{ required: true, whitespace: true, message: t('required') }]}>
                <Input.TextArea rows={4} maxLength={2000} showCount />
              </Form.Item>
              <QuickPhrases
                phrases={isSendBack ? SEND_BACK_PHRASES : undefined}
                onPick={(p) => form.setFieldValue('text', withPhrase(form.getFieldValue('text') as string, p))}
              />
            </Form.Item>
          </Form>
          <ProblemAlert error={mutation.error} />
        </>
      )}
    </Modal>
  );
}
