import { parseIamArn } from '../common/arn';
import type { RequestContext } from '../graphql/context';
import type { Metrics } from '../http/metrics';
import {
  compilePolicy,
  decideAssumeRole,
  evaluate,
  type AssumeRoleCaller,
  type CompiledPolicy,
  type EvaluationResult,
  type PolicySet,
  type RequestContext as PolicyContext,
} from '../policy';
import type { PolicyMeta } from '../policy-store/policy-set';
import type { PolicyStoreService } from '../policy-store/policy-store.service';
import type { PrincipalRef } from '../policy-store/principal-ref';
import type { RequestContextKeys } from './authorize';
import type { CallerPrincipal } from './principal';
import { buildRequestContext, resourceTagContext } from './request-context';

export interface AuthzDecision {
  allowed: boolean;
  message: string;
  result: EvaluationResult<PolicyMeta>;
}

const MAX_SESSION_POLICIES = 1000;

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
  ) {}


  async decide(
    ctx: RequestContext,
    principal: CallerPrincipal,
    action: string,
    resourceArn: string,
    extra: RequestContextKeys,
  ): Promise<AuthzDecision> {
    const { policies, context } = await this.callerInputs(ctx, principal, resourceArn, extra);
    const result = evaluate({ action, resource: resourceArn, context }, policies);
    this.metrics.authzDecisions.inc({ decision: result.decision });
    return { allowed: result.decision === 'ALLOWED', message: denialMessage(principal.arn, action, resourceArn, result), result };
  }

  /**
   * sts:AssumeRole on a role: its trust policy together with the caller's own policies, under
   * AWS's same-account rules (decideAssumeRole, shared with the simulator). `trustContext` is the
   * request context the trust policy sees (the caller's, with MFA from the request itself).
   */
  async decideAssumeRole(
    ctx: RequestContext,
    principal: CallerPrincipal,
    roleArn: string,
    trust: CompiledPolicy<unknown>,
    trustContext: PolicyContext,
    extra: RequestContextKeys,
  ): Promise<AuthzDecision> {
    const action = 'sts:AssumeRole';
    const { policies, context } = await this.callerInputs(ctx, principal, roleArn, extra);
    const result = decideAssumeRole<PolicyMeta, unknown>({
      trust,
      trustContext,
      caller: assumeRoleCaller(ctx.config.accountId, principal),
      policies,
      request: { action, resource: roleArn, context },
    }) as EvaluationResult<PolicyMeta>;
    this.metrics.authzDecisions.inc({ decision: result.decision });
    return { allowed: result.decision === 'ALLOWED', message: denialMessage(principal.arn, action, roleArn, result), result };
  }

  /** The caller's policies (identity, boundary, session) and request context for one call. */
  private async callerInputs(ctx: RequestContext, principal: CallerPrincipal, resourceArn: string, extra: RequestContextKeys) {
    const ref: PrincipalRef = principal.kind === 'USER' ? { type: 'USER', id: principal.user.id } : { type: 'ROLE', id: principal.roleInternalId };
    const set = await this.policyStore.policySet(ctx, ref);
    let keys = extra;
    if (set.readsResourceTags && !Object.keys(extra).some((k) => /^(iam|aws):resourcetag\//i.test(k))) {
      keys = { ...(await this.targetTags(ctx, resourceArn)), ...extra };
    }
    const context = buildRequestContext(ctx, principal, keys);
    const session = principal.session.sessionPolicy ? [this.sessionPolicy(principal.session.sessionPolicy)] : undefined;
    const policies: PolicySet<PolicyMeta> = { identity: set.identity, boundary: set.boundary, session };
    return { policies, context };
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
  private async targetTags(ctx: RequestContext, resourceArn: string): Promise<Record<string, string>> {
    const parsed = parseIamArn(resourceArn);
    if (!parsed || parsed.service !== 'iam' || (parsed.resourceType !== 'user' && parsed.resourceType !== 'role')) return {};
    const table = parsed.resourceType === 'user' ? 'users' : 'roles';
    const col = parsed.resourceType === 'user' ? 'user_name_lower' : 'role_name_lower';
    const rows: Array<{ tags: Array<{ key: string; value: string }>; path: string }> = await ctx.em.query(
      `SELECT tags, path FROM "${table}" WHERE ${col} = $1`,
      [parsed.name.toLowerCase()],
    );
    const row = rows.find((r) => r.path === parsed.path);
    return row ? resourceTagContext(row.tags) : {};
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
