import { AppraisalGrades } from '@contracts/vocabulary';
import { Tag } from 'antd';
import { useCallback } from 'react';
import { useLabel } from '../../i18n/i18n';
import { GRADE_STYLE } from './labels';

/** A grade (等次) told by word and shape as well as colour. */
export function GradeTag({ grade }: { grade: string }) {
  const label = useLabel();
  const style = GRADE_STYLE[grade];
  const entry = (AppraisalGrades.labels as Record<string, { 'zh-CN': string; en: string }>)[grade];
  return (
    <Tag data-grade={grade} style={{ marginInlineEnd: 0, color: style?.text, background: style?.background, borderColor: style?.border }}>
      <span aria-hidden="true">{style?.symbol ?? ''} </span>
      {label(entry, grade)}
    </Tag>
  );
}

export function useGradeLabel() {
  const label = useLabel();
  return useCallback((grade: string) => label((AppraisalGrades.labels as Record<string, { 'zh-CN': string; en: string }>)[grade], grade), [label]);
}
