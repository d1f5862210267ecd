import { LockOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useMessages } from '../../i18n/i18n';
import type { ContactDetails, UnitCase } from './unit-api';

const messages = defineMessages({
  'zh-CN': {
    heading: '信访人联系方式',
    hidden: '联系方式默认不显示。查看时须说明事由，查阅记录写入审计日志。',
    confidential: '本件为检举控告件，依法保护检举人，任何单位均不得查看其身份和联系方式。',
    reveal: '查看联系方式',
    title: '查看信访人联系方式',
    reason: '查阅事由',
    reasonHelp: '如：需电话回访核实处理情况（至少 4 个字）',
    ok: '确认查看',
    cancel: '取消',
    name: '姓名',
    phone: '电话',
    address: '地址',
    email: '电子邮箱',
    required: '请填写查阅事由（至少 4 个字）',
    audited: '已记录本次查阅（审计日志）',
  },
  en: {
    heading: "Petitioner's contact details",
    hidden: 'Hidden by default. Seeing them needs a reason, which is written to the audit log.',
    confidential: 'A confidential report: the reporter is protected and no unit may see who they are.',
    reveal: 'Show contact details',
    title: "Show the petitioner's contact details",
    reason: 'Reason',
    reasonHelp: 'e.g. to call back about the handling (at least 4 characters)',
    ok: 'Show',
    cancel: 'Cancel',
    name: 'Name',
    phone: 'Phone',
    address: 'Address',
    email: 'Email',
    required: 'Give a reason (at least 4 characters)',
    audited: 'This look-up was recorded (audit log)',
  },
});

/** The petitioner's contact details behind a stated reason (intake's audited reveal); refusals shown as they come. */
export function ContactReveal({ c }: { c: UnitCase }) {
  const t = useMessages(messages);
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useMutation({
    mutationFn: (reason: string) => api.post<ContactDetails>('intake', `/v1/petitions/${c.petitionId}/contact-reveal`, { reason }),
    onSuccess: () => setOpen(false),
    onError: () => setOpen(false),
  });
  const d = reveal.data;
  return (
    <section aria-labelledby="contact-heading">
      <Typography.Title level={2} id="contact-heading" style={{ fontSize: 16 }}>
        <LockOutlined aria-hidden /> {t('heading')}
      </Typography.Title>
      {c.confidential && <Alert type="info" showIcon title={t('confidential')} style={{ marginBottom: 8 }} />}
      <ProblemAlert error={reveal.error} style={{ marginBottom: 8 }} />
      {d ? (
        <>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'name', label: t('name'), children: d.name ?? '—' },
              { key: 'phone', label: t('phone'), children: d.phone ?? '—' },
              { key: 'address', label: t('address'), children: d.address ?? '—' },
              { key: 'email', label: t('email'), children: d.email ?? '—' },
            ]}
          />
          <Typography.Text type="secondary">{t('audited')}</Typography.Text>
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('hidden')}</Typography.Paragraph>
          <Button onClick={() => setOpen(true)}>{t('reveal')}</Button>
        </>
      )}
      <Modal
        title={t('title')}
        open={open}
        okText={t('ok')}
        cancelText={t('cancel')}
        confirmLoading={reveal.isPending}
        onCancel={() => setOpen(false)}
        onOk={async () => reveal.mutate((await form.validateFields()).reason)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item label={t('reason')} name="reason" extra={t('reasonHelp')} rules={[{ required: true, whitespace: true, min: 4, message: t('required') }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
