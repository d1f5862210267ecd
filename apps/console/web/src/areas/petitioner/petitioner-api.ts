import { request } from '../../api/client';
import type { Lang } from '../../i18n/i18n';

// The petitioner's calls: public routes of intake (submit, attach, progress) and feedback (rate,
// review, withdraw). No token: the case number and query code are the petitioner's credentials.

export interface Submission {
  subject: string;
  text: string;
  petitioner?: { name?: string; phone?: string; idNumber?: string; address?: string; email?: string };
  confidential?: boolean;
  attachmentIds?: string[];
}

export interface Receipt {
  petitionId: string;
  caseNumber: string;
  queryCode: string;
  message?: { 'zh-CN': string; en: string };
  [key: string]: unknown;
}

export interface ProgressStep {
  at: string;
  title: string;
  detail?: string;
}

export interface Reply {
  outcome: string;
  outcomeLabel: string;
  repliedAt: string;
  round: number;
  facts?: string;
  basis?: string;
  promisedBy?: string;
  nextCheckAt?: string;
  unitName?: string;
  text?: string;
  reviewRights?: string;
  caseNumber?: string;
}

export interface Progress {
  caseNumber: string;
  status: string;
  statusLabel: string;
  unitName?: string;
  steps: ProgressStep[];
  reply?: Reply;
  originalReply?: Reply;
}

export interface Credentials {
  caseNumber: string;
  queryCode: string;
}

export const submitPetition = (body: Submission, lang: Lang, idempotencyKey: string) =>
  request<Receipt>('intake', '/v1/petitions', { method: 'POST', body, lang, idempotencyKey });

export async function uploadAttachment(file: File, lang: Lang): Promise<{ id: string; contentType: string; size: number }> {
  const form = new FormData();
  form.append('file', file);
  return request('intake', '/v1/attachments', { method: 'POST', body: form, lang });
}

export const fetchProgress = (credentials: Credentials, lang: Lang) =>
  request<Progress>('intake', '/v1/public/progress', { method: 'POST', body: credentials, lang });

export const rateReply = (body: Credentials & { satisfaction: string; reasons?: string[]; comment?: string }, lang: Lang) =>
  request<{ round?: number }>('feedback', '/v1/public/ratings', { method: 'POST', body, lang });

export const requestReview = (body: Credentials & { reason: string }, lang: Lang) =>
  request<Record<string, unknown>>('feedback', '/v1/public/reviews', { method: 'POST', body, lang });

export const withdrawPetition = (body: Credentials & { reason: string }, lang: Lang) =>
  request<Record<string, unknown>>('feedback', '/v1/public/withdrawals', { method: 'POST', body, lang });

/** Where the petitioner's credentials live between pages of this tab: never in the address. */
const CREDENTIALS_KEY = 'sunshine.petitioner.credentials';

export function rememberCredentials(credentials: Credentials): void {
  sessionStorage.setItem(CREDENTIALS_KEY, JSON.stringify(credentials));
}

export function rememberedCredentials(): Credentials | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(CREDENTIALS_KEY) ?? 'null') as Credentials | null;
    return value?.caseNumber ? value : undefined;
  } catch {
    return undefined;
  }
}

export function forgetCredentials(): void {
  sessionStorage.removeItem(CREDENTIALS_KEY);
}
