import type { CallerPrincipal } from '../authz/principal';
import type { PrincipalService } from '../authz/principal.service';
import { principalOfToken } from '../authz/token-principal';
import type { SessionService } from '../credentials/session.service';
import { toGraphQLError } from '../graphql/format-error';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';

/** What a request presents to prove who it is. */
export interface RequestCredentials {
  /** The Authorization header. */
  readonly authorization: string | undefined;
  /** The session cookie's token (see session-cookie.ts), if sent. */
  readonly cookieToken: string | undefined;
  /** The Origin header. */
  readonly origin: string | undefined;
  /** This server's own origin as the client reached it (scheme://host[:port]). */
  readonly ownOrigin: string;
  /** IAM_CORS_ORIGINS. */
  readonly allowedOrigins: readonly string[];
}

/**
 * Turns `Authorization: Bearer TOKEN`, or else the session cookie, into the caller. Neither:
 * anonymous (only the public operations will work). A header with an unknown, expired or revoked
 * token: UNAUTHENTICATED, so that a client learns its session is over instead of being treated as
 * anonymous. The header wins when both are sent (an API client's explicit choice).
 *
 * A browser sends the cookie with every request to this host, whichever page makes it: a request
 * authenticated by the cookie must say it comes from this server's own origin or one listed in
 * IAM_CORS_ORIGINS (OWASP CSRF Prevention Cheat Sheet, "Verifying Origin With Standard Headers").
 * Browsers always send Origin on cross-origin requests and on POST; a request without it is
 * refused too (fail closed). A stale cookie counts as none, so that a browser can sign in again.
 */
export async function authenticateRequest(
  deps: { sessions: SessionService; principals: PrincipalService },
  uow: UnitOfWork,
  credentials: RequestCredentials,
): Promise<CallerPrincipal | null> {
  const { authorization, cookieToken } = credentials;
  if (authorization) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m) throw unauthenticated('Malformed Authorization header: expected "Bearer TOKEN"');
    const principal = await principalOfToken(deps, uow, m[1]!);
    if (!principal) throw unauthenticated('The security token included in the request is invalid or expired.');
    return principal;
  }
  if (!cookieToken) return null;
  if (!originAllowed(credentials)) {
    throw unauthenticated(
      'Cross-origin request refused: a request authenticated by the session cookie must come from this server\'s origin or one listed in IAM_CORS_ORIGINS.',
      403,
    );
  }
  return principalOfToken(deps, uow, cookieToken);
}

function originAllowed(c: RequestCredentials): boolean {
  if (!c.origin) return false;
  return c.origin === c.ownOrigin || c.allowedOrigins.includes(c.origin);
}

/** Thrown from the context function: Apollo answers with extensions.http.status (401, or 403 for CSRF) and strips it. */
function unauthenticated(message: string, status = 401) {
  const err = Errors.unauthenticated(message);
  err.extensions.http = { status };
  return toGraphQLError(err);
}
