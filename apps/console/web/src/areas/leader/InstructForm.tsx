import { App, Button, Flex, Form, Input, Radio, Select } from 'antd';
import { useMemo } from 'react';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { useInstruct, useLeaders, useUnits, type InstructionBody, type PendingInstruction } from './leader-api';
import { DEFAULT_PHRASE } from './leader-labels';
import { QuickPhrases, withPhrase } from './QuickPhrases';

const messages = defineMessages({
  'zh-CN': {
    decision: '批示决定',
    approve: '同意交办',
    sendBack: '退回信联办重新拟办',
    sendBackHint: '退回后由信联办会商，重新提出承办意见。',
    lead: '主办单位',
    leadRequired: '请选择主办单位',
    assisting: '协办单位',
    assistingPlaceholder: '可选，可多选',
    charge: '领导包案',
    chargeNone: '不包案',
    chargeSelf: '由我包案',
    chargeOther: '指定其他领导包案',
    chargeLeader: '包案领导',
    chargeLeaderRequired: '请选择包案领导',
    text: '批示意见',
    textRequired: '请填写批示意见',
    submit: '提交批示',
    cancel: '取消',
    done: '已批示：{caseNumber}',
    me: '（本人）',
  },
  en: {
    decision: 'Decision',
    approve: 'Approve and assign',
    sendBack: 'Send back to the joint office',
    sendBackHint: 'The joint petition office will confer and propose the units again.',
    lead: 'Lead unit',
    leadRequired: 'Choose the lead unit',
    assisting: 'Assisting units',
    assistingPlaceholder: 'Optional, several allowed',
    charge: 'Leader in charge (包案)',
    chargeNone: 'No leader in charge',
    chargeSelf: 'I take charge',
    chargeOther: 'Another leader takes charge',
    chargeLeader: 'Leader in charge',
    chargeLeaderRequired: 'Choose the leader in charge',
    text: 'Instruction',
    textRequired: 'Write the instruction',
    submit: 'Submit instruction',
    cancel: 'Cancel',
    done: 'Instructed: {caseNumber}',
    me: ' (me)',
  },
});

interface Values {
  decision: 'approve' | 'send-back';
  leadUnitId?: string;
  assistingUnitIds?: string[];
  charge: 'none' | 'self' | 'other';
  otherLeader?: string;
  instruction: string;
}

/** The full 批示 form for one waiting item: decision, units, 包案, the text. */
export function InstructForm({ item, onCancel }: { item: PendingInstruction; onCancel: () => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const { message } = App.useApp();
  const { session } = useSession();
  const units = useUnits();
  const leaders = useLeaders();
  const instruct = useInstruct();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const charge = Form.useWatch('charge', form);
  const lead = Form.useWatch('leadUnitId', form);

  const unitOptions = useMemo(() => (units.data ?? []).map((u) => ({ value: u.id, label: u.name })), [units.data]);
  const leaderOptions = useMemo(
    () => (leaders.data ?? []).filter((l) => l.id !== session?.leaderId).map((l) => ({ value: l.id, label: `${l.name}（${l.office}）` })),
    [leaders.data, session?.leaderId],
  );
  const myPost = leaders.data?.find((l) => l.id === session?.leaderId)?.name;

  const submit = (values: Values) => {
    const body: InstructionBody =
      values.decision === 'send-back'
        ? { decision: 'send-back', instruction: values.instruction.trim() }
        : {
            decision: 'approve',
            instruction: values.instruction.trim(),
            leadUnitId: values.leadUnitId,
            assistingUnitIds: (values.assistingUnitIds ?? []).filter((id) => id !== values.leadUnitId),
            ...(values.charge === 'self' && session?.leaderId ? { leaderInCharge: session.leaderId } : {}),
            ...(values.charge === 'other' && values.otherLeader ? { leaderInCharge: values.otherLeader } : {}),
          };
    instruct.mutate({ petitionId: item.petitionId, body }, { onSuccess: (r) => void message.success(t('done', { caseNumber: r.caseNumber })) });
  };

  const id = item.petitionId;
  return (
    <Form<Values>
      form={form}
      name={`instruct-${id}`}
      layout="vertical"
      requiredMark
      onFinish={submit}
      initialValues={{
        decision: 'approve',
        leadUnitId: item.proposedLeadUnitId,
        assistingUnitIds: item.proposedAssistingUnitIds,
        charge: 'none',
        instruction: DEFAULT_PHRASE[lang],
      }}
      style={{ background: '#f7f9fc', border: '1px solid #e3e8f0', borderRadius: 8, padding: 16, marginTop: 12 }}
    >
      <Form.Item name="decision" label={t('decision')} extra={decision === 'send-back' ? t('sendBackHint') : undefined}>
        <Radio.Group
          options={[
            { value: 'approve', label: t('approve') },
            { value: 'send-back', label: t('sendBack') },
          ]}
        />
      </Form.Item>
      {decision !== 'send-back' && (
        <Flex gap={16} wrap>
          <Form.Item name="leadUnitId" label={t('lead')} rules={[{ required: true, message: t('leadRequired') }]} style={{ flex: '1 1 240px', minWidth: 0 }}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions} loading={units.isLoading} />
          </Form.Item>
          <Form.Item name="assistingUnitIds" label={t('assisting')} style={{ flex: '2 1 280px', minWidth: 0 }}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('assistingPlaceholder')}
              options={unitOptions.filter((o) => o.value !== lead)}
              loading={units.isLoading}
            />
          </Form.Item>
        </Flex>
      )}
      {decision !== 'send-back' && (
        <Flex gap={16} wrap align="flex-start">
          <Form.Item name="charge" label={t('charge')} style={{ flex: '0 1 auto' }}>
            <Radio.Group
              options={[
                { value: 'none', label: t('chargeNone') },
                { value: 'self', label: `${t('chargeSelf')}${myPost ? `（${myPost}）` : ''}` },
                { value: 'other', label: t('chargeOther') },
              ]}
            />
          </Form.Item>
          {charge === 'other' && (
            <Form.Item name="otherLeader" label={t('chargeLeader')} rules={[{ required: true, message: t('chargeLeaderRequired') }]} style={{ flex: '1 1 220px', minWidth: 0 }}>
              <Select options={leaderOptions} loading={leaders.isLoading} />
            </Form.Item>
          )}
        </Flex>
      )}
      <Form.Item label={t('text')} htmlFor={`instruct-${id}_instruction`} required style={{ marginBottom: 8 }}>
        <Form.Item name="instruction" noStyle rules={[{ required: true, whitespace: true, message: t('textRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <QuickPhrases onPick={(p) => form.setFieldValue('instruction', withPhrase(form.getFieldValue('instruction') as string, p))} />
      </Form.Item>
      <ProblemAlert error={instruct.error} style={{ marginBottom: 12 }} />
      <Flex gap={8} justify="flex-end" wrap>
        <Button onClick={onCancel}>{t('cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={instruct.isPending}>
          {t('submit')}
        </Button>
      </Flex>
    </Form>
  );
}
