import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { query } from '../../api/client';
import { useApi } from '../../api/use-api';

// ---- intake: 电话热线 ----

export interface HotlineCall {
  callerNumber: string;
  callStartedAt: string;
  durationSeconds: number;
  subject: string;
  summary: string;
  caller?: { name?: string; idNumber?: string; address?: string };
  kind?: string;
  category?: { level1: string; level2?: string };
  confidential?: boolean;
}

export interface HotlineReceipt {
  petitionId: string;
  caseNumber: string;
  queryCode: string;
  receivedAt: string;
  readOut: { 'zh-CN': string; en: string };
  [key: string]: unknown;
}

// ---- routing: duplicate hints, find by case number, undo a link, 不再受理 ----

export interface DuplicateCandidate {
  petitionId: string;
  caseNumber: string;
  score: number;
  reasons: string[];
  registeredAt: string;
  status: string;
  confidential: boolean;
  subject?: string;
  category?: string;
  unitId?: string;
  unitName?: string;
}

export interface RoutingPetitionView {
  petitionId: string;
  caseNumber: string;
  status: string;
  decision: 'new' | 'repeat' | 'joint' | string;
  receivedAt: string;
  channel: string;
  subject: string;
  confidential: boolean;
  linkedTo?: { petitionId: string; caseNumber?: string };
  triage?: { kind: string; category: string; urgency: string; confidence: number };
  proposal?: { leadUnitId: string; assistingUnitIds: string[]; reasons: string[] };
  assignment?: { leadUnitId: string; assistingUnitIds: string[]; leaderInCharge?: string; instruction?: string; acceptBy: string; handleBy: string; at: string };
  linkUndone?: { originalPetitionId: string; by: string; reason: string; at: string };
}

export interface UndoLinkResult {
  petitionId: string;
  caseNumber: string;
  status: string;
  originalPetitionId: string;
  undoneAt: string;
}

export interface NotAcceptedAgainItem {
  petitionId: string;
  caseNumber: string;
  receivedAt: string;
  channel: string;
  subject: string;
  originalPetitionId: string;
  originalCaseNumber: string;
  legalBasis: string;
  decidedAt: string;
}

export const operatorKeys = {
  candidates: (subject: string, text: string) => ['operator', 'candidates', subject, text] as const,
  petition: (caseNumber: string) => ['operator', 'petition', caseNumber] as const,
  notAcceptedAgain: ['operator', 'not-accepted-again'] as const,
  units: ['operator', 'units'] as const,
};

/** The shortest text worth a duplicate search (the endpoint takes 4..10,000 characters). */
export const MIN_HINT_TEXT = 8;
export const HINT_DEBOUNCE_MS = 500;
export const NOT_ACCEPTED_INTERVAL_MS = 60_000;

/** A value that settles: it changes only after `ms` without a newer one (typing pauses). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** 判重提示: registered petitions that look like the call being typed, searched when typing pauses. */
export function useDuplicateCandidates(subject: string, text: string) {
  const api = useApi();
  const settled = useDebounced({ subject: subject.trim(), text: text.trim() }, HINT_DEBOUNCE_MS);
  const combined = `${settled.subject} ${settled.text}`.trim();
  const enabled = combined.length >= MIN_HINT_TEXT;
  return useQuery<DuplicateCandidate[], Error, DuplicateCandidate[], ReturnType<typeof operatorKeys.candidates>>({
    queryKey: operatorKeys.candidates(settled.subject, settled.text),
    enabled,
    // Keep the last hints on screen while the next search runs.
    placeholderData: (previous: DuplicateCandidate[] | undefined) => previous,
    staleTime: 15_000,
    queryFn: ({ signal }) =>
      api
        .post<{ items: DuplicateCandidate[]; searchedAt: string }>(
          'routing',
          '/v1/duplicate-candidates',
          { ...(settled.subject ? { subject: settled.subject } : {}), text: settled.text || settled.subject, limit: 5 },
          { signal },
        )
        .then((r) => r.items),
  });
}

/** 来电登记: one Idempotency-Key per call, so a retry after a timeout returns the same receipt. */
export function useRegisterCall() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ call, idempotencyKey }: { call: HotlineCall; idempotencyKey: string }) =>
      api.post<HotlineReceipt>('intake', '/v1/channels/hotline/calls', call, { idempotencyKey }),
  });
}

export function useRoutingPetition(caseNumber: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: operatorKeys.petition(caseNumber ?? ''),
    enabled: Boolean(caseNumber),
    retry: false,
    queryFn: ({ signal }) => api.get<RoutingPetitionView>('routing', `/v1/petitions${query({ caseNumber })}`, { signal }),
  });
}

/** 撤销判重: the petition is routed afresh; the find result is read again. */
export function useUndoLink() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ petitionId, reason }: { petitionId: string; caseNumber: string; reason: string }) =>
      api.post<UndoLinkResult>('routing', `/v1/petitions/${encodeURIComponent(petitionId)}/undo-link`, { reason }),
    onSuccess: (_result, { caseNumber }) => client.invalidateQueries({ queryKey: operatorKeys.petition(caseNumber) }),
  });
}

/** 不再受理: matters concluded after re-review, which a caller must be told are not accepted again. */
export function useNotAcceptedAgain(limit = 100) {
  const api = useApi();
  return useQuery({
    queryKey: [...operatorKeys.notAcceptedAgain, limit],
    refetchInterval: NOT_ACCEPTED_INTERVAL_MS,
    queryFn: ({ signal }) => api.get<{ items: NotAcceptedAgainItem[] }>('routing', `/v1/petitions/not-accepted-again${query({ limit })}`, { signal }).then((r) => r.items),
  });
}

export interface Unit {
  id: string;
  name: string;
}

/** Unit names for routing's ids (the catalogue changes rarely). */
export function useUnitNames() {
  const api = useApi();
  const units = useQuery({
    queryKey: operatorKeys.units,
    staleTime: 10 * 60_000,
    queryFn: ({ signal }) => api.get<{ units: Unit[] }>('routing', '/v1/units', { signal }).then((r) => r.units),
  });
  return (id: string) => units.data?.find((u) => u.id === id)?.name ?? id;
}
