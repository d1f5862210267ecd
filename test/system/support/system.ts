import { startServices, testNamespace, type RunningSystem, type StartServicesOptions } from '@sunshine/testing';

export { SERVICE_NAMES, type RunningSystem, type ServiceName } from '@sunshine/testing';

/** All five services as processes, isolated by a fresh namespace. */
export function startSystem(
  namespace = testNamespace('sys'),
  env: Parameters<typeof startServices>[2] = {},
  options: StartServicesOptions = {},
): Promise<RunningSystem> {
  return startServices(namespace, undefined, env, options);
}

/** JSON over HTTP with the status, for readable assertions. */
export async function http<T = any>(
  method: string,
  url: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body: body as T };
}

