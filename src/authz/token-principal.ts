import type { SessionService } from '../credentials/session.service';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { CallerPrincipal } from './principal';
import type { PrincipalService } from './principal.service';

/**
 * The caller a bearer token speaks for, or null when it names no live session (unknown, expired,
 * idle too long, revoked, or its user or role is gone). From the session cache when it holds the
 * token (no SQL), else from the database, then kept. The API's own authentication and
 * isAuthorized's token principals both come through here.
 */
export async function principalOfToken(deps: { sessions: SessionService; principals: PrincipalService }, uow: UnitOfWork, token: string): Promise<CallerPrincipal | null> {
  const hit = deps.sessions.cached(token);
  if (hit) return deps.principals.resolve(uow, hit.session, hit.role);
  const generation = deps.sessions.cache.generation;
  const session = await deps.sessions.authenticate(uow.em, token);
  if (!session) return null;
  const role = await deps.principals.roleOf(uow, session);
  const principal = await deps.principals.resolve(uow, session, role);
  if (principal) deps.sessions.remember(uow.em, token, session, role, generation);
  return principal;
}
