import { CopyOutlined, PhoneOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Descriptions, Flex, Form, Input, Row, Select, Space, Typography, message } from 'antd';
import { PetitionKinds } from '@contracts/vocabulary';
import taxonomy from '@contracts/taxonomy.json';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { DuplicateHints } from './DuplicateHints';
import { useRegisterCall, type HotlineCall, type HotlineReceipt } from './operator-api';

const messages = defineMessages({
  'zh-CN': {
    title: '来电登记',
    subtitle: '边听边记，登记后向来电人读出受理编号和查询码。',
    keys: '快捷键：Tab 逐项填写 · Ctrl+Enter 登记 · Alt+N 新来电',
    callerNumber: '来电号码',
    callerNumberHelp: '来电显示的号码，作为来电人的联系电话加密保存',
    subject: '主题',
    summary: '来电摘要',
    summaryHelp: '按来电人所说记录：时间、地点、事情经过和诉求',
    kind: '事项类型',
    category: '问题分类',
    categoryHelp: '可输入文字筛选；不确定可不选，由系统分类',
    callerName: '来电人姓名',
    idNumber: '身份证号',
    address: '住址',
    confidential: '检举控告：对承办单位保密来电人身份',
    register: '登记',
    newCall: '新来电',
    started: '通话开始于 {time}，已通话 {duration}',
    restart: '重新计时',
    required: '请填写{field}',
    tooLong: '{field}不能超过 {n} 个字',
    phoneInvalid: '请输入手机号或带区号的固定电话',
    idInvalid: '身份证号为 18 位，末位可为 X',
    registered: '已登记',
    caseNumber: '受理编号',
    queryCode: '查询码',
    receivedAt: '登记时间',
    readOut: '请向来电人读出：',
    copy: '复制话术',
    copied: '已复制',
    find: '查看此件',
    next: '下一个来电',
    none: '不选',
  },
  en: {
    title: 'Register a call',
    subtitle: 'Type while you listen; after registering, read the case number and query code to the caller.',
    keys: 'Keys: Tab through the fields · Ctrl+Enter registers · Alt+N starts a new call',
    callerNumber: 'Caller number',
    callerNumberHelp: 'The number on the display; sealed as the caller’s phone',
    subject: 'Subject',
    summary: 'Call summary',
    summaryHelp: 'What the caller said: when, where, what happened, what they ask for',
    kind: 'Kind',
    category: 'Category',
    categoryHelp: 'Type to filter; leave empty if unsure and routing classifies it',
    callerName: 'Caller’s name',
    idNumber: 'ID card number',
    address: 'Address',
    confidential: 'Report / accusation: keep the caller’s identity from the units',
    register: 'Register',
    newCall: 'New call',
    started: 'Call started {time}, {duration} so far',
    restart: 'Restart timer',
    required: 'Please enter the {field}',
    tooLong: '{field} is at most {n} characters',
    phoneInvalid: 'Enter a mobile number or a landline with its area code',
    idInvalid: 'An ID card number has 18 characters; the last may be X',
    registered: 'Registered',
    caseNumber: 'Case number',
    queryCode: 'Query code',
    receivedAt: 'Registered at',
    readOut: 'Read this to the caller:',
    copy: 'Copy the script',
    copied: 'Copied',
    find: 'Open this case',
    next: 'Next call',
    none: 'None',
  },
});

interface Values {
  callerNumber: string;
  subject: string;
  summary: string;
  kind?: string;
  category?: string;
  callerName?: string;
  idNumber?: string;
  address?: string;
  confidential?: boolean;
}

/** Same checks as intake's, so the operator hears of a typo before pressing 登记; intake decides. */
const PHONE = /^(?:\+?86[\s-]?)?(?:1[3-9]\d(?:[\s-]?\d{4}){2}|0\d{2,3}[\s-]?\d{7,8})$/;
const ID_NUMBER = /^\d{17}[\dXx]$/;

/** Level-2 categories of the board's taxonomy as "一级 / 二级" options, searchable by typing. */
const CATEGORY_OPTIONS = (taxonomy as { categories: { level1: string; children: { level2: string }[] }[] }).categories.flatMap((c) =>
  c.children.map((child) => ({ value: `${c.level1}\u0000${child.level2}`, label: `${c.level1} / ${child.level2}` })),
);

function elapsed(fromMs: number, nowMs: number): string {
  const s = Math.max(0, Math.round((nowMs - fromMs) / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * 来电登记: the hotline operator types the call as it goes — keyboard only, duplicate hints beside
 * the form — registers it, and reads the receipt script back to the caller.
 */
export default function CallEntryPage() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();
  const register = useRegisterCall();
  const [receipt, setReceipt] = useState<HotlineReceipt>();
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  // One key per call: a retry after a timeout returns the same receipt instead of a second case.
  const idempotencyKey = useRef(crypto.randomUUID());
  const firstField = useRef<HTMLInputElement>(null);
  const subject = Form.useWatch('subject', form) ?? '';
  const summary = Form.useWatch('summary', form) ?? '';

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  function newCall() {
    form.resetFields();
    register.reset();
    setReceipt(undefined);
    setStartedAt(Date.now());
    idempotencyKey.current = crypto.randomUUID();
    setTimeout(() => firstField.current?.focus(), 0);
  }

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.altKey && (event.key === 'n' || event.key === 'N')) {
        event.preventDefault();
        newCall();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // newCall only touches stable setters and refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submitOnCtrlEnter(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      form.submit();
    }
  }

  function toCall(values: Values): HotlineCall {
    const caller = Object.fromEntries(
      ([['name', values.callerName], ['idNumber', values.idNumber], ['address', values.address]] as const).map(([k, v]) => [k, v?.trim()]).filter(([, v]) => v),
    );
    const [level1, level2] = values.category?.split('\u0000') ?? [];
    return {
      callerNumber: values.callerNumber.trim(),
      callStartedAt: new Date(startedAt).toISOString(),
      durationSeconds: Math.max(0, Math.round((Date.now() - startedAt) / 1000)),
      subject: values.subject.trim(),
      summary: values.summary.trim(),
      ...(Object.keys(caller).length ? { caller } : {}),
      ...(values.kind ? { kind: values.kind } : {}),
      ...(level1 ? { category: { level1, ...(level2 ? { level2 } : {}) } } : {}),
      ...(values.confidential ? { confidential: true } : {}),
    };
  }

  function submit(values: Values) {
    register.mutate(
      { call: toCall(values), idempotencyKey: idempotencyKey.current },
      { onSuccess: (result) => setReceipt(result) },
    );
  }

  const required = (field: string) => ({ required: true, whitespace: true, message: t('required', { field }) });
  const max = (field: string, n: number) => ({ max: n, message: t('tooLong', { field, n }) });
  const kindOptions = useMemo(() => [{ value: '', label: t('none') }, ...PetitionKinds.codes.map((code) => ({ value: code, label: PetitionKinds.label(code, lang) }))], [lang, t]);

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <Space wrap>
            <Typography.Text type="secondary" data-testid="call-timer">
              <PhoneOutlined /> {t('started', { time: formatDateTime(new Date(startedAt).toISOString(), lang), duration: elapsed(startedAt, now) })}
            </Typography.Text>
            <Button icon={<ReloadOutlined />} onClick={() => setStartedAt(Date.now())} disabled={Boolean(receipt)}>
              {t('restart')}
            </Button>
          </Space>
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('keys')}
      </Typography.Paragraph>
      {receipt && <Receipt receipt={receipt} onNext={newCall} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small">
            <Form
              form={form}
              layout="vertical"
              requiredMark="optional"
              onFinish={submit}
              onKeyDown={submitOnCtrlEnter}
              disabled={Boolean(receipt) || register.isPending}
              aria-label={t('title')}
            >
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="callerNumber" label={t('callerNumber')} extra={t('callerNumberHelp')} rules={[required(t('callerNumber')), { pattern: PHONE, message: t('phoneInvalid') }]}>
                    <Input ref={(el) => void (firstField.current = el?.input ?? null)} inputMode="tel" autoComplete="off" maxLength={32} autoFocus />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="callerName" label={t('callerName')} rules={[max(t('callerName'), 50)]}>
                    <Input autoComplete="off" maxLength={50} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="subject" label={t('subject')} rules={[required(t('subject')), max(t('subject'), 200)]}>
                <Input autoComplete="off" maxLength={200} showCount />
              </Form.Item>
              <Form.Item name="summary" label={t('summary')} extra={t('summaryHelp')} rules={[required(t('summary')), max(t('summary'), 10_000)]}>
                <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} maxLength={10_000} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item name="kind" label={t('kind')} initialValue="">
                    <Select options={kindOptions} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name="category" label={t('category')} extra={t('categoryHelp')}>
                    <Select options={CATEGORY_OPTIONS} showSearch={{ optionFilterProp: 'label' }} allowClear />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={12}>
                <Col xs={24} md={10}>
                  <Form.Item name="idNumber" label={t('idNumber')} rules={[{ pattern: ID_NUMBER, message: t('idInvalid') }]}>
                    <Input autoComplete="off" maxLength={18} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={14}>
                  <Form.Item name="address" label={t('address')} rules={[max(t('address'), 200)]}>
                    <Input autoComplete="off" maxLength={200} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="confidential" valuePropName="checked">
                <Checkbox>{t('confidential')}</Checkbox>
              </Form.Item>
              <ProblemAlert error={register.error} style={{ marginBottom: 16 }} />
              <Flex gap={8} wrap>
                <Button type="primary" htmlType="submit" loading={register.isPending} aria-keyshortcuts="Control+Enter">
                  {t('register')}
                </Button>
                <Button onClick={newCall} disabled={false} aria-keyshortcuts="Alt+N">
                  {t('newCall')}
                </Button>
              </Flex>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <div style={{ position: 'sticky', top: 16 }}>
            <DuplicateHints subject={subject} text={summary} />
          </div>
        </Col>
      </Row>
    </>
  );
}

/** 回执: the case number and query code, and the script the operator reads out. */
function Receipt({ receipt, onNext }: { receipt: HotlineReceipt; onNext: () => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [toast, holder] = message.useMessage();
  const script = receipt.readOut[lang] ?? receipt.readOut['zh-CN'];
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      data-testid="call-receipt"
      title={t('registered')}
      description={
        <>
          {holder}
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 8 }}>
            <Descriptions.Item label={t('caseNumber')}>
              <Typography.Text strong data-testid="call-case-number">
                {receipt.caseNumber}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('queryCode')}>
              <Typography.Text strong code data-testid="call-query-code">
                {receipt.queryCode}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('receivedAt')}>{formatDateTime(receipt.receivedAt, lang)}</Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">{t('readOut')}</Typography.Text>
          <Typography.Paragraph style={{ fontSize: 16, margin: '4px 0 12px' }} data-testid="call-read-out">
            {script}
          </Typography.Paragraph>
          <Space wrap>
            <Button type="primary" onClick={onNext} autoFocus>
              {t('next')}
            </Button>
            <Button
              icon={<CopyOutlined />}
              onClick={() => void navigator.clipboard?.writeText(script).then(() => toast.success(t('copied')), () => undefined)}
            >
              {t('copy')}
            </Button>
            <Link to={`/staff/operator/find?caseNumber=${encodeURIComponent(receipt.caseNumber)}`}>{t('find')}</Link>
          </Space>
        </>
      }
    />
  );
}
