import { ApiProblem, type FieldError } from './problem';

/** The token lives in this module's memory only: never in localStorage or a cookie. */
let bearer: string | null = null;

export function setBearer(token: string | null): void {
  bearer = token;
}

/** fetch with the bearer header added: what a streaming client (server-sent events) reads through. */
export function bearerFetch(url: string | URL, init: RequestInit & { headers: Record<string, string> }): Promise<Response> {
  return fetch(url, { ...init, headers: { ...init.headers, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) } });
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** One call to the public API under /api/v1; problem+json answers become ApiProblem. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api/v1${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!response.ok) {
    throw new ApiProblem(
      response.status,
      String(body.title ?? response.statusText),
      typeof body.detail === 'string' ? body.detail : undefined,
      Array.isArray(body.errors) ? (body.errors as FieldError[]) : [],
      body,
    );
  }
  return body as T;
}

/** A query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
