import * as oidc from 'openid-client';
import { isLocalHttpIssuer } from './schemas.js';

/** What Assay needs to talk to an organization's OpenID Provider. */
export interface ClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

const TIMEOUT_SECONDS = 10;

/**
 * Discovers the provider's metadata and returns a client configuration. Plain-http issuers (only allowed on
 * localhost) get insecure requests enabled. The client authenticates with HTTP Basic, the OpenID default,
 * unless the provider only advertises client_secret_post.
 */
export async function discoverClient(s: ClientSettings): Promise<oidc.Configuration> {
  const insecure = isLocalHttpIssuer(s.issuer);
  const config = await oidc.discovery(new URL(s.issuer), s.clientId, s.clientSecret, oidc.ClientSecretBasic(s.clientSecret), {
    timeout: TIMEOUT_SECONDS,
    ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
  });
  const methods = config.serverMetadata().token_endpoint_auth_methods_supported;
  if (methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')) {
    const post = new oidc.Configuration({ ...config.serverMetadata() }, s.clientId, s.clientSecret, oidc.ClientSecretPost(s.clientSecret));
    post.timeout = TIMEOUT_SECONDS;
    if (insecure) oidc.allowInsecureRequests(post);
    return post;
  }
  return config;
}

/** A readable reason for a failed request to the provider (the message plus a network error code when there is one). */
export function describeOidcError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : '';
  const causeMsg = cause instanceof Error && cause.message !== err.message ? cause.message : '';
  return [err.message, code || causeMsg].filter(Boolean).join(': ').slice(0, 300);
}

/** Fresh random values for one authorization request: state, nonce and a PKCE verifier with its S256 challenge. */
export async function newAuthorizationRequest() {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  return {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier,
    codeChallenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
  };
}

/** The URL to send the browser to: authorization code flow with PKCE S256, nonce and state. */
export function authorizationUrl(
  config: oidc.Configuration,
  p: { redirectUri: string; state: string; nonce: string; codeChallenge: string },
): string {
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: p.redirectUri,
    response_type: 'code',
    scope: 'openid email profile',
    state: p.state,
    nonce: p.nonce,
    code_challenge: p.codeChallenge,
    code_challenge_method: 'S256',
  }).href;
}

/** The person's identity as the provider asserts it. */
export interface AssertedIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  name: string | null;
}

function stringClaim(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function nameOf(c: Record<string, unknown>): string | null {
  const full = stringClaim(c.name);
  if (full) return full;
  const parts = [stringClaim(c.given_name), stringClaim(c.family_name)].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/**
 * Exchanges the authorization code (checking state, PKCE and nonce) and returns the asserted identity. The email
 * and its verification come from the ID token, or from the UserInfo endpoint when the ID token leaves them out
 * (many providers only put them there).
 */
export async function exchangeCode(
  config: oidc.Configuration,
  callbackUrl: URL,
  checks: { state: string; codeVerifier: string; nonce: string },
): Promise<AssertedIdentity> {
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    expectedState: checks.state,
    pkceCodeVerifier: checks.codeVerifier,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('the provider sent no ID token');
  let source: Record<string, unknown> = claims;
  if (typeof claims.email !== 'string' || emailVerifiedOf(claims) === null) {
    source = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
  }
  return {
    subject: claims.sub,
    email: stringClaim(source.email),
    emailVerified: emailVerifiedOf(source),
    name: nameOf(claims) ?? nameOf(source),
  };
}

/**
 * Whether the provider vouches for the email: the standard `email_verified` claim, or, only when that claim is
 * absent, Microsoft Entra ID's optional `xms_edov` ("email domain owner verified"), since Entra never sends
 * `email_verified` for work accounts. Null when the provider says neither.
 */
export function emailVerifiedOf(claims: Record<string, unknown>): boolean | null {
  if (typeof claims.email_verified === 'boolean') return claims.email_verified;
  if (claims.email_verified === 'true' || claims.email_verified === 'false') return claims.email_verified === 'true';
  const edov = claims.xms_edov;
  if (edov === undefined || edov === null) return null;
  return edov === true || edov === 1 || edov === 'true' || edov === '1';
}
