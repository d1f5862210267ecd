import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { reasonLabel } from './labels';
import { endOfLocalDay } from './periods';
import { MANUAL_ORDER_REASONS, useIssueOrder, type ManualOrderReason } from './supervisor-api';

const messages = defineMessages({
  'zh-CN': {
    title: '督办 {caseNumber}',
    unit: '责任单位：{unit}',
    reason: '督办事由',
    reasonRequired: '请选择督办事由',
    note: '督办要求',
    notePlaceholder: '写明单位须办理和反馈的事项（不写入信访人个人信息）',
    dueBy: '反馈期限',
    dueHelp: '不选则为自今日起第 5 个工作日结束时',
    submit: '发出督办',
    cancel: '取消',
    issued: '督办单 {orderId} 已发出，请于 {due} 前反馈',
  },
  en: {
    title: 'Supervise {caseNumber}',
    unit: 'Responsible unit: {unit}',
    reason: 'Reason',
    reasonRequired: 'Choose a reason',
    note: 'What the unit must do',
    notePlaceholder: 'What the unit must handle and report back (no personal data of the petitioner)',
    dueBy: 'Answer by',
    dueHelp: 'If empty: the end of the 5th working day from today',
    submit: 'Issue order',
    cancel: 'Cancel',
    issued: 'Order {orderId} issued; answer due by {due}',
  },
});

interface Values {
  reason: ManualOrderReason;
  note?: string;
  dueBy?: Dayjs;
}

export interface OrderTarget {
  petitionId: string;
  caseNumber?: string;
  unitName?: string;
}

/** Issue a supervision order (督办) on a case: a reason of the six manual ones, what to do, and the answer date. */
export function IssueOrderModal({ target, onClose }: { target: OrderTarget | null; onClose: () => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const issue = useIssueOrder();

  const close = () => {
    issue.reset();
    form.resetFields();
    onClose();
  };

  const submit = (values: Values) => {
    if (!target) return;
    issue.mutate(
      { petitionId: target.petitionId, reason: values.reason, note: values.note?.trim() || undefined, dueBy: values.dueBy ? endOfLocalDay(values.dueBy) : undefined },
      {
        onSuccess: (result) => {
          void message.success(t('issued', { orderId: result.orderId, due: formatDateTime(result.dueBy, lang) }));
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={!!target}
      title={t('title', { caseNumber: target?.caseNumber ?? target?.petitionId ?? '' })}
      okText={t('submit')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={issue.isPending}
      forceRender
    >
      {target?.unitName && <Typography.Paragraph type="secondary">{t('unit', { unit: target.unitName })}</Typography.Paragraph>}
      <ProblemAlert error={issue.error} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" onFinish={submit} requiredMark>
        <Form.Item name="reason" label={t('reason')} rules={[{ required: true, message: t('reasonRequired') }]}>
          <Select options={MANUAL_ORDER_REASONS.map((code) => ({ value: code, label: reasonLabel(code, lang) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('notePlaceholder')} />
        </Form.Item>
        <Form.Item name="dueBy" label={t('dueBy')} extra={t('dueHelp')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
