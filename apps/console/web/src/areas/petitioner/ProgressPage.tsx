import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { Freshness } from '../../components/Freshness';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLang, useMessages } from '../../i18n/i18n';
import { fetchProgress, forgetCredentials, rememberCredentials, rememberedCredentials, type Credentials } from './petitioner-api';
import { PetitionerActions } from './PetitionerActions';
import { progressMessages } from './progress-messages';
import { ProgressView } from './ProgressView';
import { WithQueries } from '../../app/WithQueries';

const POLL_MS = 15_000;

/** 查询进度: case number + query code → where the case stands, kept fresh while the page is open. */
function ProgressPageInner() {
  const t = useMessages(progressMessages);
  const { lang } = useLang();
  const queryClient = useQueryClient();
  const fromReceipt = (useLocation().state as { caseNumber?: string } | null)?.caseNumber;
  const remembered = rememberedCredentials();
  const [credentials, setCredentials] = useState<Credentials | undefined>(() =>
    remembered && (!fromReceipt || remembered.caseNumber === fromReceipt) ? remembered : undefined,
  );
  const [form] = Form.useForm<Credentials>();

  const progress = useQuery({
    queryKey: ['progress', credentials?.caseNumber, lang],
    enabled: !!credentials,
    queryFn: () => fetchProgress(credentials!, lang),
    refetchInterval: POLL_MS,
    retry: false,
  });

  const search = (values: Credentials) => {
    const next = { caseNumber: values.caseNumber.trim().toUpperCase(), queryCode: values.queryCode.trim().toUpperCase() };
    rememberCredentials(next);
    setCredentials(next);
  };
  const clear = () => {
    forgetCredentials();
    setCredentials(undefined);
    form.resetFields();
  };
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['progress', credentials?.caseNumber] });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <PageTitle title={t('title')} subtitle={t('intro')} />
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ caseNumber: credentials?.caseNumber ?? fromReceipt ?? '', queryCode: credentials?.queryCode ?? '' }}
          onFinish={search}
        >
          <Flex gap={12} wrap align="flex-end">
            <Form.Item name="caseNumber" label={t('caseNumber')} rules={[{ required: true, whitespace: true, message: t('required', { field: t('caseNumber') }) }]} style={{ flex: '1 1 200px', marginBottom: 12 }}>
              <Input placeholder="SW-2026-000123" autoComplete="off" maxLength={32} />
            </Form.Item>
            <Form.Item name="queryCode" label={t('queryCode')} rules={[{ required: true, whitespace: true, message: t('required', { field: t('queryCode') }) }]} style={{ flex: '1 1 200px', marginBottom: 12 }}>
              <Input placeholder="XXXXX-XXXXX" autoComplete="off" spellCheck={false} maxLength={32} />
            </Form.Item>
            <Form.Item style={{ marginBottom: 12 }}>
              <Space>
                <Button type="primary" htmlType="submit" loading={progress.isFetching && !progress.data}>
                  {t('query')}
                </Button>
                {credentials && <Button onClick={clear}>{t('clear')}</Button>}
              </Space>
            </Form.Item>
          </Flex>
        </Form>
        {progress.isError && <ProblemAlert error={progress.error} />}
      </Card>
      {progress.data && credentials && (
        <>
          <Freshness updatedAt={progress.dataUpdatedAt} fetching={progress.isFetching} intervalMs={POLL_MS} onRefresh={refresh} />
          <ProgressView progress={progress.data} />
          <PetitionerActions progress={progress.data} credentials={credentials} onChanged={refresh} />
        </>
      )}
    </Space>
  );
}

/** With the shared query cache (provided here, not by the shell: see app/query-client.ts). */
export function ProgressPage() {
  return (
    <WithQueries>
      <ProgressPageInner />
    </WithQueries>
  );
}
