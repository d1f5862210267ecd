import { Button, Col, Row, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Chart } from '../../components/Chart';
import { defineMessages, useMessages } from '../../i18n/i18n';
import { lightsChartOption, type UnitLights } from './unit-lights';
import { DANGER_TEXT } from './SupervisorTheme';

const messages = defineMessages({
  'zh-CN': {
    heading: '各单位在办与超期',
    unit: '责任单位',
    open: '在办',
    red: '红灯（超期）',
    yellow: '黄灯（临期）',
    green: '绿灯',
    chart: '各单位在办案件按警示灯分布的条形图',
    table: '各单位在办与超期案件数',
    empty: '暂无在办案件',
    filter: '只看此单位',
  },
  en: {
    heading: 'Open and overdue by unit',
    unit: 'Unit',
    open: 'Open',
    red: 'Red (overdue)',
    yellow: 'Yellow (near)',
    green: 'Green',
    chart: 'Bar chart of each unit’s open cases by warning light',
    table: 'Open and overdue cases per unit',
    empty: 'No open cases',
    filter: 'Only this unit',
  },
});

/** Per unit: open cases and how many are red or yellow, as a chart to look at and a table to pick a unit from. */
export function UnitLightsSection({ rows, loading, onPick }: { rows: UnitLights[]; loading: boolean; onPick: (unitId: string) => void }) {
  const t = useMessages(messages);
  const option = useMemo(() => lightsChartOption(rows, { red: t('red'), yellow: t('yellow'), green: t('green') }), [rows, t]);
  const columns: TableColumnsType<UnitLights> = [
    {
      title: t('unit'),
      dataIndex: 'unitName',
      render: (name: string, row) =>
        row.unitId ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onPick(row.unitId)} title={t('filter')}>
            {name}
          </Button>
        ) : (
          name
        ),
    },
    { title: t('open'), dataIndex: 'open', align: 'right' },
    { title: t('red'), dataIndex: 'red', align: 'right', render: (n: number) => (n > 0 ? <Typography.Text strong style={{ color: DANGER_TEXT }}>{n}</Typography.Text> : n) },
    { title: t('yellow'), dataIndex: 'yellow', align: 'right' },
  ];
  return (
    <section aria-labelledby="unit-lights" style={{ background: '#fff', borderRadius: 8, padding: 16 }}>
      <Typography.Title level={2} id="unit-lights" style={{ fontSize: 18, marginTop: 0 }}>
        {t('heading')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          {rows.length > 0 ? <Chart option={option} height={Math.max(200, Math.min(rows.length, 12) * 32 + 60)} label={t('chart')} /> : <Typography.Text type="secondary">{t('empty')}</Typography.Text>}
        </Col>
        <Col xs={24} xl={11}>
          <Table<UnitLights>
            size="small"
            rowKey={(r) => r.unitId || '-'}
            aria-label={t('table')}
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
          />
        </Col>
      </Row>
    </section>
  );
}
