import { Tag } from 'antd';
import { Channels, PetitionKinds, ReopenReasons, ReplyOutcomes, SatisfactionLevels, SupervisionOrderReasons, VisitMethods } from '@contracts/vocabulary';
import { ReplyParts } from '@contracts/reply-parts';
import { useLabel, useLang, type Lang } from '../../i18n/i18n';
import type { CaseStatus } from './unit-api';

type Entry = { 'zh-CN': string; en: string };

/** A case's status as a unit's clerk reads it (handling's work-item statuses, worded for staff). */
export const CASE_STATUS_LABELS: Record<CaseStatus, Entry> = {
  assigned: { 'zh-CN': '待受理', en: 'To accept' },
  accepted: { 'zh-CN': '办理中', en: 'Being handled' },
  reopened: { 'zh-CN': '重新办理', en: 'Reopened' },
  replied: { 'zh-CN': '已答复', en: 'Replied' },
  closed: { 'zh-CN': '已办结', en: 'Closed' },
  'not-accepted': { 'zh-CN': '不予受理', en: 'Not accepted' },
  transferred: { 'zh-CN': '已转送', en: 'Transferred' },
  returned: { 'zh-CN': '已退回待改派', en: 'Returned, awaiting reassignment' },
};

// Preset colours whose text passes WCAG AA on their own background (processing, cyan, orange do not).
const STATUS_COLORS: Record<CaseStatus, string> = {
  assigned: 'blue',
  accepted: 'geekblue',
  reopened: 'magenta',
  replied: 'purple',
  closed: 'default',
  'not-accepted': 'default',
  transferred: 'default',
  returned: 'volcano',
};

function lookup(labels: Record<string, Entry>, code: string | undefined): Entry | undefined {
  return code && Object.prototype.hasOwnProperty.call(labels, code) ? labels[code] : undefined;
}

/** Labels of the domain codes the unit's screens show, in the reader's language. */
export function useVocab() {
  const label = useLabel();
  const { lang } = useLang();
  return {
    lang,
    status: (code: string) => label(lookup(CASE_STATUS_LABELS, code), code),
    kind: (code: string | undefined) => label(lookup(PetitionKinds.labels, code), code ?? '—'),
    outcome: (code: string) => label(lookup(ReplyOutcomes.labels, code), code),
    channel: (code: string) => label(lookup(Channels.labels, code), code),
    reopenReason: (code: string) => label(lookup(ReopenReasons.labels, code), code),
    orderReason: (code: string) => label(lookup(SupervisionOrderReasons.labels, code), code),
    visitMethod: (code: string) => label(lookup(VisitMethods.labels, code), code),
    satisfaction: (code: string | undefined) => label(lookup(SatisfactionLevels.labels, code), code ?? '—'),
    replyPart: (code: string) => label(lookup(ReplyParts.labels, code), code),
  };
}

export function StatusTag({ status }: { status: CaseStatus }) {
  const { status: name } = useVocab();
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{name(status)}</Tag>;
}

export const kindOptions = (lang: Lang) => PetitionKinds.codes.map((code) => ({ value: code, label: PetitionKinds.labels[code][lang] }));
