// The one HTTP client of the SPA: JSON in and out, the CSRF header on writes, one error type, 401 reporting.
// Every call is typed by its path from the server's OpenAPI document (api-schema.d.ts, `npm run api:types`):
// `api.get('/controls/{id}', { path: { id } })` answers the route's response type and checks the path
// parameters, the query and the body.
import type { components, paths } from './api-schema';

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

/** The API's paths relative to /api/v1, named as in the OpenAPI document ('/controls/{id}'). */
type ApiPaths = { [P in keyof paths as P extends `/api/v1${infer Rest}` ? Rest : never]: paths[P] };
type Verb = 'get' | 'post' | 'put' | 'patch' | 'delete';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessOf<O> = O extends { responses: infer R } ? { [S in keyof R]: S extends 200 | 201 ? JsonOf<R[S]> : never }[keyof R] : never;

/** The paths that answer a method with JSON (downloads and redirects are links made with apiUrl instead). */
export type ApiPath<M extends Verb> = {
  [P in keyof ApiPaths]: ApiPaths[P] extends { [K in M]: infer O } ? ([SuccessOf<O>] extends [never] ? never : P) : never;
}[keyof ApiPaths];

type Operation<M extends Verb, P extends ApiPath<M>> = ApiPaths[P][M];
type ParamsOf<O> = O extends { parameters: infer X } ? X : never;
// Absent parts are typed `?: never` in the document's types, which reads as undefined: NonNullable makes them never.
type PathParamsOf<O> = NonNullable<ParamsOf<O> extends { path?: infer X } ? X : never>;
type QueryOf<O> = NonNullable<ParamsOf<O> extends { query?: infer Q } ? Q : never>;
type BodyOf<O> = O extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** A named schema of the API (`Schema<'Control'>`). */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];
/** What a call answers (`ApiResponse<'get', '/controls/{id}'>`). */
export type ApiResponse<M extends Verb, P extends ApiPath<M>> = SuccessOf<Operation<M, P>>;
/** The JSON body a call takes (`ApiBody<'post', '/tasks'>`). */
export type ApiBody<M extends Verb, P extends ApiPath<M>> = BodyOf<Operation<M, P>>;
/** The query a call takes; empty values ('' or null) are left out of the URL. */
export type ApiQuery<M extends Verb, P extends ApiPath<M>> = LooseQuery<QueryOf<Operation<M, P>>>;

type LooseQuery<Q> = { [K in keyof Q]: Q[K] | '' | null };
type Options<O> = ([PathParamsOf<O>] extends [never] ? { path?: never } : { path: PathParamsOf<O> }) &
  ([QueryOf<O>] extends [never]
    ? { query?: never }
    : ParamsOf<O> extends { query: object }
      ? { query: LooseQuery<QueryOf<O>> }
      : { query?: LooseQuery<QueryOf<O>> }) &
  ([BodyOf<O>] extends [never] ? { body?: never } : O extends { requestBody: object } ? { body: BodyOf<O> } : { body?: BodyOf<O> });
/** The options argument, optional when nothing in it is required. */
type Args<O> = object extends Options<O> ? [options?: Options<O>] : [options: Options<O>];

type QueryValue = string | number | boolean | null | undefined;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface SendOptions {
  path?: Record<string, string>;
  query?: Record<string, QueryValue>;
  body?: unknown;
}

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

/** Builds `/api/v1/…?a=b`, filling in `{name}` path parameters (encoded) and leaving out empty query values. */
export function apiUrl(path: string, query?: Record<string, QueryValue>, params?: Record<string, string>): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params?.[name];
    if (v === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(v);
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  }
  const qs = search.toString();
  return `/api/v1${filled}${qs ? `?${qs}` : ''}`;
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

async function send<T>(method: Method, path: string, opts: SendOptions & { retried?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query, opts.path), {
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
      setCsrfToken(((await me.json()) as ApiResponse<'get', '/me'>).csrfToken);
      return send<T>(method, path, { ...opts, retried: true });
    }
  }
  if (res.status === 401) unauthenticatedHandler?.();
  throw err;
}

const call =
  <M extends Verb>(method: M) =>
  <P extends ApiPath<M>>(path: P, ...[options]: Args<Operation<M, P>>): Promise<ApiResponse<M, P>> => {
    const o = (options ?? {}) as SendOptions;
    // A POST always carries a JSON body ({} when the route takes none), as the API has always been called.
    const body = method === 'post' ? (o.body ?? {}) : o.body;
    return send(method.toUpperCase() as Method, path, { ...o, body });
  };

/**
 * Typed calls to the Assay API; paths are relative to /api/v1 and spelled as in the OpenAPI document:
 * `api.get('/tasks', { query: { status: 'open' } })`, `api.patch('/tasks/{id}', { path: { id }, body: { title } })`.
 */
export const api = {
  get: call('get'),
  post: call('post'),
  put: call('put'),
  patch: call('patch'),
  delete: call('delete'),
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
