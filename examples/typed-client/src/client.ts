import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { LoginDocument, MeDocument, RespondToMfaChallengeDocument } from './generated/graphql';
import { totpCode } from './totp-code';

/** An error of the API, with its `extensions.code` (README, "Error codes"). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * One GraphQL request whose variables and answer are typed by the document: a wrong variable or
 * a field the operation does not select is a compile error, not a runtime surprise.
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<TResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: TResult | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code, res.status);
  if (!body.data) throw new ApiError('No data in the answer', undefined, res.status);
  return body.data;
}

export interface SignedIn {
  token: string;
  expiresAt: string;
  mfaAuthenticated: boolean;
  arn: string;
}

/**
 * Password, then (when the user has an enabled MFA device) the TOTP code computed from the seed
 * with otplib (RFC 6238: SHA-1, 6 digits, 30 s, the authenticator apps' defaults). A real client
 * asks the person for the code; the seed is here so that a script or a test can sign in alone.
 */
export async function signIn(url: string, userName: string, password: string, totpSeed?: string): Promise<SignedIn> {
  const { login } = await request(url, LoginDocument, { userName, password });
  if (!login) throw new ApiError('login returned nothing', undefined, 200);
  let session = login.session;
  if (login.status === 'MFA_REQUIRED') {
    if (!login.mfaChallenge) throw new ApiError('MFA_REQUIRED without a challenge', undefined, 200);
    if (!totpSeed) throw new ApiError('This user needs a TOTP code: give the seed', 'MFA_REQUIRED', 200);
    const code = await totpCode(totpSeed);
    const answer = await request(url, RespondToMfaChallengeDocument, { challengeToken: login.mfaChallenge.token, code });
    session = answer.respondToMfaChallenge?.session ?? null;
  }
  // Token delivery (the default) puts the token in the body; a cookie session would carry none.
  if (!session?.token) throw new ApiError(`Sign-in ended with ${login.status}`, undefined, 200);
  const { me } = await request(url, MeDocument, {}, session.token);
  return { token: session.token, expiresAt: session.expiresAt, mfaAuthenticated: session.mfaAuthenticated, arn: me?.arn ?? '' };
}
