// The one HTTP client of the SPA: JSON in and out, the CSRF header on writes, one error type, 401 reporting.

/** An error answered by the API (or a network failure), carrying the API's stable code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let unauthenticatedHandler: (() => void) | null = null;

/** Remembers the CSRF token of the current session (from GET /api/v1/me); null after sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever the API answers 401, so the app can forget the session and ask to sign in. */
export function onUnauthenticated(handler: () => void): void {
  unauthenticatedHandler = handler;
}

/** Builds `/api/v1/…?a=b`, leaving out empty query values. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

async function toError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy error page, for instance): fall back to the status text below.
  }
  const e = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  if (e?.message) return new ApiError(res.status, e.code ?? 'error', e.message, e.details);
  return new ApiError(res.status, 'http_error', `The server answered ${res.status} ${res.statusText}`.trim());
}

async function send<T>(method: Method, path: string, opts: { query?: Query; body?: unknown; retried?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Assay could not be reached. Check your connection and try again.');
  }
  if (res.ok) return (await res.json()) as T;
  const err = await toError(res);
  if (err.code === 'csrf_failed' && !opts.retried) {
    // The session changed in another tab: pick up its CSRF token and try once more.
    const me = await fetch(apiUrl('/me'), { credentials: 'same-origin' });
    if (me.ok) {
      setCsrfToken(((await me.json()) as { csrfToken: string }).csrfToken);
      return send<T>(method, path, { ...opts, retried: true });
    }
  }
  if (res.status === 401) unauthenticatedHandler?.();
  throw err;
}

/** Typed calls to the Assay API (paths are relative to /api/v1). */
export const api = {
  get: <T>(path: string, query?: Query) => send<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => send<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, { body }),
  delete: <T>(path: string) => send<T>('DELETE', path),
};

/** A readable message for anything thrown by a call. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return 'Something went wrong';
}

/** True when the error is an API answer with this HTTP status. */
export function isStatus(err: unknown, status: number): boolean {
  return err instanceof ApiError && err.status === status;
}
