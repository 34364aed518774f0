/**
 * How a resource-based policy's matching Allow names the caller, and which of its NotPrincipal
 * Denies apply: shared by role trust policies (assume-role-decision.ts) and every other
 * resource-based policy (resource-decision.ts). Rules from "Policy evaluation logic" (resource-based
 * policies), "AWS JSON policy elements: Principal" and "…: NotPrincipal".
 */
import { RequestContext } from './context';
import { CompiledPolicy, CompiledStatement } from './policy-compiler';
import { evaluateResourcePolicy } from './trust-evaluator';
import { EvaluationResult, MatchedStatement } from './types';

/** The caller as a Principal element can name it: ARNs, or unique ids where the policy stores those. */
export interface GrantCaller {
  /** The principal itself: an IAM user, or a role session (arn:aws:sts::…:assumed-role/ROLE/SESSION); empty when only a role is simulated. */
  principal: readonly string[];
  /** The role behind a role session (its ARN or unique id); empty for an IAM user. */
  role: readonly string[];
  /** The caller's account id (12 digits). */
  account: string;
  /** Identity providers of a federated session, matched by `Federated` principals. */
  federated?: readonly string[];
}

/** How a matched Allow names the caller, most direct first. */
export type TrustGrant = 'PRINCIPAL' | 'ROLE' | 'ACCOUNT';

const RANK: Record<TrustGrant, number> = { PRINCIPAL: 3, ROLE: 2, ACCOUNT: 1 };

/** Every identifier of the caller, its own first. */
export function callerIds(caller: GrantCaller): string[] {
  return [...caller.principal, ...caller.role, caller.account].filter((x) => !!x);
}

function statementOf<T>(policy: CompiledPolicy<T>, index: number): CompiledStatement | undefined {
  return policy.statements.find((s) => s.index === index);
}

export function grantOf(st: CompiledStatement | undefined, caller: GrantCaller): TrustGrant | null {
  if (!st || !st.principal) return null;
  // "Allow" with NotPrincipal grants to every principal it does not list, as a wildcard would.
  if (st.notPrincipal || st.principal.everyone) return 'PRINCIPAL';
  const p = st.principal;
  if (caller.principal.some((id) => p.aws.has(id))) return 'PRINCIPAL';
  if (caller.federated?.some((f) => p.federated.has(f))) return 'PRINCIPAL';
  if (caller.role.some((id) => p.aws.has(id))) return 'ROLE';
  if (p.accounts.has(caller.account)) return 'ACCOUNT';
  return null;
}

/** The most direct way any matched Allow of `policy` names the caller; null when none does. */
export function bestGrant<T>(policy: CompiledPolicy<T>, r: EvaluationResult<T>, caller: GrantCaller): TrustGrant | null {
  let best: TrustGrant | null = null;
  for (const m of r.matchedStatements) {
    if (m.effect !== 'Allow') continue;
    const g = grantOf(statementOf(policy, m.statementIndex), caller);
    if (g && (best === null || RANK[g] > RANK[best])) best = g;
  }
  return best;
}

export interface OpenRequest {
  action: string;
  resource?: string;
  context?: RequestContext;
}

/**
 * Deny statements with NotPrincipal whose action, resource and conditions match, and that apply
 * to the caller: each applies to a caller with a permissions boundary ("The NotPrincipal element
 * with a Deny effect will always deny any IAM principal that has a permissions boundary policy
 * attached"), and to a caller not all of whose identities (user or session, role, account) it lists.
 */
export function notPrincipalDenials<T>(
  policy: CompiledPolicy<T>,
  scope: 'TRUST' | 'RESOURCE',
  req: OpenRequest,
  ids: readonly string[],
  hasBoundary: boolean,
): MatchedStatement<T>[] {
  if (!policy.statements.some((s) => s.deny && s.notPrincipal)) return [];
  // With no identifier, every NotPrincipal statement is in play; keep the Denies among them.
  const open = evaluateResourcePolicy(policy, { principal: { type: 'AWS', identifiers: [] }, ...req }, scope);
  return open.matchedStatements.filter((m) => {
    const st = statementOf(policy, m.statementIndex);
    if (!st || !st.deny || !st.notPrincipal || !st.principal) return false;
    if (hasBoundary) return true;
    const p = st.principal;
    return !ids.every((id) => p.aws.has(id) || p.accounts.has(id));
  });
}

/** `a` then the statements of `b` not already in it (a NotPrincipal Deny can be found twice). */
export function mergeMatched<T>(a: readonly MatchedStatement<T>[], b: readonly MatchedStatement<T>[]): MatchedStatement<T>[] {
  const out = [...a];
  for (const m of b) if (!out.some((x) => x.policy === m.policy && x.statementIndex === m.statementIndex && x.scope === m.scope)) out.push(m);
  return out;
}
