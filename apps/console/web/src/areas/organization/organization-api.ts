import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../../api/client';
import { useApi } from '../../api/use-api';
import type { Period } from './periods';

/** The running quarter's figures change as cases move: read again this often. */
export const APPRAISAL_POLL_MS = 60_000;
export const HISTORY_POLL_MS = 60_000;

export interface Indicator {
  code: string;
  weight: number;
  numerator: number;
  denominator: number;
  rate: number | null;
  points: number;
}

export interface FindingCase {
  petitionId: string;
  caseNumber?: string;
  reasons: string[];
}

export interface Finding {
  code: string;
  cases: FindingCase[];
}

export interface UnitAppraisal {
  unitId: string;
  unitName: string;
  cases: number;
  score: number;
  grade: string;
  rank: number;
  commended: boolean;
  overdueOrders: number;
  deduction: number;
  indicators: Indicator[];
  findings: Finding[];
}

export interface Appraisal {
  period: string;
  provisional: boolean;
  configVersion: string;
  asOf: string;
  units: UnitAppraisal[];
}

export interface PublishedAppraisal {
  appraisalId: string;
  period: string;
  historyEntry: number;
  reportSha256: string;
  publishedAt: string;
}

export interface HistoryEntry {
  seq: number;
  kind: string;
  subject: string;
  createdAt: string;
  reportSha256: string;
  prevHash: string;
  entryHash: string;
  hmac: string;
}

export interface HistoryVerdict {
  ok: boolean;
  entries: number;
  firstBadEntry?: { seq: number; fault: string };
}

export interface TimelineEvent {
  eventId: string;
  type: string;
  occurredAt: string;
  summary: string;
  title: { 'zh-CN': string; en: string };
}

export interface Timeline {
  petitionId: string;
  caseNumber?: string;
  status: string;
  statusLabel: string;
  leadUnit?: { unitId: string; unitName?: string };
  events: TimelineEvent[];
}

export const keys = {
  appraisal: (period: Period) => ['organization', 'appraisal', period] as const,
  history: ['organization', 'report-history'] as const,
  verify: ['organization', 'report-history', 'verify'] as const,
  timeline: (petitionId: string) => ['organization', 'timeline', petitionId] as const,
};

export function useAppraisal(period: Period, poll = true) {
  const api = useApi();
  return useQuery({
    queryKey: keys.appraisal(period),
    queryFn: ({ signal }) => api.get<Appraisal>('supervision', `/v1/appraisals/${period}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: poll ? APPRAISAL_POLL_MS : false,
  });
}

/**
 * The appraisals of several periods (for trends). A period before any data answers with no units;
 * one not begun (422) counts as empty rather than failing the chart.
 */
export function useAppraisals(periods: Period[]) {
  const api = useApi();
  return useQueries({
    queries: periods.map((period) => ({
      queryKey: keys.appraisal(period),
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        try {
          return await api.get<Appraisal>('supervision', `/v1/appraisals/${period}`, { signal });
        } catch (error) {
          if (error instanceof ApiProblem && error.status === 422) return { period, provisional: false, configVersion: '', asOf: '', units: [] } satisfies Appraisal;
          throw error;
        }
      },
      staleTime: 60_000,
    })),
    combine: combineAppraisals,
  });
}

// Outside the hook so its reference is stable: TanStack then shares the combined result between renders.
function combineAppraisals(results: { data?: Appraisal; isPending: boolean; error: Error | null }[]) {
  return { data: results.map((r) => r.data), pending: results.some((r) => r.isPending), error: results.find((r) => r.error)?.error ?? null };
}

export function usePublish() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (period: Period) => api.post<PublishedAppraisal>('supervision', `/v1/appraisals/${period}/publish`),
    onSuccess: (_result, period) => {
      void client.invalidateQueries({ queryKey: keys.history });
      void client.invalidateQueries({ queryKey: keys.appraisal(period) });
    },
  });
}

export function useReportHistory(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: keys.history,
    queryFn: ({ signal }) => api.get<{ entries: HistoryEntry[] }>('supervision', '/v1/report-history', { signal }).then((r) => r.entries),
    refetchInterval: HISTORY_POLL_MS,
    enabled,
  });
}

export function useVerifyHistory() {
  const api = useApi();
  return useQuery({
    queryKey: keys.verify,
    queryFn: ({ signal }) => api.get<HistoryVerdict>('supervision', '/v1/report-history/verify', { signal }),
    refetchInterval: HISTORY_POLL_MS,
  });
}

export function useTimeline(petitionId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: keys.timeline(petitionId ?? ''),
    queryFn: ({ signal }) => api.get<Timeline>('supervision', `/v1/timeline/${petitionId}`, { signal }),
    enabled: !!petitionId,
    staleTime: 30_000,
  });
}

/** The report files' names: the same as the service's Content-Disposition. */
export const reportFileName = (period: Period, format: 'xlsx' | 'pdf') => `appraisal-${period}.${format}`;
