import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { query } from '../../api/client';
import { useApi } from '../../api/use-api';

/** How often the supervisor's queues are read again. */
export const POLL_MS = 30_000;

export type Light = 'green' | 'yellow' | 'red';
export type BulletinKind = 'daily' | 'monthly' | 'quarterly';
export type OrderStatus = 'open' | 'answered' | 'overdue';

/** The reasons a supervisor gives by hand (the service's MANUAL_ORDER_REASONS); the others are the scheduler's. */
export const MANUAL_ORDER_REASONS = ['unjustified-delay', 'no-result-reported', 'wrong-procedure', 'evasion', 'opinion-not-carried-out', 'other'] as const;
export type ManualOrderReason = (typeof MANUAL_ORDER_REASONS)[number];

export interface WarningItem {
  petitionId: string;
  caseNumber?: string;
  status: string;
  leadUnitId?: string;
  leadUnitName?: string;
  light: Light;
  lightLabel: string;
  deadline: 'accept-by' | 'handle-by';
  dueAt: string;
}

export interface Warnings {
  asOf: string;
  total: number;
  items: WarningItem[];
}

export interface SupervisionOrder {
  orderId: string;
  petitionId: string;
  caseNumber: string;
  unitId: string;
  reasonCode: string;
  reason: string;
  reasonEn: string;
  note?: string;
  automatic: boolean;
  issuedBy: string;
  issuedAt: string;
  dueBy: string;
  status: OrderStatus;
  overdue: boolean;
  answeredAt?: string;
  answeredLate?: boolean;
  answer?: string;
}

export interface Orders {
  asOf: string;
  total: number;
  items: SupervisionOrder[];
}

export interface IssueOrder {
  petitionId: string;
  reason: ManualOrderReason;
  note?: string;
  dueBy?: string;
}

export interface TimelineEvent {
  eventId: string;
  type: string;
  producer: string;
  occurredAt: string;
  summary: string;
  title: { 'zh-CN': string; en: string };
}

export interface Timeline {
  petitionId: string;
  caseNumber?: string;
  status: string;
  statusLabel: string;
  open: boolean;
  kind?: string;
  urgency?: string;
  escalations: string[];
  leadUnit?: { unitId: string; name?: string };
  assistingUnitIds: string[];
  deadlines: { receivedAt?: string; acceptBy?: string; acceptedAt?: string; handleBy?: string; extensions: number; reviewAnswerBy?: string };
  warning: { light: Light | null; lightLabel?: string; deadline?: string; dueAt?: string; yellowFrom?: string; stoppedAt?: string };
  replies: { round: number; unitId: string; outcome: string; outcomeLabel: string; repliedAt: string; onTime: boolean | null }[];
  ratings: { round: number; unitId: string; satisfaction: string; satisfactionLabel: string; ratedAt: string }[];
  supervision: { reminders: number; orders: number };
  events: TimelineEvent[];
}

export interface BulletinTotals {
  received: number;
  replied: number;
  onTime: number;
  onTimeRate: number | null;
  rated: number;
  satisfactionRate: number | null;
  overdue: number;
}

export interface UnitFigures {
  unitId: string;
  unitName: string;
  received: number;
  finished: number;
  onTime: number;
  onTimeRate: number | null;
  rated: number;
  satisfied: number;
  satisfactionRate: number | null;
  overdue: number;
  score: number | null;
}

export interface BulletinItem {
  petitionId: string;
  caseNumber?: string;
  receivedAt?: string;
  channel?: string;
  category?: string;
  urgency?: string;
  escalations: string[];
  unitId?: string;
  unitName?: string;
  deadline?: string;
}

export interface ListedUnit {
  unitId: string;
  unitName: string;
  score: number;
}

export interface OverdueCase {
  petitionId: string;
  caseNumber?: string;
  unitId: string;
  unitName: string;
  deadline: string;
  daysOverdue: number;
}

export interface OverdueOrder {
  orderId: string;
  petitionId: string;
  caseNumber?: string;
  unitId: string;
  unitName: string;
  dueBy: string;
  daysOverdue: number;
}

export interface Volume {
  code: string;
  label: string;
  count: number;
  previous: number;
  change: number | null;
}

/** A bulletin: the common fields, and the kind's own parts (absent on the other kinds). */
export interface Bulletin {
  kind: BulletinKind;
  period: string;
  from: string;
  to: string;
  asOf: string;
  provisional: boolean;
  totals: BulletinTotals;
  namedUnits: string[];
  awaitingInstruction?: BulletinItem[];
  urgentAndGroup?: BulletinItem[];
  turnedRed?: BulletinItem[];
  units?: UnitFigures[];
  overdueCases?: OverdueCase[];
  redList?: ListedUnit[];
  blackList?: ListedUnit[];
  unansweredOrders?: OverdueOrder[];
  previousPeriod?: string;
  previousTotals?: BulletinTotals;
  months?: { month: string; received: number; replied: number }[];
  volumes?: { category: Volume[]; area: Volume[]; channel: Volume[]; kind: Volume[] };
  hotTopics?: HotTopic[];
  groupIssues?: { alerts: HotTopic[]; escalatedGroup: number };
  /** The quarterly joint inspection report (zh-CN text filled from the figures). */
  inspection?: { title: string; sections: { heading: string; paragraphs: string[] }[] };
}

export interface BulletinView {
  bulletinId: string;
  published: boolean;
  publishedAt?: string;
  bulletin: Bulletin;
}

export interface HotTopic {
  matterId: string;
  rank: number;
  heat: number;
  messages: number;
  petitioners: number;
  support: number;
  repeats: number;
  thisWeek: number;
  previousWeeksMean: number;
  trend: number;
  lastAt: string;
  daysSinceLast: number;
  caseNumbers: string[];
  category?: string;
  area?: string;
  unitIds: string[];
  groupAlert?: { petitioners: number; from: string; to: string };
}

export interface HotTopics {
  from: string;
  to: string;
  groupAlerts: number;
  topics: HotTopic[];
}

export interface UnitCatalogue {
  units: { id: string; name: string }[];
}

export const supervisorKeys = {
  all: ['supervision'] as const,
  warnings: () => ['supervision', 'warnings'] as const,
  orders: (status?: string, unitId?: string) => ['supervision', 'orders', status ?? '', unitId ?? ''] as const,
  timeline: (petitionId: string) => ['supervision', 'timeline', petitionId] as const,
  bulletin: (kind: BulletinKind, period: string) => ['supervision', 'bulletin', kind, period] as const,
  hotTopics: (from?: string, to?: string) => ['supervision', 'hot-topics', from ?? '', to ?? ''] as const,
  units: () => ['routing', 'units'] as const,
};

/** Every open case with a unit deadline and its light now (red first, earliest due first). */
export function useWarnings(enabled = true) {
  const api = useApi();
  return useQuery({
    enabled,
    queryKey: supervisorKeys.warnings(),
    queryFn: ({ signal }) => api.get<Warnings>('supervision', `/v1/warnings${query({ limit: 500 })}`, { signal }),
    refetchInterval: POLL_MS,
  });
}

export function useOrders(status?: OrderStatus, unitId?: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: supervisorKeys.orders(status, unitId),
    queryFn: ({ signal }) => api.get<Orders>('supervision', `/v1/supervision-orders${query({ status, unitId })}`, { signal }),
    refetchInterval: POLL_MS,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTimeline(petitionId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: supervisorKeys.timeline(petitionId ?? ''),
    queryFn: ({ signal }) => api.get<Timeline>('supervision', `/v1/timeline/${encodeURIComponent(petitionId ?? '')}`, { signal }),
    enabled: !!petitionId,
  });
}

export function useIssueOrder() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueOrder) => api.post<{ orderId: string; dueBy: string }>('supervision', '/v1/supervision-orders', body),
    onSuccess: (_data, body) => {
      void client.invalidateQueries({ queryKey: ['supervision', 'orders'] });
      void client.invalidateQueries({ queryKey: supervisorKeys.timeline(body.petitionId) });
      void client.invalidateQueries({ queryKey: supervisorKeys.warnings() });
    },
  });
}

export function bulletinPath(kind: BulletinKind, period: string, suffix = ''): string {
  return `/v1/bulletins/${kind}/${encodeURIComponent(period)}${suffix}`;
}

export function useBulletin(kind: BulletinKind, period: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: supervisorKeys.bulletin(kind, period),
    queryFn: ({ signal }) => api.get<BulletinView>('supervision', bulletinPath(kind, period), { signal }),
    enabled: enabled && !!period,
    placeholderData: keepPreviousData,
  });
}

export function usePublishBulletin() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, period }: { kind: BulletinKind; period: string }) => api.post<BulletinView>('supervision', bulletinPath(kind, period, '/publish')),
    onSuccess: (view, { kind, period }) => {
      client.setQueryData(supervisorKeys.bulletin(kind, period), view);
      void client.invalidateQueries({ queryKey: supervisorKeys.bulletin(kind, period) });
    },
  });
}

export function useHotTopics(from?: string, to?: string, limit = 20) {
  const api = useApi();
  return useQuery({
    queryKey: [...supervisorKeys.hotTopics(from, to), limit],
    queryFn: ({ signal }) => api.get<HotTopics>('supervision', `/v1/hot-topics${query({ from, to, limit })}`, { signal }),
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The unit catalogue (routing): unit names where a list carries only ids, and the units to filter by. */
export function useUnitCatalogue(): { units: { id: string; name: string }[]; name: (unitId: string | undefined) => string } {
  const api = useApi();
  const { data } = useQuery({
    queryKey: supervisorKeys.units(),
    queryFn: ({ signal }) => api.get<UnitCatalogue>('routing', '/v1/units', { signal }),
    staleTime: 3600_000,
  });
  const units = data?.units ?? [];
  return { units, name: (unitId) => (unitId ? (units.find((u) => u.id === unitId)?.name ?? unitId) : '—') };
}
