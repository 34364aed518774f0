import { Errors } from '../kernel/errors';
import {
  type CompiledPolicy,
  compilePolicy,
  type ContextEntry,
  contextFromEntries,
  decideWithResourcePolicy,
  evaluate,
  type EvaluationResult,
  explain,
  isValid,
  type MatchedStatement,
  type RequestContext as PolicyContext,
  validatePolicy,
  withWorkLimit,
  WorkLimitExceeded,
} from '../policy';
import { findingsExtension } from '../policy-store/policy-documents';
import { type PolicyLayer, type PolicyMeta, policySourceOf, type PolicySourceType, type PolicySourceView } from '../policy-store/policy-set';
import { fixedDecision } from './fixed-decisions';
import { overBudget, spend, spendOnDocument, type WorkBudget } from './policy-work-budget';
import { ownerOfResource, type SimulatedResourcePolicy } from './resource-simulation';
import { SIMULATION_LIMITS } from './simulation-limits';

export interface SimulationResult {
  evalActionName: string;
  evalResourceName: string;
  evalDecision: EvaluationResult['decision'];
  matchedStatements: Array<{ sourcePolicyId: string; sourcePolicyType: PolicySourceType; policySource: PolicySourceView; statementIndex: number; sid: string | null; effect: 'Allow' | 'Deny' }>;
  missingContextValues: string[];
  allowedByPermissionsBoundary: boolean | null;
  explanation: string;
}

export interface SimulationRequest {
  /** The simulated caller, for AccessDenied wording; null when the simulation names none. */
  callerArn: string | null;
  identity: readonly CompiledPolicy<PolicyMeta>[];
  boundary: readonly CompiledPolicy<PolicyMeta>[];
  actionNames: readonly string[];
  resourceArns: readonly string[];
  context: PolicyContext;
  /**
   * A decision made another way for some action and resource (sts:AssumeRole on a role: its trust
   * policy with the principal's policies, as the API decides it); null: evaluate the policies.
   */
  decideOther?: (action: string, resource: string) => EvaluationResult<PolicyMeta> | null;
  /**
   * The group through which an identity policy reaches the simulated principal (a principal's set:
   * policy-set's viaGroupOf); absent: none. Compiled documents are shared, so meta cannot say it.
   */
  viaGroupOf?: (meta: PolicyMeta) => string | null;
  /** The simulator's resourcePolicy, attached to every resource simulated; absent: none. */
  resource?: SimulatedResourcePolicy;
  /** A role session's session policy (isAuthorized for a session token); absent: none. */
  session?: readonly CompiledPolicy<PolicyMeta>[];
}


/**
 * Policy documents given to a simulator (PolicyInputList…): every document the language defines is
 * evaluated, 2008-10-17 and Version-less ones included (variables then stay literal), but a
 * malformed one is MALFORMED_POLICY_DOCUMENT with its findings, as AWS's simulators refuse it.
 */
export function compileInputPolicies(list: readonly string[], field: string, idPrefix: string, kind: PolicyMeta['kind'], budget: WorkBudget): CompiledPolicy<PolicyMeta>[] {
  return list.map((doc, i) => {
    spendOnDocument(budget, doc);
    const findings = validatePolicy(doc, { kind: 'IDENTITY', policyType: 'INLINE' });
    if (!isValid(findings)) {
      const errors = findings.filter((f) => f.severity === 'ERROR').map((f) => ({ ...f, path: `${field}[${i}]${f.path.slice(1)}` }));
      throw Errors.malformedPolicy(`${errors[0]!.message} (${field}[${i}])`, findingsExtension(errors));
    }
    const id = `${idPrefix}.${i + 1}`;
    return compilePolicy(doc, { id, kind, arn: null, name: id, versionId: null, isAwsManaged: false, ownerType: null });
  });
}

/** Context entries typed as AWS's simulators type them; a bad entry is BAD_USER_INPUT. */
export function simulationContext(entries: readonly ContextEntry[], callerKeys: Record<string, string> = {}): PolicyContext {
  const { context, findings } = contextFromEntries(entries);
  if (!context) {
    const first = findings.find((f) => f.severity === 'ERROR');
    throw Errors.badInput('contextEntries', `Invalid contextEntries: ${first?.message ?? 'bad entry'}`);
  }
  // Caller keys (aws:username…) fill in what the entries do not set themselves.
  for (const [k, v] of Object.entries(callerKeys)) if (!context.has(k)) context.set(k, [v], false, 'STRING');
  return context;
}

const LAYER: Record<MatchedStatement<PolicyMeta>['scope'], PolicyLayer> = { IDENTITY: 'IDENTITY', BOUNDARY: 'BOUNDARY', SESSION: 'SESSION', TRUST: 'TRUST', RESOURCE: 'RESOURCE' };

/** One result per action and resource, in input order, within the request's work budget. */
export function simulate(req: SimulationRequest, budget: WorkBudget): SimulationResult[] {
  const resources = req.resourceArns.length > 0 ? req.resourceArns : ['*'];
  if (req.actionNames.length === 0) throw Errors.badInput('actionNames', 'Invalid actionNames: at least one action is required');
  if (req.actionNames.length * resources.length > SIMULATION_LIMITS.results) {
    throw Errors.badInput('actionNames', `Invalid actionNames: at most ${SIMULATION_LIMITS.results} action and resource pairs per call`);
  }
  try {
    const { result, steps } = withWorkLimit(budget.remaining, () => evaluateAll(req, resources));
    spend(budget, steps);
    return result;
  } catch (e) {
    if (!(e instanceof WorkLimitExceeded)) throw e;
    budget.remaining = 0;
    throw overBudget();
  }
}

function evaluateAll(req: SimulationRequest, resources: readonly string[]): SimulationResult[] {
  const out: SimulationResult[] = [];
  for (const action of req.actionNames) {
    for (const resource of resources) {
      const fixed = fixedDecision(action, resource, req.callerArn);
      if (fixed) {
        out.push({
          evalActionName: action,
          evalResourceName: resource,
          evalDecision: fixed.decision,
          matchedStatements: [],
          missingContextValues: [],
          allowedByPermissionsBoundary: null,
          explanation: fixed.explanation,
        });
        continue;
      }
      const result = req.decideOther?.(action, resource) ?? decide(req, action, resource);
      out.push(presented(req, result, action, resource));
    }
  }
  return out;
}

/**
 * A result as the simulators answer it. The statements' sources and the explanation are worked
 * out when first read: an application asking for the decision alone (isAuthorized) pays for neither.
 */
function presented(req: SimulationRequest, result: EvaluationResult<PolicyMeta>, action: string, resource: string): SimulationResult {
  let matched: SimulationResult['matchedStatements'] | undefined;
  let explanation: string | undefined;
  return {
    evalActionName: action,
    evalResourceName: resource,
    evalDecision: result.decision,
    get matchedStatements() {
      return (matched ??= result.matchedStatements.map((m) => {
        const via = m.scope === 'IDENTITY' ? (req.viaGroupOf?.(m.policy) ?? null) : null;
        const policySource = policySourceOf(m.policy, LAYER[m.scope], m.statementIndex, via);
        return { sourcePolicyId: m.policy.id, sourcePolicyType: policySource.type, policySource, statementIndex: m.statementIndex, sid: m.sid, effect: m.effect };
      }));
    },
    missingContextValues: result.missingContextValues,
    allowedByPermissionsBoundary: result.allowedByPermissionsBoundary,
    get explanation() {
      return (explanation ??= explain(result, { action, resource, resourcePolicy: !!req.resource }));
    },
  };
}

/** The identity side alone, or with the resource policy as AWS combines them (resource-decision.ts). */
function decide(req: SimulationRequest, action: string, resource: string): EvaluationResult<PolicyMeta> {
  const request = { action, resource, context: req.context };
  const policies = { identity: req.identity, boundary: req.boundary, session: req.session };
  const r = req.resource;
  if (!r) return evaluate<PolicyMeta>(request, policies);
  return decideWithResourcePolicy({ request, policies, resourcePolicy: r.policy, resourceOwner: ownerOfResource(resource, r.owner), caller: r.caller });
}
