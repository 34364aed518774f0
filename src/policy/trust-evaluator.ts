/**
 * Evaluation of a role's trust policy for sts:AssumeRole* ("Policy evaluation logic" for
 * resource-based policies; "AWS JSON policy elements: Principal"). A statement matches iff its
 * Principal/NotPrincipal, Action/NotAction and conditions match; trust statements have no Resource.
 * Deny wins; no matching Allow is an implicit deny.
 */
import { RequestContext } from './context';
import { CompiledPolicy } from './policy-compiler';
import { newState, scanIndex } from './policy-evaluator';
import { EvaluationResult, TrustPrincipal } from './types';

export interface TrustRequest {
  principal: TrustPrincipal;
  action: string;
  context?: RequestContext;
  /** The role's ARN, used only when the trust policy carries a Resource element anyway. */
  resource?: string;
}

export function evaluateTrust<M>(policy: CompiledPolicy<M>, request: TrustRequest): EvaluationResult<M> {
  const s = newState<M>(request.action, request.resource ?? '*', request.context, request.principal ?? { type: 'AWS' });
  const r = scanIndex(policy.index, 'TRUST', s);
  const result: EvaluationResult<M> = {
    decision: r.deny ? 'EXPLICIT_DENY' : r.allow ? 'ALLOWED' : 'IMPLICIT_DENY',
    matchedStatements: s.matched,
    missingContextValues: s.missing ? s.missing.list() : [],
    allowedByPermissionsBoundary: null,
  };
  if (result.decision !== 'ALLOWED') result.deniedBy = 'TRUST';
  return result;
}
