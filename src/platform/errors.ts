/** The stable error codes of the API; each maps to one HTTP status in the error handler. */
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
  locked: 423,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** An expected failure with a stable code and a message safe to show to the user. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

/** A missing resource, or one of another organization: both answer the same. */
export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`);
/** The actor is known but the policy denies the action. */
export const forbidden = (message = 'You do not have permission to do this') => new AppError('forbidden', message);
export const conflict = (message: string) => new AppError('conflict', message);
export const badRequest = (message: string, details?: unknown) => new AppError('bad_request', message, details);
export const unauthenticated = (message = 'Sign in to continue') => new AppError('unauthenticated', message);
