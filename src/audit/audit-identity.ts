import type { Caller } from '../authz/principal';
import type { CredentialNote } from '../kernel/unit-of-work';

/**
 * Who, under a principal, made a call: what tells two people apart under one role or one user
 * (CloudTrail's userIdentity.accessKeyId, sessionContext and webIdFederationData).
 *  - sessionId: the bearer session the call was made with; for a call that signs in (login,
 *    respondToMfaChallenge, getSessionToken), the session it issued;
 *  - roleSessionName: a role session's name (and, for assumeRole(WithWebIdentity), the one asked for);
 *  - accessKeyId: the access key a getSessionToken session was exchanged for, or the one presented;
 *  - webIdentitySubject / webIdentityIssuer: the `sub` of the ID token behind a web-identity
 *    session (also through role chaining), and its provider as host/path (CloudTrail's
 *    identityProvider: the issuer URL without its scheme).
 */
export interface AuditIdentity {
  sessionId: string | null;
  roleSessionName: string | null;
  accessKeyId: string | null;
  webIdentitySubject: string | null;
  webIdentityIssuer: string | null;
}

export const NO_IDENTITY: AuditIdentity = { sessionId: null, roleSessionName: null, accessKeyId: null, webIdentitySubject: null, webIdentityIssuer: null };

/** The caller's identity, completed by what the operation noted about the credential it presented or issued. */
export function auditIdentity(caller: Caller, noted: CredentialNote): AuditIdentity {
  const p = caller.principal;
  const s = p?.session;
  const fromCaller: AuditIdentity = s
    ? {
        // A long-term access key's stand-in session (never stored) has no id of its own.
        sessionId: s.tokenHash ? s.id : null,
        roleSessionName: p!.kind === 'ROLE' ? p!.roleSessionName : null,
        accessKeyId: s.accessKeyId ?? null,
        ...webIdentityOf(s.context),
      }
    : NO_IDENTITY;
  const out = { ...fromCaller };
  for (const k of Object.keys(out) as Array<keyof AuditIdentity>) out[k] = (out[k] ?? noted[k] ?? null)?.slice(0, 2048) ?? null;
  return out;
}

/** The subject and provider of a web-identity session, from the keys fixed at its issue. */
function webIdentityOf(context: Record<string, string | string[]> | null): Pick<AuditIdentity, 'webIdentitySubject' | 'webIdentityIssuer'> {
  const provider = context?.['aws:FederatedProvider'];
  const at = typeof provider === 'string' ? provider.indexOf(':oidc-provider/') : -1;
  if (at < 0) return { webIdentitySubject: null, webIdentityIssuer: null };
  const issuer = (provider as string).slice(at + ':oidc-provider/'.length);
  const sub = context?.[`${issuer}:sub`];
  return { webIdentitySubject: typeof sub === 'string' ? sub : null, webIdentityIssuer: issuer };
}

/** An issuer URL as the audit trail keeps it: without its scheme. */
export function issuerWithoutScheme(iss: string): string {
  return iss.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}
