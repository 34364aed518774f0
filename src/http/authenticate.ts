import type { CallerPrincipal } from '../authz/principal';
import type { PrincipalService } from '../authz/principal.service';
import type { SessionService } from '../credentials/session.service';
import { toGraphQLError } from '../graphql/format-error';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';

/**
 * Turns `Authorization: Bearer TOKEN` into the caller. No header: anonymous (only the public
 * operations will work). A header with an unknown, expired or revoked token: UNAUTHENTICATED,
 * so that a client learns its session is over instead of being treated as anonymous.
 */
export async function authenticateRequest(
  deps: { sessions: SessionService; principals: PrincipalService },
  uow: UnitOfWork,
  header: string | undefined,
): Promise<CallerPrincipal | null> {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw unauthenticated('Malformed Authorization header: expected "Bearer TOKEN"');
  const session = await deps.sessions.authenticate(uow.em, m[1]!);
  if (!session) throw unauthenticated('The security token included in the request is invalid or expired.');
  const principal = await deps.principals.resolve(uow, session);
  if (!principal) throw unauthenticated('The security token included in the request is invalid or expired.');
  return principal;
}

/** Thrown from the context function: Apollo answers with extensions.http.status (401) and strips it. */
function unauthenticated(message: string) {
  const err = Errors.unauthenticated(message);
  err.extensions.http = { status: 401 };
  return toGraphQLError(err);
}
