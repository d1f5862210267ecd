import { DatePicker, Form, Input, Radio, Select } from 'antd';
import { SatisfactionLevels, VisitMethods } from '@contracts/vocabulary';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../api/use-api';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { ActionModal } from './ActionModal';
import { useVocab } from './labels';

const messages = defineMessages({
  'zh-CN': {
    record: '登记回访',
    title: '登记回访 {n}',
    titleAny: '登记回访',
    caseNumber: '案件编号',
    caseNumberBad: '请输入案件编号，如 SW-2026-000123',
    method: '回访方式',
    visitedAt: '回访时间',
    visitedAtHelp: '不填则为当前时间（北京时间）',
    visitor: '回访人',
    visitorHelp: '不填则为当前账号',
    summary: '回访情况',
    summaryHelp: '信访人的意见；联系方式会被自动隐去',
    satisfaction: '满意度（代信访人评价，可选）',
    satisfactionHelp: '填写后即为本轮答复的评价；已在网上评价的不能再代评',
    reasons: '不满意的原因',
    reasonsHelp: '每行一条',
    save: '保存',
    ok: '回访已登记',
    required: '请填写此项',
  },
  en: {
    record: 'Record visit',
    title: 'Record a visit for {n}',
    titleAny: 'Record a return visit',
    caseNumber: 'Case number',
    caseNumberBad: 'Enter a case number such as SW-2026-000123',
    method: 'Method',
    visitedAt: 'Visited at',
    visitedAtHelp: 'Now when left empty (Beijing time)',
    visitor: 'Visitor',
    visitorHelp: 'Your account when left empty',
    summary: 'What the petitioner said',
    summaryHelp: 'Contact details are masked automatically',
    satisfaction: 'Satisfaction (recorded for the petitioner, optional)',
    satisfactionHelp: 'It becomes the rating of this reply round; not possible once rated online',
    reasons: 'Why dissatisfied',
    reasonsHelp: 'One per line',
    save: 'Save',
    ok: 'Visit recorded',
    required: 'Please fill this in',
  },
});

interface VisitValues {
  caseNumber: string;
  method: string;
  visitedAt?: Dayjs;
  visitor?: string;
  summary: string;
  satisfaction?: string;
  reasons?: string;
}

/** 回访登记 (feedback POST /v1/visits): how, when and by whom; optionally the rating on the petitioner's behalf. */
export function RecordVisit({ caseNumber, primary }: { caseNumber?: string; primary?: boolean }) {
  const t = useMessages(messages);
  const v = useVocab();
  const api = useApi();
  const required = [{ required: true, whitespace: true, message: t('required') }];
  return (
    <ActionModal<VisitValues>
      label={t('record')}
      title={caseNumber ? t('title', { n: caseNumber }) : t('titleAny')}
      okText={t('save')}
      success={t('ok')}
      width={560}
      buttonProps={{ size: caseNumber ? 'small' : 'middle', type: primary ? 'primary' : 'default', 'aria-label': caseNumber ? t('title', { n: caseNumber }) : undefined }}
      initialValues={{ caseNumber, method: 'phone' }}
      submit={(x) =>
        api.post('feedback', '/v1/visits', {
          caseNumber: x.caseNumber.trim(),
          method: x.method,
          summary: x.summary,
          ...(x.visitedAt ? { visitedAt: new Date(`${x.visitedAt.format('YYYY-MM-DDTHH:mm')}:00+08:00`).toISOString() } : {}),
          ...(x.visitor?.trim() ? { visitor: x.visitor.trim() } : {}),
          ...(x.satisfaction ? { satisfaction: x.satisfaction } : {}),
          ...(x.satisfaction === 'dissatisfied' && x.reasons?.trim()
            ? {
                reasons: x.reasons
                  .split('\n')
                  .map((s) => s.trim())
                  .filter(Boolean),
              }
            : {}),
        })
      }
    >
      {(form) => (
        <>
          <Form.Item label={t('caseNumber')} name="caseNumber" rules={[...required, { pattern: /^\s*[A-Z]{2,6}-\d{4}-\d{6,}\s*$/, message: t('caseNumberBad') }]}>
            <Input disabled={!!caseNumber} />
          </Form.Item>
          <Form.Item label={t('method')} name="method" rules={required}>
            <Radio.Group aria-label={t('method')} options={VisitMethods.codes.map((code) => ({ value: code, label: v.visitMethod(code) }))} />
          </Form.Item>
          <Form.Item label={t('visitedAt')} name="visitedAt" extra={t('visitedAtHelp')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(new Date(), 'day')} />
          </Form.Item>
          <Form.Item label={t('visitor')} name="visitor" extra={t('visitorHelp')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('summary')} name="summary" rules={required} extra={t('summaryHelp')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item label={t('satisfaction')} name="satisfaction" extra={t('satisfactionHelp')}>
            <Select allowClear options={SatisfactionLevels.codes.map((code) => ({ value: code, label: v.satisfaction(code) }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.satisfaction !== b.satisfaction}>
            {() =>
              form.getFieldValue('satisfaction') === 'dissatisfied' && (
                <Form.Item label={t('reasons')} name="reasons" rules={required} extra={t('reasonsHelp')}>
                  <Input.TextArea rows={3} />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
