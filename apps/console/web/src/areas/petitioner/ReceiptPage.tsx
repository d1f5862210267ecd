import { CopyOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { useMessages } from '../../i18n/i18n';
import type { Receipt } from './petitioner-api';
import { receiptMessages } from './petitioner-messages';

/** The receipt, shown once after submitting: case number and query code, to copy or print. */
export function ReceiptPage() {
  const t = useMessages(receiptMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const receipt = (useLocation().state as { receipt?: Receipt } | null)?.receipt;

  if (!receipt) {
    return (
      <Card>
        <PageTitle title={t('title')} />
        <Alert type="warning" showIcon title={t('missing')} />
        <Button type="link" onClick={() => void navigate('/progress')}>
          {t('progress')}
        </Button>
      </Card>
    );
  }

  const copy = (value: string, what: string) => {
    navigator.clipboard.writeText(value).then(
      () => void message.success(t('copied', { what })),
      () => void message.warning(t('copyFailed')),
    );
  };
  const code = (value: string, testId: string, what: string) => (
    <Flex align="center" gap={8} wrap>
      <Typography.Text strong data-testid={testId} style={{ fontSize: 22, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', letterSpacing: 1 }}>
        {value}
      </Typography.Text>
      <Button className="no-print" size="small" icon={<CopyOutlined />} onClick={() => copy(value, what)} aria-label={`${t('copy')}${what}`}>
        {t('copy')}
      </Button>
    </Flex>
  );

  return (
    <Card>
      <Result status="success" title={<PageTitle title={t('title')} />} subTitle={t('subtitle')} style={{ padding: '8px 0' }} />
      <Descriptions column={1} bordered size="middle" items={[
        { key: 'case', label: t('caseNumber'), children: code(receipt.caseNumber, 'case-number', t('caseNumber')) },
        { key: 'code', label: t('queryCode'), children: code(receipt.queryCode, 'query-code', t('queryCode')) },
      ]} />
      <Alert type="warning" showIcon title={t('keep')} style={{ margin: '16px 0 8px' }} />
      <Typography.Paragraph type="secondary">{t('deadline')}</Typography.Paragraph>
      <Flex gap={8} wrap className="no-print">
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('print')}
        </Button>
        <Button type="primary" onClick={() => void navigate('/progress', { state: { caseNumber: receipt.caseNumber } })}>
          {t('progress')}
        </Button>
        <Link to="/" style={{ alignSelf: 'center' }}>
          {t('another')}
        </Link>
      </Flex>
    </Card>
  );
}
