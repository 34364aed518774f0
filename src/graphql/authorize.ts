import type { CallerPrincipal } from '../authz/principal';
import type { RequestContextKeys } from '../authz/request-context';
import { Errors } from '../kernel/errors';
import type { GraphQLContext } from './context';

/** The caller, or UNAUTHENTICATED. */
export function requirePrincipal(ctx: GraphQLContext): CallerPrincipal {
  if (!ctx.principal) throw Errors.unauthenticated();
  return ctx.principal;
}

/**
 * The one door of authorization: every resolver calls it with its AWS action and target ARN
 * before doing anything. It notes the operation for the audit log, then asks the evaluator.
 * A denial is ACCESS_DENIED with AWS's message shape.
 */
export async function authorize(
  ctx: GraphQLContext,
  action: string,
  resourceArn: string,
  extraContext: RequestContextKeys = {},
  options: AuthorizeOptions = {},
): Promise<CallerPrincipal> {
  ctx.uow.audit.authorizing(action, resourceArn);
  const principal = requirePrincipal(ctx);
  // A password-reset session may do one thing: change the password (AWS console behaviour).
  if (principal.session.scope === 'PASSWORD_CHANGE' && action !== 'iam:ChangePassword') {
    throw Errors.accessDenied(
      `User: ${principal.arn} must change the password before performing: ${action} on resource: ${resourceArn}`,
    );
  }
  // ctx.security, not ctx.uow: a read-only query's plain reads may come from a replica, its policies never do.
  const decision = await ctx.authz.decide(ctx.security, ctx.caller, principal, action, resourceArn, extraContext);
  if (decision.allowed) return principal;
  if (options.grantedByAccountSetting && decision.result.decision !== 'EXPLICIT_DENY') return principal;
  throw Errors.accessDenied(decision.message);
}

export interface AuthorizeOptions {
  /**
   * An account setting grants the action to every user (AllowUsersToChangePassword grants
   * iam:ChangePassword on oneself): no policy needs to allow it, but an explicit deny still wins.
   */
  grantedByAccountSetting?: boolean;
}
