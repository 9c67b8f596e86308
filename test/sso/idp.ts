import http from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** A person known to the test identity provider; the login name is the account id. */
export interface IdpAccount {
  email: string;
  /** Left out of the claims when undefined, as Microsoft Entra ID does for work accounts. */
  emailVerified?: boolean;
  /** Entra ID's optional "email domain owner verified" claim. */
  xmsEdov?: boolean;
  name: string;
}

/** A real OpenID Provider (oidc-provider with its development login and consent pages) on 127.0.0.1. */
export async function startIdp(opts: {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: Record<string, IdpAccount>;
}): Promise<{ issuer: string; close(): Promise<void> }> {
  const issuer = `http://127.0.0.1:${opts.port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['sso-test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    findAccount(_ctx: unknown, id: string) {
      const a = opts.accounts[id];
      if (!a) return undefined;
      const claims = { sub: id, email: a.email, email_verified: a.emailVerified, xms_edov: a.xmsEdov, name: a.name };
      // Only the claims the account has: a missing claim must be missing, not null.
      return { accountId: id, claims: () => Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined)) };
    },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
