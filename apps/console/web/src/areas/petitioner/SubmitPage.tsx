import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Collapse, Form, Input, Typography, Upload, type UploadFile } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLang, useMessages } from '../../i18n/i18n';
import { rememberCredentials, submitPetition, uploadAttachment, type Submission } from './petitioner-api';
import { submitMessages } from './petitioner-messages';

interface Values {
  subject: string;
  text: string;
  name?: string;
  phone?: string;
  idNumber?: string;
  address?: string;
  email?: string;
  confidential?: boolean;
}

const MAX_FILES = 5;
const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = 'image/jpeg,image/png,image/gif,image/webp,image/heic,application/pdf';
/** A mobile (1xx xxxx xxxx) or a landline with area code; spaces, hyphens and +86 allowed. intake decides. */
const PHONE = /^(?:\+?86[\s-]?)?(?:1[3-9]\d(?:[\s-]?\d{4}){2}|0\d{2,3}[\s-]?\d{7,8})$/;
const ID_NUMBER = /^\d{17}[\dXx]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** 我要信访: the web form. Registered at once; the receipt (case number, query code) follows. */
export function SubmitPage() {
  const t = useMessages(submitMessages);
  const { lang } = useLang();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // One key per filled form: a double click or a retry after a timeout returns the same receipt.
  const idempotencyKey = useRef(crypto.randomUUID());

  const required = (field: string) => ({ required: true, whitespace: true, message: t('required', { field }) });
  const max = (field: string, n: number) => ({ max: n, message: t('tooLong', { field, n }) });

  async function submit(values: Values) {
    setBusy(true);
    setError(undefined);
    try {
      const attachmentIds: string[] = [];
      for (const file of files) {
        if (!file.originFileObj) continue;
        const uploaded = await uploadAttachment(file.originFileObj, lang);
        attachmentIds.push(uploaded.id);
      }
      const petitioner = Object.fromEntries(
        (['name', 'phone', 'idNumber', 'address', 'email'] as const).map((k) => [k, values[k]?.trim()]).filter(([, v]) => v),
      ) as Submission['petitioner'];
      const body: Submission = {
        subject: values.subject.trim(),
        text: values.text.trim(),
        ...(petitioner && Object.keys(petitioner).length ? { petitioner } : {}),
        ...(values.confidential ? { confidential: true } : {}),
        ...(attachmentIds.length ? { attachmentIds } : {}),
      };
      const receipt = await submitPetition(body, lang, idempotencyKey.current);
      rememberCredentials({ caseNumber: receipt.caseNumber, queryCode: receipt.queryCode });
      idempotencyKey.current = crypto.randomUUID();
      void navigate('/receipt', { state: { receipt } });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card>
      <PageTitle title={t('title')} />
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark="optional" scrollToFirstError>
        <Form.Item name="subject" label={t('subject')} extra={t('subjectHelp')} rules={[required(t('subject')), max(t('subject'), 200)]}>
          <Input maxLength={200} showCount autoComplete="off" />
        </Form.Item>
        <Form.Item name="text" label={t('text')} extra={t('textHelp')} rules={[required(t('text')), max(t('text'), 10_000)]}>
          <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} maxLength={10_000} />
        </Form.Item>
        <Form.Item name="name" label={t('name')} rules={[max(t('name'), 50)]}>
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item name="phone" label={t('phone')} extra={t('phoneHelp')} rules={[{ pattern: PHONE, message: t('phoneInvalid') }]}>
          <Input inputMode="tel" autoComplete="tel" maxLength={32} />
        </Form.Item>
        <Alert type="info" showIcon title={t('anonymous')} style={{ marginBottom: 16 }} />
        <Collapse
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'more',
              label: t('more'),
              forceRender: true,
              children: (
                <>
                  <Form.Item name="idNumber" label={t('idNumber')} rules={[{ pattern: ID_NUMBER, message: t('idInvalid') }]}>
                    <Input maxLength={18} autoComplete="off" />
                  </Form.Item>
                  <Form.Item name="address" label={t('address')} rules={[max(t('address'), 200)]}>
                    <Input maxLength={200} autoComplete="street-address" />
                  </Form.Item>
                  <Form.Item name="email" label={t('email')} rules={[{ pattern: EMAIL, message: t('emailInvalid') }]}>
                    <Input type="email" maxLength={254} autoComplete="email" />
                  </Form.Item>
                  <Form.Item name="confidential" valuePropName="checked" style={{ marginBottom: 0 }}>
                    <Checkbox>{t('confidential')}</Checkbox>
                  </Form.Item>
                </>
              ),
            },
          ]}
        />
        <Form.Item label={t('attachments')} extra={t('attachmentsHelp')}>
          <Upload
            accept={ACCEPT}
            multiple
            fileList={files}
            maxCount={MAX_FILES}
            beforeUpload={(file) => (file.size > MAX_BYTES ? Upload.LIST_IGNORE : false)}
            onChange={({ fileList }) => setFiles(fileList.slice(0, MAX_FILES))}
          >
            <Button icon={<PaperClipOutlined />}>{t('upload')}</Button>
          </Upload>
        </Form.Item>
        <ProblemAlert error={error} style={{ marginBottom: 16 }} />
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          {t('submit')}
        </Button>
      </Form>
    </Card>
  );
}
