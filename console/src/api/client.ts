import type { TypedDocumentString } from '../generated/graphql';
import type { ApiErrorShape } from './errors';

/** An error from the API (its `extensions.code`), or NETWORK when no answer came. */
export class ApiError extends Error implements ApiErrorShape {
  readonly code: string;
  readonly retryAfterSeconds?: number;
  readonly reasons?: readonly string[];
  /** MALFORMED_POLICY_DOCUMENT's findings, each with the JSON path it points to. */
  readonly findings?: ReadonlyArray<{ message: string; path: string; severity?: string; code?: string }>;

  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    if (typeof extensions.retryAfterSeconds === 'number') this.retryAfterSeconds = extensions.retryAfterSeconds;
    if (Array.isArray(extensions.reasons)) this.reasons = extensions.reasons.filter((r): r is string => typeof r === 'string');
    if (Array.isArray(extensions.findings)) {
      this.findings = (extensions.findings as unknown[]).flatMap((f) =>
        typeof f === 'object' && f !== null && 'message' in f && 'path' in f && typeof f.message === 'string' && typeof f.path === 'string'
          ? [{ message: f.message, path: f.path, severity: 'severity' in f && typeof f.severity === 'string' ? f.severity : undefined, code: 'code' in f && typeof f.code === 'string' ? f.code : undefined }]
          : [],
      );
    }
  }
}

interface WireError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export interface Answer<TData> {
  data: TData | null;
  errors: ApiError[];
  /** The first error at this field's path, written with dots (`me.mfaDevices`). */
  errorAt(path: string): ApiError | undefined;
}

let onSignedOut: () => void = () => {};
/** Called when the API says the session has ended (expired, revoked, signed out elsewhere). */
export function whenSignedOut(listener: () => void): void {
  onSignedOut = listener;
}

function toApiError(e: WireError): ApiError {
  const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
  return new ApiError(code, e.message, e.extensions);
}

/**
 * Sends one operation to /graphql on this server. The session is the HttpOnly cookie the sign-in
 * set (sessionDelivery: COOKIE): the page never sees a token. Returns data and errors both, for
 * pages that show what they may read and say why the rest is hidden.
 */
export async function request<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables?: TVariables,
): Promise<Answer<TData>> {
  let body: { data?: TData | null; errors?: WireError[] };
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError('NETWORK', 'The server could not be reached.');
  }
  const errors = (body.errors ?? []).map(toApiError);
  if (errors.some((e) => e.code === 'UNAUTHENTICATED')) onSignedOut();
  const byField = new Map<string, ApiError>();
  (body.errors ?? []).forEach((e, i) => {
    const path = (e.path ?? []).filter((p) => typeof p === 'string').join('.');
    if (path !== '' && !byField.has(path)) byField.set(path, errors[i]);
  });
  return { data: body.data ?? null, errors, errorAt: (path) => byField.get(path) };
}

/** Like request, for an operation that must succeed as a whole: its data, or the first error thrown. */
export async function gql<TData, TVariables>(document: TypedDocumentString<TData, TVariables>, variables?: TVariables): Promise<TData> {
  const { data, errors } = await request(document, variables);
  if (errors.length > 0) throw errors[0];
  if (data === null) throw new ApiError('INTERNAL_SERVER_ERROR', 'The server sent no data.');
  return data;
}
