import { AppraisalFindings } from '@contracts/vocabulary';
import { Button, Drawer, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { defineMessages, useLabel, useLang, useMessages } from '../../i18n/i18n';
import { CaseTimeline } from './CaseTimeline';
import { FINDING_REASONS } from './labels';
import type { Finding, UnitAppraisal } from './organization-api';

const messages = defineMessages({
  'zh-CN': {
    title: '{unit} · {finding}',
    intro: '{period}，{unit}存在“{finding}”问题的信访件共 {n} 件。展开可查看每件的办理过程。',
    caseNumber: '信访件编号',
    reasons: '具体情形',
    show: '查看办理过程',
    hide: '收起办理过程',
    close: '关闭',
  },
  en: {
    title: '{unit} · {finding}',
    intro: 'In {period}, {n} case(s) of {unit} stand behind “{finding}”. Open one to see what happened.',
    caseNumber: 'Case number',
    reasons: 'Why',
    show: 'Show what happened',
    hide: 'Hide what happened',
    close: 'Close',
  },
});

type FindingLabel = { 'zh-CN': string; en: string };

/** The cases behind one finding of one unit (四个不到位), each with its reasons and timeline. */
export function FindingDrawer({ unit, finding, periodText, onClose }: { unit?: UnitAppraisal; finding?: Finding; periodText: string; onClose: () => void }) {
  const t = useMessages(messages);
  const label = useLabel();
  const { lang } = useLang();
  const [openCase, setOpenCase] = useState<string>();
  const findingLabel = finding ? label((AppraisalFindings.labels as Record<string, FindingLabel>)[finding.code], finding.code) : '';
  return (
    <Drawer
      open={!!unit && !!finding}
      onClose={() => {
        setOpenCase(undefined);
        onClose();
      }}
      size={Math.min(640, typeof window === 'undefined' ? 640 : window.innerWidth)}
      title={unit && finding ? t('title', { unit: unit.unitName, finding: findingLabel }) : ''}
      closable={{ 'aria-label': t('close') }}
      data-testid="finding-drawer"
    >
      {unit && finding && (
        <>
          <Typography.Paragraph>{t('intro', { period: periodText, unit: unit.unitName, finding: findingLabel, n: finding.cases.length })}</Typography.Paragraph>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {finding.cases.map((c) => {
              const number = c.caseNumber ?? c.petitionId;
              const expanded = openCase === c.petitionId;
              return (
                <li key={c.petitionId} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
                  <Flex justify="space-between" align="center" wrap gap={8}>
                    <Space orientation="vertical" size={4}>
                      <Typography.Text>
                        <Typography.Text type="secondary">{t('caseNumber')}：</Typography.Text>
                        <Typography.Text strong copyable={{ text: number }}>
                          {number}
                        </Typography.Text>
                      </Typography.Text>
                      <Space size={4} wrap>
                        <Typography.Text type="secondary">{t('reasons')}：</Typography.Text>
                        {c.reasons.map((r) => (
                          <Tag key={r} color="volcano">
                            {FINDING_REASONS[r]?.[lang] ?? r}
                          </Tag>
                        ))}
                      </Space>
                    </Space>
                    <Button size="small" aria-expanded={expanded} aria-controls={`timeline-${c.petitionId}`} onClick={() => setOpenCase(expanded ? undefined : c.petitionId)}>
                      {expanded ? t('hide') : t('show')}
                    </Button>
                  </Flex>
                  {expanded && (
                    <div id={`timeline-${c.petitionId}`} style={{ marginTop: 16, paddingInlineStart: 4 }}>
                      <CaseTimeline petitionId={c.petitionId} caseNumber={number} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Drawer>
  );
}
