import { Errors } from '../kernel/errors';
import type { GraphQLContext } from './context';
import type { SessionDelivery } from './generated/graphql-types';

interface Delivered {
  session: { token: string; expiresAt: Date; mfaAuthenticated: boolean } | null;
}

/**
 * `sessionDelivery: COOKIE`: the session goes to the transport's cookie outlet and the answer
 * carries no token (a script on the page cannot read what it never receives). TOKEN (the
 * default): the token is in the body, as before.
 */
export function deliverSession<T extends Delivered>(ctx: GraphQLContext, delivery: SessionDelivery | null | undefined, result: T) {
  if (delivery !== 'COOKIE' || !result.session) return result;
  assertDeliverable(ctx, delivery);
  ctx.sessionCookie!.deliver(result.session);
  return { ...result, session: { ...result.session, token: null } };
}

/** Checked before the sign-in runs, so that a COOKIE request on a transport without cookies costs no guess. */
export function assertDeliverable(ctx: GraphQLContext, delivery: SessionDelivery | null | undefined): void {
  if (delivery === 'COOKIE' && !ctx.sessionCookie) throw Errors.badInput('sessionDelivery', 'This transport cannot set cookies: use sessionDelivery TOKEN.');
}
