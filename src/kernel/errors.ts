/**
 * The closed set of error codes of the API contract, named after AWS's error codes.
 * Expected failures are thrown as IamError with one of these; anything else is masked as
 * INTERNAL_SERVER_ERROR by formatError (src/graphql/format-error.ts).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'ACCESS_DENIED',
  'INVALID_CREDENTIALS',
  'INVALID_AUTHENTICATION_CODE',
  'TOO_MANY_ATTEMPTS',
  'NO_SUCH_ENTITY',
  'ENTITY_ALREADY_EXISTS',
  'DELETE_CONFLICT',
  'LIMIT_EXCEEDED',
  'MALFORMED_POLICY_DOCUMENT',
  'PASSWORD_POLICY_VIOLATION',
  'BAD_USER_INPUT',
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface PolicyFindingExtension {
  message: string;
  path: string;
  severity?: string;
  code?: string;
}

/** An expected failure, in no transport's terms: the GraphQL layer turns it into a GraphQL error. */
export class IamError extends Error {
  readonly code: ErrorCode;
  /** What a client may learn besides the message: `code` and, per code, `field`, `findings`, `retryAfterSeconds`… */
  readonly extensions: Record<string, unknown>;
  /**
   * For NO_SUCH_ENTITY: the ARN the missing entity would have. A caller who may not act on it
   * gets ACCESS_DENIED instead (see graphql/operation.ts), so that absence is not revealed to them.
   */
  resourceArnHint?: string;
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message);
    this.name = 'IamError';
    this.code = code;
    this.extensions = { ...extensions, code };
  }
}

export const Errors = {
  unauthenticated: (message = 'Authentication required: send Authorization: Bearer TOKEN') =>
    new IamError('UNAUTHENTICATED', message),
  accessDenied: (message: string) => new IamError('ACCESS_DENIED', message),
  /** The database did not answer (down, restarting, too slow): HTTP 503, and the request may be retried. */
  serviceUnavailable: () =>
    new IamError('SERVICE_UNAVAILABLE', 'The service cannot reach its database right now; try again shortly.', { retryAfterSeconds: 5 }),
  invalidCredentials: () => new IamError('INVALID_CREDENTIALS', 'The user name or password is incorrect.'),
  invalidAuthenticationCode: (message = 'The authentication code is not valid.') =>
    new IamError('INVALID_AUTHENTICATION_CODE', message),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new IamError('TOO_MANY_ATTEMPTS', `Too many failed attempts. Try again in ${retryAfterSeconds} seconds.`, {
      retryAfterSeconds,
    }),
  noSuchEntity: (what: string, resourceArnHint?: string) =>
    Object.assign(new IamError('NO_SUCH_ENTITY', `${what} cannot be found.`), { resourceArnHint }),
  alreadyExists: (what: string) => new IamError('ENTITY_ALREADY_EXISTS', `${what} already exists.`),
  deleteConflict: (message: string) => new IamError('DELETE_CONFLICT', message),
  limitExceeded: (message: string) => new IamError('LIMIT_EXCEEDED', message),
  malformedPolicy: (message: string, findings: PolicyFindingExtension[]) =>
    new IamError('MALFORMED_POLICY_DOCUMENT', message, { findings }),
  passwordPolicy: (message: string, reasons: string[]) =>
    new IamError('PASSWORD_POLICY_VIOLATION', message, { reasons }),
  badInput: (field: string, message: string) => new IamError('BAD_USER_INPUT', message, { field }),
};
