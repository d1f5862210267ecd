import type { Lang } from '../i18n/i18n';

/** The five services, each behind `/api/<service>/` on the console's own origin. */
export type Service = 'intake' | 'routing' | 'handling' | 'feedback' | 'supervision';

export interface FieldError {
  field?: string;
  property?: string;
  message?: string;
  i18n?: Record<Lang, string>;
  [key: string]: unknown;
}

/** An RFC 9457 problem document from a service (or the console), as an Error. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly i18n: Record<Lang, { title: string; detail?: string }> | undefined,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.title ?? `HTTP ${status}`));
    this.name = 'ApiProblem';
  }

  titleIn(lang: Lang): string {
    return this.i18n?.[lang]?.title ?? this.message;
  }

  detailIn(lang: Lang): string | undefined {
    return this.i18n?.[lang]?.detail ?? (typeof this.body.detail === 'string' ? this.body.detail : undefined);
  }

  get errors(): FieldError[] {
    return Array.isArray(this.body.errors) ? (this.body.errors as FieldError[]) : [];
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON body, or FormData for uploads. */
  body?: unknown;
  token?: string;
  lang: Lang;
  signal?: AbortSignal;
  /** Sent as Idempotency-Key where a service honours it (submissions). */
  idempotencyKey?: string;
}

export function apiUrl(service: Service, path: string): string {
  return `/api/${service}${path.startsWith('/') ? path : `/${path}`}`;
}

function headers(options: RequestOptions): Record<string, string> {
  const result: Record<string, string> = { accept: 'application/json, application/problem+json', 'accept-language': options.lang === 'en' ? 'en' : 'zh-CN' };
  if (options.token) result.authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey) result['idempotency-key'] = options.idempotencyKey;
  if (options.body !== undefined && !(options.body instanceof FormData)) result['content-type'] = 'application/json';
  return result;
}

async function problemFrom(response: Response): Promise<ApiProblem> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    body = { title: response.statusText };
  }
  return new ApiProblem(response.status, String(body.code ?? `HTTP.${response.status}`), body.i18n as ApiProblem['i18n'], body);
}

/** Call a service through the console's proxy; resolves with the JSON answer, rejects with ApiProblem. */
export async function request<T>(service: Service, path: string, options: RequestOptions): Promise<T> {
  const response = await fetch(apiUrl(service, path), {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: headers(options),
    body: options.body === undefined ? undefined : options.body instanceof FormData ? options.body : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

/** Fetch a file (XLSX, PDF) with the caller's token and hand it to the browser as a download. */
export async function download(service: Service, path: string, filename: string, options: RequestOptions): Promise<Blob> {
  const response = await fetch(apiUrl(service, path), { headers: headers(options), signal: options.signal });
  if (!response.ok) throw await problemFrom(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return blob;
}

/** Build a query string from defined values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
