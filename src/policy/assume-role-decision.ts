/**
 * The decision for sts:AssumeRole within one account: the role's trust policy (a resource-based
 * policy) together with the caller's own identity policies, permissions boundary and session
 * policies. One function, used by the API and by the simulator, so that both always agree.
 *
 * AWS's same-account rules ("Policy evaluation logic", resource-based policies;
 * "AWS JSON policy elements: Principal", IAM role and IAM user principals):
 *  - any explicit Deny (trust policy, identity policies, boundary, session policy) refuses;
 *  - the trust policy must allow: role trust policies are the exception where an identity Allow
 *    alone is never enough;
 *  - a trust Allow that names the calling principal itself (the IAM user, or the exact
 *    assumed-role session ARN) grants directly: implicit denies in the caller's identity
 *    policies, boundary and session policies do not matter;
 *  - a wildcard principal grants the same way ("permissions boundaries or session policies do not
 *    limit permissions granted using the aws:PrincipalArn condition key with a wildcard (*) in the
 *    Principal element, unless the identity-based policies contain an explicit deny");
 *  - a trust Allow that names the role of a role session is limited by an implicit deny in the
 *    caller's permissions boundary or session policy (but needs no identity Allow);
 *  - a trust Allow that names only the account delegates to the account: the caller's identity
 *    policies must allow sts:AssumeRole, within its boundary and session policy.
 * NotPrincipal with Deny ("AWS JSON policy elements: NotPrincipal", "Permissions boundaries"):
 * it denies every principal that has a permissions boundary, whatever it lists, and otherwise
 * every principal of which not all identities (session or user, role, account) are listed.
 *
 * Principals are matched by unique id, never by name: the caller offers its unique ids (AIDA… of
 * a user, AROA…:SESSION of a role session, AROA… of its role) and its account id, and the trust
 * policy carries the unique ids its ARNs resolved to when it was saved.
 */
import { RequestContext } from './context';
import { CompiledPolicy } from './policy-compiler';
import { AuthzRequest, evaluate, PolicySet } from './policy-evaluator';
import { bestGrant, callerIds, type GrantCaller, mergeMatched, notPrincipalDenials, type TrustGrant } from './principal-grants';
import { evaluateTrust } from './trust-evaluator';
import { EvaluationResult, MatchedStatement, TrustPrincipal } from './types';

export type { TrustGrant } from './principal-grants';

export interface AssumeRoleCaller {
  /** The principal itself: an IAM user's unique id, or a role session's `ROLEID:SESSION`; null when only a role is simulated. */
  principalId: string | null;
  /** The unique id of the role behind a role session (or of a simulated role). */
  roleId: string | null;
  account: string;
}

export interface AssumeRoleRequest<M, T> {
  /** The role's trust policy, with its principals resolved to unique ids. */
  trust: CompiledPolicy<T>;
  /** The request context the trust policy sees. */
  trustContext?: RequestContext;
  caller: AssumeRoleCaller;
  /** The caller's identity policies, boundary and session policies. */
  policies: PolicySet<M>;
  /** sts:AssumeRole on the role's ARN, in the caller's request context. */
  request: AuthzRequest;
}

export interface AssumeRoleResult<M> extends EvaluationResult<M> {
  /** The most direct way a matched trust Allow names the caller; null when none does. */
  grant: TrustGrant | null;
}

function grantCaller(c: AssumeRoleCaller): GrantCaller {
  return { principal: c.principalId ? [c.principalId] : [], role: c.roleId ? [c.roleId] : [], account: c.account };
}

export function decideAssumeRole<M, T>(req: AssumeRoleRequest<M, T>): AssumeRoleResult<M | T> {
  const { trust } = req;
  const caller = grantCaller(req.caller);
  const ids = callerIds(caller);
  const who: TrustPrincipal = { type: 'AWS', identifiers: ids };
  const action = req.request.action;
  const trustResult = evaluateTrust(trust, { principal: who, action, context: req.trustContext, resource: req.request.resource });
  const hasBoundary = !!req.policies.boundary && req.policies.boundary.length > 0;
  const open = { action, context: req.trustContext, resource: req.request.resource };
  const notPrincipalDenies = notPrincipalDenials(trust, 'TRUST', open, ids, hasBoundary);
  const own = evaluate<M>(req.request, req.policies);

  const matched: MatchedStatement<M | T>[] = [...mergeMatched<M | T>(trustResult.matchedStatements, notPrincipalDenies), ...own.matchedStatements];
  const result = (decision: AssumeRoleResult<M | T>['decision'], deniedBy: AssumeRoleResult<M | T>['deniedBy'], grant: TrustGrant | null): AssumeRoleResult<M | T> => ({
    decision,
    ...(deniedBy ? { deniedBy } : {}),
    grant,
    matchedStatements: matched,
    missingContextValues: [...new Set([...trustResult.missingContextValues, ...own.missingContextValues])],
    allowedByPermissionsBoundary: own.allowedByPermissionsBoundary,
  });

  if (trustResult.decision === 'EXPLICIT_DENY' || notPrincipalDenies.length > 0) return result('EXPLICIT_DENY', 'TRUST', null);
  if (own.decision === 'EXPLICIT_DENY') return result('EXPLICIT_DENY', own.deniedBy, null);
  const grant = bestGrant(trust, trustResult, caller);
  if (grant === null) return result('IMPLICIT_DENY', 'TRUST', null);
  if (grant === 'PRINCIPAL') return result('ALLOWED', undefined, grant);
  if (grant === 'ACCOUNT') return own.decision === 'ALLOWED' ? result('ALLOWED', undefined, grant) : result('IMPLICIT_DENY', own.deniedBy, grant);
  // ROLE: no identity Allow needed, but the boundary and the session policies must allow.
  if (own.allowedByPermissionsBoundary === false) return result('IMPLICIT_DENY', 'BOUNDARY', grant);
  const session = req.policies.session;
  if (session && session.length > 0 && evaluate<M>(req.request, { identity: session }).decision !== 'ALLOWED') {
    return result('IMPLICIT_DENY', 'SESSION', grant);
  }
  return result('ALLOWED', undefined, grant);
}
