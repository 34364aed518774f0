/**
 * The decision when the resource has a resource-based policy (an S3 bucket policy, an SQS queue
 * policy, a document's policy in an application…), together with the caller's identity policies,
 * permissions boundary and session policies. Rules, each cited where it is applied below, from
 * "Policy evaluation logic" ("How AWS enforcement code logic evaluates requests", the
 * "Resource-based policies" step), "Policy evaluation for requests within a single account",
 * "Cross-account policy evaluation logic", "Permissions boundaries for IAM entities" and
 * "AWS JSON policy elements: Principal / NotPrincipal".
 *
 * Role trust policies are the one resource-based policy that must always allow: they go through
 * assume-role-decision.ts, which shares the Principal rules (principal-grants.ts).
 */
import { CompiledPolicy } from './policy-compiler';
import { AuthzRequest, evaluate, PolicySet } from './policy-evaluator';
import { bestGrant, callerIds, type GrantCaller, mergeMatched, notPrincipalDenials, type TrustGrant } from './principal-grants';
import { evaluateResourcePolicy } from './trust-evaluator';
import { EvaluationResult, Scope } from './types';

export interface ResourceDecisionRequest<M, R> {
  /** The action on the resource, in the caller's request context. */
  request: AuthzRequest;
  /** The caller's identity policies, boundary and session policies. */
  policies: PolicySet<M>;
  /** The resource's policy, compiled with kind RESOURCE; null: the resource has none. */
  resourcePolicy: CompiledPolicy<R> | null;
  /** The account that owns the resource (12 digits); absent: the caller's account. */
  resourceOwner?: string;
  caller: GrantCaller;
}

export interface ResourceDecisionResult<M> extends EvaluationResult<M> {
  /** The most direct way a matched resource-policy Allow names the caller; null when none does. */
  grant: TrustGrant | null;
  /** The resource's owner is not the caller's account: both sides had to allow. */
  crossAccount: boolean;
}

export function decideWithResourcePolicy<M, R>(req: ResourceDecisionRequest<M, R>): ResourceDecisionResult<M | R> {
  const { caller, policies, request } = req;
  const crossAccount = req.resourceOwner !== undefined && req.resourceOwner !== caller.account;
  const own = evaluate<M>(request, policies);
  const rp = req.resourcePolicy;
  if (rp === null) {
    // "Cross-account policy evaluation logic": the resource's account must allow too; with no
    // resource-based policy nothing in it does.
    if (crossAccount && own.decision === 'ALLOWED') return { ...own, decision: 'IMPLICIT_DENY', deniedBy: 'RESOURCE', grant: null, crossAccount };
    return { ...own, grant: null, crossAccount };
  }
  const ids = callerIds(caller);
  const principal = { type: 'AWS' as const, identifiers: ids, federated: caller.federated };
  const res = evaluateResourcePolicy(rp, { principal, action: request.action, resource: request.resource, context: request.context }, 'RESOURCE');
  const hasBoundary = !!policies.boundary && policies.boundary.length > 0;
  const npDenies = notPrincipalDenials(rp, 'RESOURCE', { action: request.action, resource: request.resource, context: request.context }, ids, hasBoundary);
  const matched = [...mergeMatched<M | R>(res.matchedStatements, npDenies), ...own.matchedStatements];
  const grant = bestGrant(rp, res, caller);
  const result = (decision: EvaluationResult['decision'], deniedBy?: Scope): ResourceDecisionResult<M | R> => ({
    decision,
    ...(deniedBy ? { deniedBy } : {}),
    grant,
    crossAccount,
    matchedStatements: matched,
    missingContextValues: [...new Set([...res.missingContextValues, ...own.missingContextValues])],
    allowedByPermissionsBoundary: own.allowedByPermissionsBoundary,
  });

  // "Deny evaluation": an explicit Deny in any policy that applies (resource-based, identity-based,
  // boundary, session) is the final decision. A NotPrincipal Deny applies to every caller not all
  // of whose identities it lists, and to every caller with a permissions boundary.
  if (res.decision === 'EXPLICIT_DENY' || npDenies.length > 0) return result('EXPLICIT_DENY', 'RESOURCE');
  if (own.decision === 'EXPLICIT_DENY') return result('EXPLICIT_DENY', own.deniedBy);

  if (crossAccount) {
    // "Cross-account policy evaluation logic": the identity-based policies (within the boundary and
    // session policies) of the caller's account and the resource-based policy must both allow.
    // An Allow naming the account only delegates, which the caller's identity side then uses.
    if (own.decision !== 'ALLOWED') return result('IMPLICIT_DENY', own.deniedBy);
    return grant === null ? result('IMPLICIT_DENY', 'RESOURCE') : result('ALLOWED');
  }
  // Same account: "If either the identity-based policy or the resource-based policy within the same
  // account allows the request and the other doesn't, the request is still allowed."
  // The IAM user or role session named ("If a resource-based policy grants permission directly to
  // the IAM user or the session principal that is making the request, then an implicit deny in an
  // identity-based policy, a permissions boundary, or a session policy does not affect the final
  // decision"); `*` and an Allow NotPrincipal grant the same way ("Permissions boundaries and
  // session policies do not limit permissions granted using … a wildcard (*) in the Principal
  // element, unless the identity-based policies contain an explicit deny"); a federated session's
  // provider named is the session named.
  if (grant === 'PRINCIPAL') return result('ALLOWED');
  if (own.decision === 'ALLOWED') return result('ALLOWED');
  if (grant === 'ROLE') {
    // The role named, the caller being its session: "Resource-based policies that grant permissions
    // to an IAM role ARN are limited by an implicit deny in a permissions boundary or session
    // policy"; the identity-based policies need not allow.
    if (own.allowedByPermissionsBoundary === false) return result('IMPLICIT_DENY', 'BOUNDARY');
    const session = policies.session;
    if (session && session.length > 0 && evaluate<M>(request, { identity: session }).decision !== 'ALLOWED') return result('IMPLICIT_DENY', 'SESSION');
    return result('ALLOWED');
  }
  // The account named ("AWS account principals": the policy delegates to the account, whose
  // identity-based policies must allow), or nothing names the caller: the identity side decides.
  return result('IMPLICIT_DENY', own.deniedBy);
}
