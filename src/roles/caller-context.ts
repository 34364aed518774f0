import type { CallerPrincipal } from '../authz/principal';
import type { RequestContext } from '../graphql/context';
import { buildContext, type ContextInput, type RequestContext as PolicyContext } from '../policy';

/**
 * The request context a trust policy sees ("AWS global condition context keys"): the caller's
 * identity keys, tags, MFA keys and the request's time, address and transport. MFA keys are present
 * only on session credentials (every bearer here is one); aws:TokenIssueTime only on temporary ones.
 * `mfa` overrides the session's MFA state when the request itself carried a valid MFA code
 * (AssumeRole's SerialNumber + TokenCode).
 */
export function callerTrustContext(
  ctx: RequestContext,
  caller: CallerPrincipal | null,
  extra: Record<string, ContextInput>,
  mfa?: { at: Date } | null,
): PolicyContext {
  const now = new Date();
  const values: Record<string, ContextInput> = {
    'aws:CurrentTime': now,
    'aws:EpochTime': Math.floor(now.getTime() / 1000),
    'aws:SecureTransport': ctx.secureTransport,
    'aws:SourceIp': ctx.sourceIp ?? undefined,
  };
  if (caller) {
    const session = caller.session;
    values['aws:PrincipalArn'] = caller.kind === 'USER' ? caller.arn : caller.roleArn;
    values['aws:userid'] = caller.userId;
    values['aws:PrincipalAccount'] = ctx.config.accountId;
    values['aws:PrincipalType'] = caller.kind === 'USER' ? 'User' : 'AssumedRole';
    if (caller.kind === 'USER') values['aws:username'] = caller.user.userName;
    const tags = caller.kind === 'USER' ? caller.user.tags : caller.tags;
    for (const t of tags) values[`aws:PrincipalTag/${t.key}`] = t.value;
    const mfaAt = mfa ? mfa.at : session.mfaAuthenticated ? session.mfaAuthenticatedAt : null;
    values['aws:MultiFactorAuthPresent'] = mfaAt !== null;
    if (mfaAt) values['aws:MultiFactorAuthAge'] = Math.max(0, Math.floor((now.getTime() - mfaAt.getTime()) / 1000));
    if (session.temporary) values['aws:TokenIssueTime'] = session.createdAt;
    // Keys fixed when a role session was issued (web identity claims) stay visible to its calls.
    for (const [k, v] of Object.entries(session.context ?? {})) values[k] ??= v;
  }
  Object.assign(values, extra);
  return buildContext(values);
}
