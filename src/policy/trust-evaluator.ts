/**
 * Evaluation of a resource-based policy on its own: a role's trust policy for sts:AssumeRole*, or
 * any other resource's policy ("Policy evaluation logic" for resource-based policies; "AWS JSON
 * policy elements: Principal"). A statement matches iff its Principal/NotPrincipal,
 * Action/NotAction, Resource/NotResource (trust statements have none) and conditions match.
 * Deny wins; no matching Allow is an implicit deny. How the result combines with the caller's
 * own policies is assume-role-decision.ts's and resource-decision.ts's.
 */
import { RequestContext } from './context';
import { CompiledPolicy } from './policy-compiler';
import { newState, scanIndex } from './policy-evaluator';
import { EvaluationResult, TrustPrincipal } from './types';

export interface TrustRequest {
  principal: TrustPrincipal;
  action: string;
  context?: RequestContext;
  /** The resource's ARN (for a trust policy the role's, used only when it carries a Resource element anyway). */
  resource?: string;
}

/** `scope` names the layer in matched statements and `deniedBy`: TRUST for a role's trust policy, RESOURCE otherwise. */
export function evaluateResourcePolicy<M>(policy: CompiledPolicy<M>, request: TrustRequest, scope: 'TRUST' | 'RESOURCE'): EvaluationResult<M> {
  const s = newState<M>(request.action, request.resource ?? '*', request.context, request.principal ?? { type: 'AWS' });
  const r = scanIndex(policy.index, scope, s);
  const result: EvaluationResult<M> = {
    decision: r.deny ? 'EXPLICIT_DENY' : r.allow ? 'ALLOWED' : 'IMPLICIT_DENY',
    matchedStatements: s.matched,
    missingContextValues: s.missing ? s.missing.list() : [],
    allowedByPermissionsBoundary: null,
  };
  if (result.decision !== 'ALLOWED') result.deniedBy = scope;
  return result;
}

export function evaluateTrust<M>(policy: CompiledPolicy<M>, request: TrustRequest): EvaluationResult<M> {
  return evaluateResourcePolicy(policy, request, 'TRUST');
}
