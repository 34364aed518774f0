import type { EntityManager } from 'typeorm';
import { parseIamArn } from '../kernel/arn';
import type { RequestOrigin } from '../kernel/caller';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import {
  type AssumeRoleCaller,
  type CompiledPolicy,
  compilePolicy,
  decideAssumeRole,
  evaluate,
  type EvaluationResult,
  type PolicySet,
  type RequestContext as PolicyContext,
  withWorkLimit,
  WorkLimitExceeded,
} from '../policy';
import type { PolicyMeta } from '../policy-store/policy-set';
import type { PolicyStoreService } from '../policy-store/policy-store.service';
import type { PrincipalRef } from '../policy-store/principal-ref';
import type { CallerPrincipal } from './principal';
import { buildRequestContext, type RequestContextKeys,resourceTagContext } from './request-context';

/** A domain that owns taggable principals answers for their tags (null: no such entity, exactly so named). */
export interface ResourceTagSource {
  tagsOf(em: EntityManager, path: string, name: string): Promise<ReadonlyArray<{ key: string; value: string }> | null>;
}

export interface AuthzDecision {
  allowed: boolean;
  message: string;
  result: EvaluationResult<PolicyMeta>;
}

const MAX_SESSION_POLICIES = 1000;

/**
 * Work-meter steps one authorization may use (a step is a few nanoseconds). A principal with 100
 * policies and 500 statements needs a few hundred (bench/policy.bench.ts); only an input built to
 * be expensive (an ARN of 200 KB against many wildcards) gets near, and it is denied rather than
 * evaluated to the end.
 */
export const MAX_DECISION_WORK = 2_000_000;

/**
 * Decides whether the caller may perform an action on a resource, with the same evaluator as the
 * simulators: identity policies (the user's and its groups', or the role's), the permissions
 * boundary, and a role session's session policy ("Policy evaluation logic"). The principal's
 * compiled set comes from the process-wide cache: no SQL in steady state.
 */
export class AuthzService {
  private readonly sessionPolicies = new Map<string, CompiledPolicy<PolicyMeta>>();

  constructor(
    private readonly policyStore: PolicyStoreService,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    private readonly accountId: string,
    /** The tags of a user or a role named by its path and name, from the domain that owns it. */
    private readonly tagSources: Record<'user' | 'role', ResourceTagSource>,
  ) {}


  async decide(
    uow: UnitOfWork,
    origin: RequestOrigin,
    principal: CallerPrincipal,
    action: string,
    resourceArn: string,
    extra: RequestContextKeys,
  ): Promise<AuthzDecision> {
    const { policies, context } = await this.callerInputs(uow, origin, principal, resourceArn, extra);
    return this.bounded(origin, principal, action, resourceArn, () => evaluate({ action, resource: resourceArn, context }, policies));
  }

  /**
   * sts:AssumeRole on a role: its trust policy together with the caller's own policies, under
   * AWS's same-account rules (decideAssumeRole, shared with the simulator). `trustContext` is the
   * request context the trust policy sees (the caller's, with MFA from the request itself).
   */
  async decideAssumeRole(
    uow: UnitOfWork,
    origin: RequestOrigin,
    principal: CallerPrincipal,
    roleArn: string,
    trust: CompiledPolicy<unknown>,
    trustContext: PolicyContext,
    extra: RequestContextKeys,
  ): Promise<AuthzDecision> {
    const action = 'sts:AssumeRole';
    const { policies, context } = await this.callerInputs(uow, origin, principal, roleArn, extra);
    return this.bounded(origin, principal, action, roleArn, () =>
      decideAssumeRole<PolicyMeta, unknown>({
        trust,
        trustContext,
        caller: assumeRoleCaller(this.accountId, principal),
        policies,
        request: { action, resource: roleArn, context },
      }) as EvaluationResult<PolicyMeta>,
    );
  }

  /**
   * One evaluation within MAX_DECISION_WORK. Fail closed: a request (an overlong ARN or context
   * value) that would cost more is denied, and the log says why.
   */
  private bounded(
    origin: RequestOrigin,
    principal: CallerPrincipal,
    action: string,
    resourceArn: string,
    run: () => EvaluationResult<PolicyMeta>,
  ): AuthzDecision {
    let result: EvaluationResult<PolicyMeta>;
    try {
      result = withWorkLimit(MAX_DECISION_WORK, run).result;
    } catch (e) {
      if (!(e instanceof WorkLimitExceeded)) throw e;
      this.log.warn({ requestId: origin.requestId, action, resourceLength: resourceArn.length }, 'authorization needed more evaluation work than allowed: denied');
      this.metrics.authzDecisions.inc({ decision: 'IMPLICIT_DENY' });
      const denied: EvaluationResult<PolicyMeta> = { decision: 'IMPLICIT_DENY', deniedBy: 'IDENTITY', matchedStatements: [], missingContextValues: [], allowedByPermissionsBoundary: null };
      const shown = resourceArn.length > 2048 ? `${resourceArn.slice(0, 2048)}…` : resourceArn;
      return { allowed: false, message: `User: ${principal.arn} is not authorized to perform: ${action} on resource: ${shown} because the request needs more policy evaluation than allowed`, result: denied };
    }
    this.metrics.authzDecisions.inc({ decision: result.decision });
    // The AccessDenied text is read only when the call is refused: built on first read, not per decision.
    let message: string | undefined;
    return {
      allowed: result.decision === 'ALLOWED',
      get message() {
        return (message ??= denialMessage(principal.arn, action, resourceArn, result));
      },
      result,
    };
  }

  /** The caller's policies (identity, boundary, session) and request context for one call. */
  private async callerInputs(uow: UnitOfWork, origin: RequestOrigin, principal: CallerPrincipal, resourceArn: string, extra: RequestContextKeys) {
    const ref: PrincipalRef = principal.kind === 'USER' ? { type: 'USER', id: principal.user.id } : { type: 'ROLE', id: principal.roleInternalId };
    const set = await this.policyStore.policySet(uow, ref);
    let keys = extra;
    if (set.readsResourceTags && !Object.keys(extra).some((k) => /^(iam|aws):resourcetag\//i.test(k))) {
      keys = { ...(await this.targetTags(uow.em, resourceArn)), ...extra };
    }
    const context = buildRequestContext(origin, principal, keys);
    const policies: PolicySet<PolicyMeta> = { identity: set.identity, boundary: set.boundary, session: this.sessionPoliciesOf(principal) };
    return { policies, context };
  }

  /** The session policy a caller's session was issued with (assumeRole's Policy), compiled once; undefined: none. */
  sessionPoliciesOf(principal: CallerPrincipal): CompiledPolicy<PolicyMeta>[] | undefined {
    return principal.session.sessionPolicy ? [this.sessionPolicy(principal.session.sessionPolicy)] : undefined;
  }

  private sessionPolicy(document: string): CompiledPolicy<PolicyMeta> {
    let p = this.sessionPolicies.get(document);
    if (!p) {
      p = compilePolicy(document, { id: 'SessionPolicy', kind: 'SESSION', arn: null, name: 'SessionPolicy', versionId: null, isAwsManaged: false, ownerType: null } as PolicyMeta);
      if (this.sessionPolicies.size >= MAX_SESSION_POLICIES) this.sessionPolicies.delete(this.sessionPolicies.keys().next().value!);
      this.sessionPolicies.set(document, p);
    }
    return p;
  }

  /** Tags of a target user or role, only when a policy of the caller reads resource tags. */
  private async targetTags(em: EntityManager, resourceArn: string): Promise<Record<string, string>> {
    const parsed = parseIamArn(resourceArn);
    if (!parsed || parsed.service !== 'iam' || (parsed.resourceType !== 'user' && parsed.resourceType !== 'role')) return {};
    if (parsed.account !== this.accountId) return {};
    // The ARN exactly as stored: another spelling names no entity, so it has no tags.
    const tags = await this.tagSources[parsed.resourceType].tagsOf(em, parsed.path, parsed.name);
    return tags ? resourceTagContext(tags) : {};
  }
}

/**
 * The unique ids a caller is matched by in trust policies: never a name, so that a principal
 * renamed, or deleted and re-created under the same name, is not trusted in another's place.
 */
export function assumeRoleCaller(account: string, principal: CallerPrincipal): AssumeRoleCaller {
  if (principal.kind === 'USER') return { principalId: principal.user.userId, roleId: null, account };
  return { principalId: `${principal.roleUniqueId}:${principal.roleSessionName}`, roleId: principal.roleUniqueId, account };
}

/** AWS's AccessDenied message shapes. */
export function denialMessage(principalArn: string, action: string, resourceArn: string, result: EvaluationResult<unknown>): string {
  const head = `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resourceArn}`;
  if (result.decision === 'EXPLICIT_DENY') {
    const where = result.deniedBy === 'BOUNDARY' ? 'a permissions boundary' : result.deniedBy === 'SESSION' ? 'a session policy' : 'an identity-based policy';
    return `${head} with an explicit deny in ${where}`;
  }
  const layer = result.deniedBy === 'BOUNDARY' ? 'permissions boundary' : result.deniedBy === 'SESSION' ? 'session policy' : 'identity-based policy';
  return `${head} because no ${layer} allows the ${action} action`;
}
