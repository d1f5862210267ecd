import { BulletinPeriods, SupervisionOrderReasons } from '@contracts/vocabulary';
import type { Lang } from '../../i18n/i18n';
import type { BulletinKind, OrderStatus } from './supervisor-api';

type Label = { 'zh-CN': string; en: string };

export function reasonLabel(code: string, lang: Lang): string {
  return (SupervisionOrderReasons.labels as Record<string, Label>)[code]?.[lang] ?? code;
}

export function bulletinKindLabel(kind: BulletinKind, lang: Lang): string {
  return BulletinPeriods.labels[kind][lang];
}

/** Which limit a warning counts down to. */
export const DEADLINE_LABELS: Record<string, Label> = {
  'accept-by': { 'zh-CN': '受理期限', en: 'Accept by' },
  'handle-by': { 'zh-CN': '办理期限', en: 'Handle by' },
};

export const ORDER_STATUS_LABELS: Record<OrderStatus, Label> = {
  open: { 'zh-CN': '待反馈', en: 'Awaiting answer' },
  answered: { 'zh-CN': '已反馈', en: 'Answered' },
  overdue: { 'zh-CN': '逾期未反馈', en: 'Overdue, unanswered' },
};

/** Antd Tag colours of order statuses; the word always goes with the colour. */
export const ORDER_STATUS_COLORS: Record<OrderStatus, string> = { open: 'blue', answered: 'success', overdue: 'error' };
