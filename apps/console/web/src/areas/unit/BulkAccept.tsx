import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { App, Button, Flex, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiProblem } from '../../api/client';
import { useApi } from '../../api/use-api';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { SimpleList } from './SimpleList';
import { useInvalidateCases, type UnitCase } from './unit-api';

const messages = defineMessages({
  'zh-CN': {
    accept: '批量受理（{n}）',
    title: '批量受理',
    confirm: '确定受理以下 {n} 件案件？受理后开始计算办理期限。',
    run: '全部受理',
    close: '关闭',
    cancel: '取消',
    ok: '已受理',
    done: '批量受理完成：成功 {ok} 件，失败 {failed} 件',
    failed: '受理失败',
    results: '逐件结果',
  },
  en: {
    accept: 'Accept selected ({n})',
    title: 'Accept several cases',
    confirm: 'Accept these {n} cases? The handling deadline starts on acceptance.',
    run: 'Accept all',
    close: 'Close',
    cancel: 'Cancel',
    ok: 'Accepted',
    done: 'Done: {ok} accepted, {failed} failed',
    failed: 'Not accepted',
    results: 'Result per case',
  },
});

interface Result {
  petitionId: string;
  ok: boolean;
  reason?: string;
}

/** 批量受理: accept several assigned cases at once, with each case's own result. */
export function BulkAccept({ cases, onDone }: { cases: UnitCase[]; onDone(): void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const api = useApi();
  const invalidate = useInvalidateCases();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<Result[] | null>(null);
  // The cases as chosen when the dialog opened: once accepted they leave the selection, their results stay.
  const [batch, setBatch] = useState<UnitCase[]>([]);

  const run = async () => {
    setRunning(true);
    const out: Result[] = [];
    // One after the other: two shared cores, and each answer is its own result.
    for (const c of batch) {
      try {
        await api.post('handling', `/v1/cases/${c.petitionId}/accept`);
        out.push({ petitionId: c.petitionId, ok: true });
      } catch (error) {
        out.push({ petitionId: c.petitionId, ok: false, reason: error instanceof ApiProblem ? error.titleIn(lang) : t('failed') });
      }
      setResults([...out]);
    }
    setRunning(false);
    await invalidate();
    const ok = out.filter((r) => r.ok).length;
    void message[ok === out.length ? 'success' : 'warning'](t('done', { ok, failed: out.length - ok }));
  };

  const close = () => {
    setOpen(false);
    if (results) onDone();
    setResults(null);
  };

  const byId = new Map(results?.map((r) => [r.petitionId, r]));
  return (
    <>
      <Button
        type="primary"
        disabled={cases.length === 0}
        onClick={() => {
          setBatch(cases);
          setOpen(true);
        }}
      >
        {t('accept', { n: cases.length })}
      </Button>
      <Modal
        title={t('title')}
        open={open}
        onCancel={close}
        footer={
          results && !running
            ? [<Button key="close" onClick={close}>{t('close')}</Button>]
            : [
                <Button key="cancel" onClick={close} disabled={running}>
                  {t('cancel')}
                </Button>,
                <Button key="run" type="primary" loading={running} onClick={() => void run()}>
                  {t('run')}
                </Button>,
              ]
        }
      >
        <Typography.Paragraph>{results && !running ? t('results') : t('confirm', { n: batch.length })}</Typography.Paragraph>
        <SimpleList
          border
          label={t('results')}
          items={batch}
          rowKey={(c) => c.petitionId}
          render={(c) => {
            const r = byId.get(c.petitionId);
            return (
              <Flex justify="space-between" gap={8} wrap>
                <span>
                  {c.caseNumber} · {c.subject}
                </span>
                {r &&
                  (r.ok ? (
                    <Tag color="success" icon={<CheckCircleOutlined aria-hidden />}>
                      {t('ok')}
                    </Tag>
                  ) : (
                    <Tag color="error" icon={<CloseCircleOutlined aria-hidden />} style={{ whiteSpace: 'normal' }}>
                      {t('failed')}：{r.reason}
                    </Tag>
                  ))}
              </Flex>
            );
          }}
        />
      </Modal>
    </>
  );
}
