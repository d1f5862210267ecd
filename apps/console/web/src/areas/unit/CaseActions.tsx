import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { defineMessages, useLang, useMessages } from '../../i18n/i18n';
import { ActionModal } from './ActionModal';
import { useInvalidateCases, useNotAcceptReasons, useUnits, type UnitCase } from './unit-api';

const messages = defineMessages({
  'zh-CN': {
    actions: '办理操作',
    accept: '受理',
    accepted: '已受理，办理期限开始计算',
    notAccept: '不予受理',
    notAcceptOk: '已作出不予受理决定',
    reasonCode: '不予受理理由',
    reasonOther: '理由说明',
    reasonExtra: '补充说明（可选）',
    legalBasis: '法律依据',
    ret: '退回',
    retTitle: '退回（非本单位职责）',
    retOk: '已退回，等待重新交办',
    retReason: '退回理由',
    suggested: '建议承办单位（可选）',
    transfer: '转送',
    transferTitle: '转送有权处理的机关',
    transferOk: '已转送',
    toBody: '转送机关',
    transferReason: '转送理由',
    extend: '申请延期',
    extendOk: '延期申请已提交，等待领导审批',
    days: '延期天数',
    extendReason: '延期理由（将告知信访人）',
    coordinate: '申请协调',
    coordinateTitle: '申请联席办协调',
    coordinateOk: '已申请协调',
    coordinateReason: '协调事由',
    complete: '报告落实情况',
    completeOk: '落实情况已报告',
    note: '落实情况',
    opinion: '提交协办意见',
    opinionTitle: '协办意见',
    opinionOk: '协办意见已提交',
    opinionText: '协办意见',
    submit: '提交',
    required: '请填写此项',
  },
  en: {
    actions: 'Actions',
    accept: 'Accept',
    accepted: 'Accepted; the handling deadline runs',
    notAccept: 'Not accept',
    notAcceptOk: 'Decided not to accept',
    reasonCode: 'Ground for not accepting',
    reasonOther: 'Reason',
    reasonExtra: 'Further explanation (optional)',
    legalBasis: 'Legal basis',
    ret: 'Return',
    retTitle: 'Return (not this unit’s matter)',
    retOk: 'Returned; it will be assigned again',
    retReason: 'Why it is returned',
    suggested: 'Suggested unit (optional)',
    transfer: 'Transfer',
    transferTitle: 'Transfer to the competent body',
    transferOk: 'Transferred',
    toBody: 'Body it goes to',
    transferReason: 'Reason',
    extend: 'Request extension',
    extendOk: 'Extension requested; a leader decides',
    days: 'Days',
    extendReason: 'Reason (the petitioner is told)',
    coordinate: 'Ask for coordination',
    coordinateTitle: 'Ask the joint office to coordinate',
    coordinateOk: 'Coordination requested',
    coordinateReason: 'Why',
    complete: 'Report completion',
    completeOk: 'Completion reported',
    note: 'What was done',
    opinion: 'Submit assisting opinion',
    opinionTitle: 'Assisting opinion',
    opinionOk: 'Opinion submitted',
    opinionText: 'Opinion',
    submit: 'Submit',
    required: 'Please fill this in',
  },
});

/** The actions a case's status allows, for the lead unit (or, for an assisting unit, its opinion). */
export function CaseActions({ c, unitId }: { c: UnitCase; unitId?: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const api = useApi();
  const { message } = App.useApp();
  const invalidate = useInvalidateCases();
  const lead = c.leadUnitId === unitId;
  const assigned = lead && c.status === 'assigned';
  const handling = lead && (c.status === 'accepted' || c.status === 'reopened');
  const reasons = useNotAcceptReasons(assigned);
  const units = useUnits();
  const path = (action: string) => `/v1/cases/${c.petitionId}/${action}`;
  const required = [{ required: true, whitespace: true, message: t('required') }];

  const accept = useMutation({
    mutationFn: () => api.post('handling', path('accept')),
    onSuccess: async () => {
      void message.success(t('accepted'));
      await invalidate();
    },
  });

  const assisting = !lead && !!unitId && c.assistingUnitIds.includes(unitId) && !['closed', 'not-accepted', 'transferred', 'returned'].includes(c.status);
  const canExtend = handling && (!c.extension || c.extension.status === 'refused');
  const canComplete = lead && !!c.promise && !c.promise.completedAt;
  if (!assigned && !handling && !assisting && !canComplete) return null;

  const ownOpinion = c.assistOpinions.find((o) => o.unitId === unitId)?.opinion;
  return (
    <section aria-label={t('actions')} style={{ marginBottom: 16 }}>
      <ProblemAlert error={accept.error} style={{ marginBottom: 8 }} />
      <Flex gap={8} wrap>
        {assigned && (
          <>
            <Button type="primary" loading={accept.isPending} onClick={() => accept.mutate()} data-testid="accept-case">
              {t('accept')}
            </Button>
            <ActionModal<{ reasonCode: string; reason?: string; legalBasis?: string }>
              label={t('notAccept')}
              title={t('notAccept')}
              okText={t('submit')}
              success={t('notAcceptOk')}
              submit={(v) => api.post('handling', path('not-accept'), { reasonCode: v.reasonCode, ...(v.reason?.trim() ? { reason: v.reason } : {}), ...(v.legalBasis?.trim() ? { legalBasis: v.legalBasis } : {}) })}
            >
              {(form) => (
                <>
                  <Form.Item label={t('reasonCode')} name="reasonCode" rules={[{ required: true, message: t('required') }]}>
                    <Select
                      loading={reasons.isLoading}
                      options={reasons.data?.items.map((r) => ({ value: r.code, label: r.label[lang] }))}
                      onChange={(code: string) => form.setFieldValue('legalBasis', reasons.data?.items.find((r) => r.code === code)?.legalBasis || undefined)}
                    />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate={(a, b) => a.reasonCode !== b.reasonCode}>
                    {() => {
                      const other = form.getFieldValue('reasonCode') === 'other';
                      return (
                        <>
                          <Form.Item label={other ? t('reasonOther') : t('reasonExtra')} name="reason" rules={other ? required : []}>
                            <Input.TextArea rows={3} maxLength={2000} />
                          </Form.Item>
                          <Form.Item label={t('legalBasis')} name="legalBasis" rules={other ? required : []}>
                            <Input maxLength={200} />
                          </Form.Item>
                        </>
                      );
                    }}
                  </Form.Item>
                </>
              )}
            </ActionModal>
            <ActionModal<{ reason: string; suggestedUnitId?: string }>
              label={t('ret')}
              title={t('retTitle')}
              okText={t('submit')}
              success={t('retOk')}
              submit={(v) => api.post('handling', path('return'), v)}
            >
              <Form.Item label={t('retReason')} name="reason" rules={required}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
              <Form.Item label={t('suggested')} name="suggestedUnitId">
                <Select allowClear showSearch optionFilterProp="label" options={units.data?.units.filter((u) => u.id !== unitId).map((u) => ({ value: u.id, label: u.name }))} />
              </Form.Item>
            </ActionModal>
            <ActionModal<{ toBody: string; reason: string; legalBasis: string }>
              label={t('transfer')}
              title={t('transferTitle')}
              okText={t('submit')}
              success={t('transferOk')}
              submit={(v) => api.post('handling', path('transfer'), v)}
            >
              <Form.Item label={t('toBody')} name="toBody" rules={required}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item label={t('transferReason')} name="reason" rules={required}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
              <Form.Item label={t('legalBasis')} name="legalBasis" rules={required}>
                <Input maxLength={200} />
              </Form.Item>
            </ActionModal>
          </>
        )}
        {canExtend && (
          <ActionModal<{ days: number; reason: string }>
            label={t('extend')}
            title={t('extend')}
            okText={t('submit')}
            success={t('extendOk')}
            initialValues={{ days: 15 }}
            submit={(v) => api.post('handling', path('extension-requests'), v)}
          >
            <Form.Item label={t('days')} name="days" rules={[{ required: true, message: t('required') }]}>
              <InputNumber min={1} max={30} precision={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item label={t('extendReason')} name="reason" rules={required}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </ActionModal>
        )}
        {handling && !c.coordination && (
          <ActionModal<{ reason: string }>
            label={t('coordinate')}
            title={t('coordinateTitle')}
            okText={t('submit')}
            success={t('coordinateOk')}
            submit={(v) => api.post('handling', path('coordination-requests'), v)}
          >
            <Form.Item label={t('coordinateReason')} name="reason" rules={required}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </ActionModal>
        )}
        {canComplete && (
          <ActionModal<{ note: string }> label={t('complete')} title={t('complete')} okText={t('submit')} success={t('completeOk')} submit={(v) => api.post('handling', path('completion'), v)}>
            <Form.Item label={t('note')} name="note" rules={required}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
          </ActionModal>
        )}
        {assisting && (
          <ActionModal<{ opinion: string }>
            label={t('opinion')}
            title={t('opinionTitle')}
            okText={t('submit')}
            success={t('opinionOk')}
            initialValues={{ opinion: ownOpinion }}
            buttonProps={{ type: 'primary' }}
            submit={(v) => api.post('handling', path('assist-opinions'), v)}
          >
            <Form.Item label={t('opinionText')} name="opinion" rules={required}>
              <Input.TextArea rows={5} maxLength={5000} />
            </Form.Item>
          </ActionModal>
        )}
      </Flex>
    </section>
  );
}
