import type { CallerPrincipal } from '../authz/principal';
import { buildRequestContext, type RequestContextKeys } from '../authz/request-context';
import type { RequestOrigin } from '../kernel/caller';
import { buildContext, type RequestContext as PolicyContext } from '../policy';

/**
 * The request context a trust policy sees: the caller's, as authorize() builds it ("AWS global
 * condition context keys"), plus the operation's keys. `mfaAt` stands for a valid MFA code in the
 * request itself (AssumeRole's SerialNumber + TokenCode): the MFA keys are then present as if the
 * caller's session had been MFA-authenticated at that instant, as in AWS.
 */
export function callerTrustContext(origin: RequestOrigin, caller: CallerPrincipal, extra: RequestContextKeys, mfaAt: Date | null): PolicyContext {
  const principal = mfaAt ? { ...caller, session: { ...caller.session, mfaAuthenticated: true, mfaAuthenticatedAt: mfaAt } } : caller;
  return buildRequestContext(origin, principal, extra);
}

/**
 * The request context of an anonymous STS call (AssumeRoleWithWebIdentity): no caller keys, only
 * the request's time, address and transport, and the operation's keys (the token's claims).
 */
export function anonymousTrustContext(origin: RequestOrigin, extra: Record<string, string | string[]>): PolicyContext {
  const now = new Date();
  return buildContext({
    'aws:CurrentTime': now,
    'aws:EpochTime': Math.floor(now.getTime() / 1000),
    'aws:SecureTransport': origin.secureTransport,
    'aws:SourceIp': origin.sourceIp ?? undefined,
    ...extra,
  });
}
