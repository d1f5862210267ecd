import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { useInvalidateCases } from './unit-api';

const messages = defineMessages({
  'zh-CN': { cancel: '取消' },
  en: { cancel: 'Cancel' },
});

/**
 * A button that opens a form in a dialog and sends it: the service's refusal shows in the dialog
 * (ProblemAlert), success closes it with a message and reads the cases again.
 */
export function ActionModal<V extends object>({
  label,
  title,
  okText,
  success,
  submit,
  children,
  buttonProps,
  initialValues,
  width,
}: {
  label: string;
  title: string;
  okText: string;
  success: string;
  submit(values: V): Promise<unknown>;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  buttonProps?: ButtonProps;
  initialValues?: Partial<V>;
  width?: number;
}) {
  const t = useMessages(messages);
  const { message } = App.useApp();
  const invalidate = useInvalidateCases();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<V>();
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: async () => {
      setOpen(false);
      form.resetFields();
      void message.success(success);
      await invalidate();
    },
  });
  return (
    <>
      <Button {...buttonProps} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        title={title}
        open={open}
        width={width}
        okText={okText}
        cancelText={t('cancel')}
        confirmLoading={mutation.isPending}
        onCancel={() => {
          setOpen(false);
          mutation.reset();
        }}
        onOk={async () => {
          const values = await form.validateFields();
          mutation.mutate(values);
        }}
        destroyOnHidden
      >
        <ProblemAlert error={mutation.error} style={{ marginBottom: 12 }} />
        <Form<V> form={form} layout="vertical" initialValues={initialValues} preserve={false}>
          {typeof children === 'function' ? children(form) : children}
        </Form>
      </Modal>
    </>
  );
}
