import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { query } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useSession } from '../../auth/session';

/** The leader's screens poll their lists at these intervals. */
export const QUEUE_INTERVAL_MS = 20_000;
export const LIST_INTERVAL_MS = 30_000;

// ---- routing: the instruction queue, units, leaders, notifications ----

export interface PendingInstruction {
  petitionId: string;
  caseNumber: string;
  receivedAt: string;
  subject: string;
  text: string;
  channel: string;
  confidential: boolean;
  kind?: string;
  category?: string;
  urgency?: string;
  signals: string[];
  confidence?: number;
  proposedLeadUnitId?: string;
  proposedAssistingUnitIds: string[];
  reasons: string[];
  /** Set when the item waits in one leader's own queue (a letter to their mailbox). */
  leaderId?: string;
}

export interface Unit {
  id: string;
  name: string;
  kind: string;
  categories: string[];
}

export interface Leader {
  id: string;
  name: string;
  office: string;
  mailbox?: string;
}

export interface InstructionBody {
  decision?: 'approve' | 'send-back';
  instruction: string;
  leadUnitId?: string;
  assistingUnitIds?: string[];
  leaderInCharge?: string;
}

export interface InstructionResult {
  petitionId: string;
  caseNumber: string;
  status: string;
  assignment: { leadUnitId: string; assistingUnitIds: string[]; leaderInCharge?: string; instruction?: string; acceptBy: string; handleBy: string };
}

export interface LeaderNotification {
  id: string;
  petitionId: string;
  caseNumber: string;
  reason: string;
  reasonLabel: { 'zh-CN': string; en: string };
  signals: string[];
  relatedPetitionIds: string[];
  at: string;
  read: boolean;
  readAt?: string;
}

// ---- handling: 包案 cases and extension requests ----

export interface LeaderCase {
  petitionId: string;
  caseNumber: string;
  subject: string;
  status: string;
  leadUnitId: string;
  leadUnitName: string;
  light: 'green' | 'yellow' | 'red' | 'none' | string;
  deadlines: { acceptBy: string; handleBy: string };
  extensionStatus?: string;
}

export type ExtensionStatusFilter = 'pending' | 'approved' | 'refused' | 'all';

export interface ExtensionRequestLine {
  petitionId: string;
  caseNumber: string;
  subject: string;
  leadUnitId: string;
  leadUnitName: string;
  requestId: string;
  days: number;
  reason: string;
  status: 'pending' | 'approved' | 'refused' | string;
  requestedAt: string;
  handleBy: string;
  decidedBy?: string;
}

export const leaderKeys = {
  all: ['leader'] as const,
  queue: (leaderId?: string) => ['leader', 'instructions', leaderId ?? ''] as const,
  units: ['leader', 'units'] as const,
  leaders: ['leader', 'leaders'] as const,
  cases: (leaderId?: string) => ['leader', 'cases', leaderId ?? ''] as const,
  notifications: (leaderId?: string, unreadOnly = false) => ['leader', 'notifications', leaderId ?? '', unreadOnly] as const,
  notificationsAll: ['leader', 'notifications'] as const,
  extensions: (status: ExtensionStatusFilter) => ['leader', 'extensions', status] as const,
  extensionsAll: ['leader', 'extensions'] as const,
};

export function useInstructionQueue() {
  const api = useApi();
  const { session } = useSession();
  return useQuery({
    queryKey: leaderKeys.queue(session?.leaderId),
    queryFn: ({ signal }) => api.get<{ items: PendingInstruction[] }>('routing', '/v1/instructions', { signal }).then((r) => r.items),
    refetchInterval: QUEUE_INTERVAL_MS,
  });
}

export function useUnits() {
  const api = useApi();
  return useQuery({
    queryKey: leaderKeys.units,
    queryFn: ({ signal }) => api.get<{ version: string; units: Unit[] }>('routing', '/v1/units', { signal }).then((r) => r.units),
    staleTime: 10 * 60_000,
  });
}

export function useLeaders() {
  const api = useApi();
  return useQuery({
    queryKey: leaderKeys.leaders,
    queryFn: ({ signal }) => api.get<{ version: string; leaders: Leader[] }>('routing', '/v1/leaders', { signal }).then((r) => r.leaders),
    staleTime: 10 * 60_000,
  });
}

export function useLeaderCases() {
  const api = useApi();
  const { session } = useSession();
  return useQuery({
    queryKey: leaderKeys.cases(session?.leaderId),
    queryFn: ({ signal }) => api.get<{ leaderId: string; items: LeaderCase[] }>('handling', '/v1/leader-cases', { signal }).then((r) => r.items),
    refetchInterval: LIST_INTERVAL_MS,
  });
}

export function useNotifications(unreadOnly = false) {
  const api = useApi();
  const { session } = useSession();
  return useQuery({
    queryKey: leaderKeys.notifications(session?.leaderId, unreadOnly),
    queryFn: ({ signal }) =>
      api.get<{ items: LeaderNotification[] }>('routing', `/v1/notifications${query({ limit: 200, unreadOnly: unreadOnly || undefined })}`, { signal }).then((r) => r.items),
    refetchInterval: LIST_INTERVAL_MS,
  });
}

export function useExtensionRequests(status: ExtensionStatusFilter = 'pending') {
  const api = useApi();
  return useQuery({
    queryKey: leaderKeys.extensions(status),
    queryFn: ({ signal }) => api.get<{ items: ExtensionRequestLine[] }>('handling', `/v1/extension-requests${query({ status })}`, { signal }).then((r) => r.items),
    refetchInterval: LIST_INTERVAL_MS,
  });
}

/** 批示: on a waiting item (with a decision), or on a case already assigned (the text alone). */
export function useInstruct() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ petitionId, body }: { petitionId: string; body: InstructionBody }) =>
      api.post<InstructionResult>('routing', `/v1/instructions/${encodeURIComponent(petitionId)}`, body),
    onSuccess: (_result, { petitionId }) => {
      // The item leaves the queue at once; the next poll confirms it.
      client.setQueriesData<PendingInstruction[]>({ queryKey: ['leader', 'instructions'] }, (items) => items?.filter((i) => i.petitionId !== petitionId));
      void client.invalidateQueries({ queryKey: ['leader', 'instructions'] });
      void client.invalidateQueries({ queryKey: ['leader', 'cases'] });
    },
  });
}

export function useMarkNotificationRead() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<LeaderNotification>('routing', `/v1/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: leaderKeys.notificationsAll }),
  });
}

export function useDecideExtension() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ line, approve, comment }: { line: ExtensionRequestLine; approve: boolean; comment?: string }) =>
      api.post<unknown>('handling', `/v1/cases/${encodeURIComponent(line.petitionId)}/extension-requests/${encodeURIComponent(line.requestId)}/decision`, {
        approve,
        ...(comment ? { comment } : {}),
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: leaderKeys.extensionsAll });
      void client.invalidateQueries({ queryKey: ['leader', 'cases'] });
    },
  });
}

/** 领导发回重办: a replied case back to its unit with a note. */
export function useSendBackCase() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ petitionId, note }: { petitionId: string; note: string }) => api.post<unknown>('handling', `/v1/cases/${encodeURIComponent(petitionId)}/send-back`, { note }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['leader', 'cases'] }),
  });
}
