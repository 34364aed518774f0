import { Errors } from '../kernel/errors';
import type { RequestContext } from './context';
import type { CallerPrincipal } from '../authz/principal';

/** Extra request-context keys an operation adds (iam:PolicyARN, aws:RequestTag/…, aws:TagKeys…). */
export type RequestContextKeys = Record<string, string | string[] | number | boolean>;

/** The caller, or UNAUTHENTICATED. */
export function requirePrincipal(ctx: RequestContext): CallerPrincipal {
  if (!ctx.principal) throw Errors.unauthenticated();
  return ctx.principal;
}

/**
 * The one door of authorization: every resolver calls it with its AWS action and target ARN
 * before doing anything. It records the operation for the audit log, then asks the evaluator.
 * A denial is ACCESS_DENIED with AWS's message shape.
 */
export async function authorize(
  ctx: RequestContext,
  action: string,
  resourceArn: string,
  extraContext: RequestContextKeys = {},
  options: AuthorizeOptions = {},
): Promise<CallerPrincipal> {
  if (ctx.operation && !ctx.operation.resourceArn) {
    ctx.operation.action = action;
    ctx.operation.resourceArn = resourceArn;
  }
  if (ctx.operation) ctx.operation.authorized = true;
  const principal = requirePrincipal(ctx);
  // A password-reset session may do one thing: change the password (AWS console behaviour).
  if (principal.session.scope === 'PASSWORD_CHANGE' && action !== 'iam:ChangePassword') {
    throw Errors.accessDenied(
      `User: ${principal.arn} must change the password before performing: ${action} on resource: ${resourceArn}`,
    );
  }
  const decision = await ctx.services.authz.decide(ctx, principal, action, resourceArn, extraContext);
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
