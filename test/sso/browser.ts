import net from 'node:net';

/** A port nobody listens on right now (bound, read, released). */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', () => resolve()));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** A minimal cookie jar: cookies per origin (host and port), ignoring paths, as a browser would send them here. */
export class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  /** The Cookie header for a URL, if any cookie is stored for its origin. */
  header(url: URL): string | undefined {
    const jar = this.byOrigin.get(url.origin);
    if (!jar?.size) return undefined;
    return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Reads the Set-Cookie headers of a response. */
  store(url: URL, res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const expired = attrs.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now()));
      if (expired || value === '') this.delete(url, name);
      else this.set(url, name, value);
    }
  }

  /** Sets a cookie directly. */
  set(url: URL, name: string, value: string): void {
    const jar = this.byOrigin.get(url.origin) ?? new Map<string, string>();
    this.byOrigin.set(url.origin, jar);
    jar.set(name, value);
  }

  /** A cookie's value. */
  get(url: URL, name: string): string | undefined {
    return this.byOrigin.get(url.origin)?.get(name);
  }

  /** Forgets a cookie. */
  delete(url: URL, name: string): void {
    this.byOrigin.get(url.origin)?.delete(name);
  }
}

/** One request without following redirects, with the jar's cookies sent and the response's stored. */
export async function send(
  jar: CookieJar,
  url: URL,
  init: { method?: string; form?: Record<string, string>; json?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  const cookie = jar.header(url);
  if (cookie) headers.cookie = cookie;
  let body: string | undefined;
  if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  } else if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const res = await fetch(url, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
  jar.store(url, res);
  return res;
}

export interface FlowResult {
  /** Where Assay finally sent the browser (`/` on success, `/signin?error=…` on failure). */
  location: string;
  /** The callback URL the identity provider redirected to, for replay tests. */
  callbackUrl?: string;
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x2F;/g, '/')
    .replace(/&#39;/g, "'");
}

/**
 * Walks the authorization code flow like a browser: Assay's start, the provider's login form (login = account id),
 * its consent form, and back to Assay's callback. With `stopAtCallback` it returns before delivering the callback.
 */
export async function ssoSignIn(
  jar: CookieJar,
  assayBase: string,
  orgSlug: string,
  login: string,
  opts: { stopAtCallback?: boolean } = {},
): Promise<FlowResult> {
  const assay = new URL(assayBase);
  let url = new URL(`/api/v1/auth/sso/start?org=${encodeURIComponent(orgSlug)}`, assay);
  let form: Record<string, string> | undefined;
  let callbackUrl: string | undefined;
  for (let step = 0; step < 25; step++) {
    const isCallback = url.origin === assay.origin && url.pathname === '/api/v1/auth/sso/callback';
    if (isCallback) {
      callbackUrl = url.href;
      if (opts.stopAtCallback) return { location: '', callbackUrl };
    }
    const res = await send(jar, url, form ? { form } : {});
    form = undefined;
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location') ?? '', url);
      await res.arrayBuffer();
      if (url.origin === assay.origin && next.origin === assay.origin && !next.pathname.startsWith('/api/v1/auth/sso/')) {
        return { location: next.pathname + next.search, callbackUrl };
      }
      url = next;
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`unexpected ${res.status} from ${url.href}: ${html.slice(0, 500)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([a-z]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`no interaction form at ${url.href}: ${html.slice(0, 500)}`);
    form = prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt };
    url = new URL(unescapeHtml(action), url);
  }
  throw new Error('the sign-in flow did not finish');
}
