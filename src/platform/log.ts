import pino, { type Logger } from 'pino';

/** Paths never written to logs, wherever they appear in a logged object. */
export const REDACT = [
  'password',
  '*.password',
  'newPassword',
  '*.newPassword',
  'currentPassword',
  '*.currentPassword',
  'secret',
  '*.secret',
  'token',
  '*.token',
  'clientSecret',
  '*.clientSecret',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

const SECRET_PARAMS = /([?&](?:token|code|state|secret|password)=)[^&#]*/gi;

/** A URL with the values of credential-like query parameters replaced. */
export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(SECRET_PARAMS, '$1[redacted]');
}

/** The one logger: JSON lines, secrets redacted, request URLs without credential query values. */
export function createLogger(level: string, destination?: NodeJS.WritableStream | pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: {
        req: (req: { method?: string; url?: string; id?: string; ip?: string; headers?: Record<string, unknown> }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url),
          ip: req.ip,
          userAgent: req.headers?.['user-agent'],
        }),
        err: pino.stdSerializers.err,
      },
    },
    destination as pino.DestinationStream,
  );
}
