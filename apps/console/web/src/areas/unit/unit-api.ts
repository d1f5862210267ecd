import { useQuery, useQueryClient } from '@tanstack/react-query';
import { query } from '../../api/client';
import { useApi, type Api } from '../../api/use-api';

/** A case as handling's workbench API gives it (services/handling/src/cases/dto/case.response.dto.ts). */
export type CaseStatus = 'assigned' | 'accepted' | 'not-accepted' | 'transferred' | 'returned' | 'replied' | 'reopened' | 'closed';
export const CASE_STATUSES: CaseStatus[] = ['assigned', 'accepted', 'reopened', 'replied', 'closed', 'not-accepted', 'transferred', 'returned'];

export interface Reply {
  round: number;
  outcome: string;
  text: string;
  repliedAt: string;
  repliedBy: string;
  kind?: string;
  facts?: string;
  decision?: string;
  basis?: string;
  promisedBy?: string;
  nextCheckAt?: string;
  standardAnswer?: { id: string; version: number };
  assistingOpinions?: { unitId: string; opinion: string }[];
}

export interface SupervisionOrder {
  orderId: string;
  reason: string;
  dueBy: string;
  issuedBy: string;
  issuedAt: string;
  answeredAt?: string;
  answer?: string;
  overdue: boolean;
}

export interface UnitCase {
  petitionId: string;
  caseNumber: string;
  status: CaseStatus;
  leadUnitId: string;
  leadUnitName: string;
  assistingUnitIds: string[];
  leaderInCharge?: string;
  instruction?: string;
  subject: string;
  text: string;
  kind: string;
  category: { level1: string; level2?: string; level3?: string };
  channel: string;
  receivedAt: string;
  confidential: boolean;
  acceptBy: string;
  handleBy: string;
  acceptedAt?: string;
  round: number;
  replies: Reply[];
  reopenings: { afterRound: number; reason: string; note?: string; reopenedAt: string; handleBy: string }[];
  deadlines: { acceptBy: string; handleBy: string; returnBy?: string };
  extension?: { requestId: string; days: number; reason: string; status: 'pending' | 'approved' | 'refused'; requestedAt: string; decidedBy?: string; decidedAt?: string; comment?: string; newHandleBy?: string };
  assistOpinions: { unitId: string; submitted: boolean; dueBy?: string; opinion?: string; submittedAt?: string }[];
  jointHandling?: { convenedBy: string; participantUnitIds: string[]; opinion: string; convenedAt: string };
  coordination?: { reason: string; requestedAt: string; status: 'pending' | 'convened' };
  instructions: { leaderId: string; instruction: string; at: string }[];
  returned?: { unitId: string; reason: string; suggestedUnitId?: string; returnedAt: string };
  notAccepted?: { reasonCode?: string; reason: string; legalBasis: string; decidedAt: string };
  transferred?: { toBody: string; reason: string; legalBasis: string; transferredAt: string };
  promise?: { promisedBy: string; completedAt?: string; note?: string; overdue: boolean };
  upperLevelDueBy?: string;
  closure?: { reason: string; closedAt: string };
  supervisionOrders: SupervisionOrder[];
  assignedAt: string;
  updatedAt: string;
  /** Later petitions linked to this one as duplicates (判重并案); never a confidential report's. */
  duplicates?: { petitionId: string; caseNumber: string; relation: string; similarity?: number; linkedAt: string }[];
}

export interface DueVisit {
  caseNumber: string;
  unitId: string;
  round: number;
  repliedAt: string;
  dueBy: string;
  status: 'due' | 'overdue';
}

export interface Visit {
  visitId: string;
  caseNumber: string;
  unitId: string;
  round?: number;
  method: string;
  summary: string;
  visitedAt: string;
  visitor?: string;
  satisfaction?: string;
  reasons?: string[];
  recordedBy: string;
}

export interface NotAcceptReason {
  code: string;
  label: { 'zh-CN': string; en: string };
  legalBasis: string;
}

export interface TemplateText {
  opening: string;
  headings: { facts: string; decision: string; basis: string };
  closing: string;
  reviewRights: string;
}

export interface ReplyTemplate {
  kind: string;
  category?: string;
  outcomes: string[];
  requiredParts: Record<string, string[]>;
  'zh-CN': TemplateText;
  en: TemplateText;
}

export interface StandardAnswer {
  id: string;
  version: number;
  category: string;
  title: string;
  keywords: string[];
  answer: string;
  legalBasis: { law: string; article: string };
}

export interface Unit {
  id: string;
  name: string;
  kind: string;
  categories: string[];
}

export interface ContactDetails {
  name?: string;
  phone?: string;
  address?: string;
  email?: string;
}

/** Query keys: every mutation on a case invalidates `unitKeys.all` (the list, the detail and the dashboard). */
export const unitKeys = {
  all: ['unit'] as const,
  cases: () => ['unit', 'cases'] as const,
  case: (petitionId: string) => ['unit', 'case', petitionId] as const,
  dueVisits: () => ['unit', 'visits', 'due'] as const,
  visits: () => ['unit', 'visits', 'ledger'] as const,
  catalogue: (name: string, ...args: string[]) => ['unit-catalogue', name, ...args] as const,
};

/** A case's detail page. */
export const casePath = (petitionId: string) => `/staff/unit/cases/${petitionId}`;

/** How often the workbench and the visits page read again. */
export const POLL_MS = 30_000;

/** The workbench reads the unit's cases whole (newest first), up to this many; a unit handles far fewer at a time. */
const MAX_PAGES = 5;
const PAGE = 100;

async function allCases(api: Api): Promise<UnitCase[]> {
  const items: UnitCase[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await api.get<{ items: UnitCase[]; nextCursor?: string }>('handling', `/v1/cases${query({ limit: PAGE, cursor })}`);
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

export function useCases(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: unitKeys.cases(), queryFn: () => allCases(api), refetchInterval: POLL_MS, enabled });
}

export function useCase(petitionId: string) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.case(petitionId),
    queryFn: () => api.get<UnitCase>('handling', `/v1/cases/${encodeURIComponent(petitionId)}`),
    refetchInterval: POLL_MS,
  });
}

/** The petition's evidence as intake lists it (no file names); a confidential report's is sealed. */
export interface CaseAttachments {
  sealed: boolean;
  items: { id: string; contentType: string; size: number }[];
}

export function useCaseAttachments(petitionId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...unitKeys.case(petitionId), 'attachments'],
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => api.get<CaseAttachments>('intake', `/v1/petitions/${encodeURIComponent(petitionId)}/attachments`, { signal }),
  });
}

export function useDueVisits(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.dueVisits(),
    queryFn: () => api.get<{ asOf: string; items: DueVisit[] }>('feedback', '/v1/visits/due'),
    refetchInterval: POLL_MS,
    enabled,
  });
}

export function useVisits() {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.visits(),
    queryFn: () => api.get<{ items: Visit[] }>('feedback', `/v1/visits${query({ limit: 200 })}`),
    refetchInterval: POLL_MS,
  });
}

export function useNotAcceptReasons(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.catalogue('not-accept-reasons'),
    queryFn: () => api.get<{ items: NotAcceptReason[] }>('handling', '/v1/not-accept-reasons'),
    staleTime: 3600_000,
    enabled,
  });
}

export function useReplyTemplates(kind: string, category: string) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.catalogue('reply-templates', kind, category),
    queryFn: () => api.get<{ items: ReplyTemplate[] }>('handling', `/v1/reply-templates${query({ kind, category })}`),
    staleTime: 3600_000,
  });
}

export function useStandardAnswers(category?: string) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.catalogue('standard-answers', category ?? ''),
    queryFn: () => api.get<{ items: StandardAnswer[] }>('handling', `/v1/standard-answers${query({ category })}`),
    staleTime: 600_000,
  });
}

export function useUnits() {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.catalogue('units'),
    queryFn: () => api.get<{ units: Unit[] }>('routing', '/v1/units'),
    staleTime: 3600_000,
  });
}

/** A unit's name from the catalogue, else its id. */
export function useUnitName(): (id: string) => string {
  const units = useUnits();
  return (id: string) => units.data?.units.find((u) => u.id === id)?.name ?? id;
}

/** After any change to a case: the list, the detail, the visits and the dashboard read again. */
export function useInvalidateCases() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: unitKeys.all });
}
