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
  const judged = await judge(ctx, principal, action, resourceArn, extraContext, options);
  if (!judged.allowed) throw Errors.accessDenied(judged.message);
  return principal;
}

/** What authorize() would decide for this caller, without noting or refusing anything (callerPermissions asks it too). */
export interface Judgement {
  allowed: boolean;
  decision: 'ALLOWED' | 'EXPLICIT_DENY' | 'IMPLICIT_DENY';
  /** AWS's AccessDenied message when not allowed. */
  message: string;
}

export async function judge(
  ctx: GraphQLContext,
  principal: CallerPrincipal,
  action: string,
  resourceArn: string,
  extraContext: RequestContextKeys = {},
  options: AuthorizeOptions = {},
): Promise<Judgement> {
  // A password-reset session may do one thing: change the password (AWS console behaviour).
  if (principal.session.scope === 'PASSWORD_CHANGE' && action.toLowerCase() !== 'iam:changepassword') {
    const message = `User: ${principal.arn} must change the password before performing: ${action} on resource: ${resourceArn}`;
    return { allowed: false, decision: 'IMPLICIT_DENY', message };
  }
  // ctx.security, not ctx.uow: a read-only query's plain reads may come from a replica, its policies never do.
  const decision = await ctx.authz.decide(ctx.security, ctx.caller, principal, action, resourceArn, extraContext);
  if (decision.allowed || (options.grantedByAccountSetting && decision.result.decision !== 'EXPLICIT_DENY')) {
    return { allowed: true, decision: 'ALLOWED', message: '' };
  }
  return { allowed: false, decision: decision.result.decision === 'EXPLICIT_DENY' ? 'EXPLICIT_DENY' : 'IMPLICIT_DENY', message: decision.message };
}

export interface AuthorizeOptions {
  /**
   * An account setting grants the action to every user (AllowUsersToChangePassword grants
   * iam:ChangePassword on oneself): no policy needs to allow it, but an explicit deny still wins.
   */
  grantedByAccountSetting?: boolean;
}
