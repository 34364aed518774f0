import { Errors } from '../kernel/errors';
import type { CallerPrincipal } from '../authz/principal';
import type { RequestContext } from '../graphql/context';

/**
 * Turns `Authorization: Bearer TOKEN` into the caller. No header: anonymous (only the public
 * operations will work). A header with an unknown, expired or revoked token: UNAUTHENTICATED,
 * so that a client learns its session is over instead of being treated as anonymous.
 */
export async function authenticateRequest(ctx: RequestContext, header: string | undefined): Promise<CallerPrincipal | null> {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw unauthenticated('Malformed Authorization header: expected "Bearer TOKEN"');
  const session = await ctx.services.sessions.authenticate(ctx.em, m[1]!);
  if (!session) throw unauthenticated('The security token included in the request is invalid or expired.');
  const principal = await ctx.services.principals.resolve(ctx, session);
  if (!principal) throw unauthenticated('The security token included in the request is invalid or expired.');
  return principal;
}

/** Thrown from the context function: Apollo answers with extensions.http.status (401) and strips it. */
function unauthenticated(message: string) {
  const err = Errors.unauthenticated(message);
  err.extensions.http = { status: 401 };
  return err;
}
