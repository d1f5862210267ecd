import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { WarningLights } from '@contracts/vocabulary';
import { useEffect, useState } from 'react';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { CASE_STATUSES } from './unit-api';
import { kindOptions, useVocab } from './labels';
import { useSavedFilters, type CaseFilters } from './saved-filters';

const messages = defineMessages({
  'zh-CN': {
    status: '状态',
    light: '预警灯',
    kind: '类型',
    text: '关键词',
    textPlaceholder: '编号、主题或内容',
    any: '全部',
    open: '待办（待受理、办理中、重新办理）',
    none: '无（不计时）',
    saved: '已保存的筛选',
    savedPlaceholder: '选择已保存的筛选',
    save: '保存筛选',
    remove: '删除所选筛选',
    name: '筛选名称',
    namePlaceholder: '如：红灯待办',
    saveTitle: '保存当前筛选',
    saveOk: '保存',
    cancel: '取消',
    savedOk: '已保存筛选“{name}”',
    removedOk: '已删除筛选“{name}”',
    reset: '清除筛选',
    filters: '筛选案件',
    required: '请输入名称',
  },
  en: {
    status: 'Status',
    light: 'Light',
    kind: 'Kind',
    text: 'Keyword',
    textPlaceholder: 'Number, subject or text',
    any: 'All',
    open: 'To do (to accept, handling, reopened)',
    none: 'None (no clock)',
    saved: 'Saved filters',
    savedPlaceholder: 'Choose a saved filter',
    save: 'Save filter',
    remove: 'Delete the chosen filter',
    name: 'Filter name',
    namePlaceholder: 'e.g. Red, to do',
    saveTitle: 'Save the current filter',
    saveOk: 'Save',
    cancel: 'Cancel',
    savedOk: 'Filter “{name}” saved',
    removedOk: 'Filter “{name}” deleted',
    reset: 'Clear filters',
    filters: 'Filter cases',
    required: 'Enter a name',
  },
});

/** Status, light, kind and keyword filters, with named filters kept per unit in this browser. */
export function CaseFilterBar({ unitId, value, onChange }: { unitId?: string; value: CaseFilters; onChange(next: CaseFilters): void }) {
  const t = useMessages(messages);
  const v = useVocab();
  const { message } = App.useApp();
  const [form] = Form.useForm<CaseFilters>();
  const [nameForm] = Form.useForm<{ name: string }>();
  const { saved, save, remove } = useSavedFilters(unitId);
  const [chosen, setChosen] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    form.setFieldsValue({ status: undefined, light: undefined, kind: undefined, text: undefined, ...value });
  }, [form, value]);

  const apply = (name: string | undefined) => {
    setChosen(name);
    const found = saved.find((s) => s.name === name);
    if (found) onChange(found.filters);
  };

  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      <Form form={form} name="unit-case-filters" layout="inline" aria-label={t('filters')} onValuesChange={(_, all) => {
          setChosen(undefined);
          onChange(all);
        }} style={{ rowGap: 8 }}>
        <Form.Item label={t('status')} name="status">
          <Select
            allowClear
            placeholder={t('any')}
            style={{ width: 200 }}
            options={[{ value: 'open', label: t('open') }, ...CASE_STATUSES.map((s) => ({ value: s, label: v.status(s) }))]}
          />
        </Form.Item>
        <Form.Item label={t('light')} name="light">
          <Select
            allowClear
            placeholder={t('any')}
            style={{ width: 160 }}
            options={[...WarningLights.codes.map((code) => ({ value: code, label: WarningLights.labels[code][v.lang] })), { value: 'none', label: t('none') }]}
          />
        </Form.Item>
        <Form.Item label={t('kind')} name="kind">
          <Select allowClear placeholder={t('any')} style={{ width: 140 }} options={kindOptions(v.lang)} />
        </Form.Item>
        <Form.Item label={t('text')} name="text">
          <Input allowClear placeholder={t('textPlaceholder')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item>
          <Button
            onClick={() => {
              setChosen(undefined);
              onChange({});
            }}
          >
            {t('reset')}
          </Button>
        </Form.Item>
      </Form>
      <Flex gap={8} wrap align="center">
        <Form layout="inline">
          <Form.Item label={t('saved')} htmlFor="unit-saved-filter" style={{ marginInlineEnd: 8 }}>
            <Select
              id="unit-saved-filter"
              allowClear
              placeholder={t('savedPlaceholder')}
              style={{ width: 200 }}
              value={chosen}
              onChange={apply}
              options={saved.map((s) => ({ value: s.name, label: s.name }))}
              notFoundContent={null}
            />
          </Form.Item>
        </Form>
        <Button
          icon={<DeleteOutlined />}
          aria-label={t('remove')}
          title={t('remove')}
          disabled={!chosen}
          onClick={() => {
            if (!chosen) return;
            remove(chosen);
            void message.success(t('removedOk', { name: chosen }));
            setChosen(undefined);
          }}
        />
        <Button icon={<SaveOutlined />} onClick={() => setSaving(true)}>
          {t('save')}
        </Button>
      </Flex>
      <Modal
        title={t('saveTitle')}
        open={saving}
        okText={t('saveOk')}
        cancelText={t('cancel')}
        onCancel={() => setSaving(false)}
        destroyOnHidden
        onOk={async () => {
          const { name } = await nameForm.validateFields();
          save(name.trim(), value);
          setChosen(name.trim());
          setSaving(false);
          nameForm.resetFields();
          void message.success(t('savedOk', { name: name.trim() }));
        }}
      >
        <Form form={nameForm} layout="vertical" preserve={false}>
          <Form.Item label={t('name')} name="name" rules={[{ required: true, whitespace: true, message: t('required') }, { max: 30 }]}>
            <Input placeholder={t('namePlaceholder')} maxLength={30} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
