import { App, Button, Card, Checkbox, Collapse, Form, Input, Modal, Radio, Typography } from 'antd';
import { SatisfactionLevels } from '@contracts/vocabulary';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLang, useMessages } from '../../i18n/i18n';
import { rateReply, requestReview, withdrawPetition, type Credentials, type Progress } from './petitioner-api';
import { actionMessages } from './progress-messages';

const REASONS = ['reason.unsolved', 'reason.unclear', 'reason.attitude', 'reason.late'] as const;
/** Statuses in which handling is still going on or a reply stands: the petitioner may withdraw. */
const WITHDRAWABLE = new Set(['registered', 'awaiting-instruction', 'assigned', 'rerouting', 'accepted', 'reopened', 'replied']);
/** Statuses after a reply or a review decision: the petitioner may ask for (re-)review. */
const REVIEWABLE = new Set(['replied', 'closed', 'review-decided']);

function RateForm({ credentials, round, onDone }: { credentials: Credentials; round: number; onDone(): void }) {
  const t = useMessages(actionMessages);
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ satisfaction: string; reasons?: string[]; comment?: string }>();
  const satisfaction = Form.useWatch('satisfaction', form);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: { satisfaction: string; reasons?: string[]; comment?: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const dissatisfied = values.satisfaction === 'dissatisfied';
      await rateReply(
        {
          ...credentials,
          satisfaction: values.satisfaction,
          ...(dissatisfied && values.reasons?.length ? { reasons: values.reasons.map((r) => t(r as (typeof REASONS)[number])) } : {}),
          ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}),
        },
        lang,
      );
      void message.success(t('rated'));
      form.resetFields();
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} key={round}>
      <Form.Item name="satisfaction" label={t('satisfaction')} rules={[{ required: true, message: t('chooseSatisfaction') }]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={SatisfactionLevels.codes.map((code) => ({ value: code, label: SatisfactionLevels.label(code, lang) }))} />
      </Form.Item>
      {satisfaction === 'dissatisfied' && (
        <Form.Item name="reasons" label={t('reasons')}>
          <Checkbox.Group options={REASONS.map((r) => ({ value: r, label: t(r) }))} />
        </Form.Item>
      )}
      <Form.Item name="comment" label={t('comment')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <ProblemAlert error={error} style={{ marginBottom: 12 }} />
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('rate')}
      </Button>
    </Form>
  );
}

function ReasonForm({ field, button, onSubmit, maxLength }: { field: string; button: string; maxLength: number; onSubmit(reason: string): Promise<unknown> }) {
  const t = useMessages(actionMessages);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <Form
      layout="vertical"
      requiredMark={false}
      onFinish={(values: { reason: string }) => {
        setBusy(true);
        setError(undefined);
        onSubmit(values.reason.trim())
          .catch(setError)
          .finally(() => setBusy(false));
      }}
    >
      <Form.Item name="reason" label={field} rules={[{ required: true, whitespace: true, message: t('reasonRequired', { field }) }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLength} />
      </Form.Item>
      <ProblemAlert error={error} style={{ marginBottom: 12 }} />
      <Button htmlType="submit" loading={busy}>
        {button}
      </Button>
    </Form>
  );
}

/** What the petitioner can do now: rate the reply, ask for review, withdraw — as the case allows. */
export function PetitionerActions({ progress, credentials, onChanged }: { progress: Progress; credentials: Credentials; onChanged(): void }) {
  const t = useMessages(actionMessages);
  const { lang } = useLang();
  const { message } = App.useApp();
  const rateable = progress.status === 'replied' && !!progress.reply;
  const sections = [
    REVIEWABLE.has(progress.status) && {
      key: 'review',
      label: t('reviewTitle'),
      children: (
        <>
          <Typography.Paragraph type="secondary">{t('reviewIntro')}</Typography.Paragraph>
          <ReasonForm
            field={t('reviewReason')}
            button={t('review')}
            maxLength={5000}
            onSubmit={async (reason) => {
              await requestReview({ ...credentials, reason }, lang);
              void message.success(t('reviewed'));
              onChanged();
            }}
          />
        </>
      ),
    },
    WITHDRAWABLE.has(progress.status) && {
      key: 'withdraw',
      label: t('withdrawTitle'),
      children: (
        <>
          <Typography.Paragraph type="secondary">{t('withdrawIntro')}</Typography.Paragraph>
          <ReasonForm
            field={t('withdrawReason')}
            button={t('withdraw')}
            maxLength={1000}
            onSubmit={(reason) =>
              new Promise<void>((resolve, reject) => {
                Modal.confirm({
                  title: t('withdrawTitle'),
                  content: t('confirmWithdrawText'),
                  okText: t('confirmWithdraw'),
                  cancelText: t('cancel'),
                  okButtonProps: { danger: true },
                  onOk: async () => {
                    try {
                      await withdrawPetition({ ...credentials, reason }, lang);
                      void message.success(t('withdrawn'));
                      onChanged();
                      resolve();
                    } catch (e) {
                      reject(e);
                    }
                  },
                  onCancel: () => resolve(),
                });
              })
            }
          />
        </>
      ),
    },
  ].filter((s): s is { key: string; label: string; children: React.JSX.Element } => !!s);

  if (!rateable && !sections.length) return null;
  return (
    <>
      {rateable && (
        <Card>
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
            {t('rateTitle')}
          </Typography.Title>
          <RateForm credentials={credentials} round={progress.reply!.round} onDone={onChanged} />
        </Card>
      )}
      {sections.length > 0 && <Collapse items={sections} />}
    </>
  );
}
