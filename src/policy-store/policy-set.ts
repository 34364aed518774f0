import { type CompiledPolicy,compilePolicy, normalizeStatements } from '../policy';
import type { PrincipalRef, PrincipalType } from './principal-ref';

/** What a compiled policy remembers about where it came from (for matched statements). */
export interface PolicyMeta {
  /** sourcePolicyId of simulation results: a policy ARN, an inline policy name, PolicyInputList.N. */
  id: string;
  kind: 'MANAGED' | 'INLINE' | 'INPUT' | 'BOUNDARY_INPUT' | 'SESSION' | 'TRUST';
  arn: string | null;
  name: string;
  versionId: string | null;
  isAwsManaged: boolean;
  /** The principal type that owns an inline policy. */
  ownerType: PrincipalType | null;
  /** The group's name when the policy reaches a user through a group. */
  viaGroup?: string | null;
}

/** AWS's PolicySourceType (SimulatePrincipalPolicy's MatchedStatements.SourcePolicyType). */
export type PolicySourceType = 'USER' | 'GROUP' | 'ROLE' | 'AWS_MANAGED' | 'USER_MANAGED' | 'PERMISSIONS_BOUNDARY' | 'SESSION' | 'RESOURCE' | 'NONE';

/** Which layer of the evaluation a policy sits in. */
export type PolicyLayer = 'IDENTITY' | 'BOUNDARY' | 'SESSION' | 'TRUST';

/**
 * Where a statement comes from, in one vocabulary for effectivePermissions, the simulators and
 * validatePolicy: AWS's SourcePolicyType and SourcePolicyId, with the ARN, name, version and group.
 */
export interface PolicySourceView {
  type: PolicySourceType;
  policyId: string;
  policyArn: string | null;
  policyName: string | null;
  versionId: string | null;
  viaGroup: string | null;
  statementIndex: number | null;
}

export function policySourceOf(meta: PolicyMeta, layer: PolicyLayer, statementIndex: number | null): PolicySourceView {
  return {
    type: sourceType(meta, layer),
    policyId: meta.id,
    policyArn: meta.arn,
    policyName: meta.name,
    versionId: meta.versionId,
    viaGroup: meta.viaGroup ?? null,
    statementIndex,
  };
}

function sourceType(meta: PolicyMeta, layer: PolicyLayer): PolicySourceType {
  if (layer === 'TRUST') return 'RESOURCE';
  if (layer === 'BOUNDARY') return 'PERMISSIONS_BOUNDARY';
  if (layer === 'SESSION') return 'SESSION';
  if (meta.kind === 'MANAGED') return meta.isAwsManaged ? 'AWS_MANAGED' : 'USER_MANAGED';
  if (meta.kind === 'INLINE') return meta.ownerType ?? 'NONE';
  return 'NONE';
}

export type StatementSourceType = 'MANAGED' | 'INLINE' | 'PERMISSIONS_BOUNDARY';

export interface PolicySource {
  policyArn: string | null;
  policyName: string;
  policyType: StatementSourceType;
  versionId: string | null;
  /** The group's name when inherited through a group. */
  viaGroup: string | null;
}

export interface PolicySetEntry {
  policy: CompiledPolicy<PolicyMeta>;
  source: PolicySource;
  /** A stand-in for a policy that could not be loaded: denies everything, in the identity layer. */
  failClosed?: boolean;
}

/** A policy the principal should have but that could not be loaded (or compiled) whole. */
export interface UnavailablePolicy {
  meta: PolicyMeta;
  source: PolicySource;
  /** Why, for the log: no secret, no document text. */
  reason: string;
}

/** A principal's compiled policies: what decide() evaluates and effectivePermissions lists. */
export interface PrincipalPolicySet {
  ref: PrincipalRef;
  /** Identity entries first (own, then each group's), then the boundary's. */
  entries: PolicySetEntry[];
  identity: CompiledPolicy<PolicyMeta>[];
  /** Empty: no permissions boundary. */
  boundary: CompiledPolicy<PolicyMeta>[];
  boundaryArn: string | null;
  /** Some condition reads iam:ResourceTag/… or aws:ResourceTag/…: the decision needs the target's tags. */
  readsResourceTags: boolean;
  /**
   * Policies that could not be loaded. Non-empty: the set fails closed (every decision is an
   * explicit deny, see buildPolicySet) and is never cached.
   */
  unavailable: UnavailablePolicy[];
}

/** What stands in for a policy that could not be loaded: an explicit deny of everything. */
const DENY_ALL = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'PolicyUnavailable', Effect: 'Deny', Action: '*', Resource: '*' }] });

export interface EffectiveStatementView {
  sid: string | null;
  effect: 'Allow' | 'Deny';
  actions: string[] | null;
  notActions: string[] | null;
  resources: string[] | null;
  notResources: string[] | null;
  condition: unknown;
  source: PolicySource & { statementIndex: number };
  policySource: PolicySourceView;
}

/**
 * A principal's set from its loaded policies. Fail closed (issue 9): a policy the principal should
 * have (attachment, inline, boundary) that could not be loaded is never just left out, which would
 * make the set smaller than it is (a boundary skipped, a Deny lost). It is replaced by an explicit
 * deny of everything, in the identity layer so that a simulation's boundary override cannot drop
 * it; every decision for the principal is then a deny, and the API and the simulators agree.
 */
export function buildPolicySet(ref: PrincipalRef, loaded: PolicySetEntry[], boundaryArn: string | null, unavailable: UnavailablePolicy[] = []): PrincipalPolicySet {
  const entries = [...loaded];
  for (const u of unavailable) {
    entries.push({ policy: compilePolicy(DENY_ALL, u.meta), source: u.source, failClosed: true });
  }
  const identity: CompiledPolicy<PolicyMeta>[] = [];
  const boundary: CompiledPolicy<PolicyMeta>[] = [];
  let readsResourceTags = false;
  for (const e of entries) {
    (e.source.policyType === 'PERMISSIONS_BOUNDARY' && !e.failClosed ? boundary : identity).push(e.policy);
    for (const st of e.policy.statements) {
      if (st.refKeys.some((k) => k.lower.startsWith('iam:resourcetag/') || k.lower.startsWith('aws:resourcetag/'))) readsResourceTags = true;
    }
  }
  return { ref, entries, identity, boundary, boundaryArn, readsResourceTags, unavailable };
}

const listings = new WeakMap<PrincipalPolicySet, EffectiveStatementView[]>();

/** Every statement of the set with its source, computed once per cached set. */
export function effectiveStatements(set: PrincipalPolicySet): EffectiveStatementView[] {
  const hit = listings.get(set);
  if (hit) return hit;
  const out: EffectiveStatementView[] = [];
  for (const e of set.entries) {
    const doc = e.policy.document;
    if (!doc) continue;
    normalizeStatements(doc).forEach((st, i) => {
      const hasAction = doc.statements[i]?.action !== undefined;
      const hasResource = doc.statements[i]?.resource !== undefined;
      out.push({
        sid: st.sid,
        effect: st.effect === 'Deny' ? 'Deny' : 'Allow',
        actions: hasAction ? st.actions : null,
        notActions: hasAction ? null : st.notActions,
        resources: hasResource ? st.resources : doc.statements[i]?.notResource ? null : st.resources,
        notResources: doc.statements[i]?.notResource ? st.notResources : null,
        condition: st.condition,
        source: { ...e.source, statementIndex: doc.statements[i]?.index ?? i },
        policySource: policySourceOf(e.policy.meta, e.source.policyType === 'PERMISSIONS_BOUNDARY' ? 'BOUNDARY' : 'IDENTITY', doc.statements[i]?.index ?? i),
      });
    });
  }
  listings.set(set, out);
  return out;
}
