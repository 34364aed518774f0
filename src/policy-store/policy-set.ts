import { type CompiledPolicy, compilePolicy, normalizeStatements, parsePolicy } from '../policy';
import type { PrincipalRef, PrincipalType } from './principal-ref';

/** What a compiled policy remembers about where it came from (for matched statements). */
export interface PolicyMeta {
  /** sourcePolicyId of simulation results: a policy ARN, an inline policy name, PolicyInputList.N. */
  id: string;
  kind: 'MANAGED' | 'INLINE' | 'INPUT' | 'BOUNDARY_INPUT' | 'SESSION' | 'TRUST' | 'RESOURCE';
  arn: string | null;
  name: string;
  versionId: string | null;
  isAwsManaged: boolean;
  /** The principal type that owns an inline policy. */
  ownerType: PrincipalType | null;
}

/** AWS's PolicySourceType (SimulatePrincipalPolicy's MatchedStatements.SourcePolicyType). */
export type PolicySourceType = 'USER' | 'GROUP' | 'ROLE' | 'AWS_MANAGED' | 'USER_MANAGED' | 'PERMISSIONS_BOUNDARY' | 'SESSION' | 'RESOURCE' | 'NONE';

/** Which layer of the evaluation a policy sits in. */
export type PolicyLayer = 'IDENTITY' | 'BOUNDARY' | 'SESSION' | 'TRUST' | 'RESOURCE';

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

/** `viaGroup`: the group through which the policy reaches this principal (PolicySetEntry.source). */
export function policySourceOf(meta: PolicyMeta, layer: PolicyLayer, statementIndex: number | null, viaGroup: string | null = null): PolicySourceView {
  return {
    type: sourceType(meta, layer),
    policyId: meta.id,
    policyArn: meta.arn,
    policyName: meta.name,
    versionId: meta.versionId,
    viaGroup,
    statementIndex,
  };
}

function sourceType(meta: PolicyMeta, layer: PolicyLayer): PolicySourceType {
  if (layer === 'TRUST' || layer === 'RESOURCE') return 'RESOURCE';
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

/** A compiled document as the policy cache shares it between principals, with its text for listings. */
export interface CompiledDocument {
  /** Compiled without its parsed AST (`document` is null): listings parse `text` again. */
  policy: CompiledPolicy<PolicyMeta>;
  text: string;
  /** What of its slot this is: a managed policy's default version row, an inline policy's update time (see PolicyCache.compiledFor). */
  revision: string;
  /** The entries made of it, one per way of having it (policy type and group): see sharedEntry. */
  entries?: PolicySetEntry[];
}

/**
 * The set entry for having `doc` as `policyType` through `viaGroup`: one object for every member of
 * the group (and every principal that has it directly), so a cached set holds only references. Its
 * strings are the document's meta's, which say the same as the rows they were read from (a
 * version row, or an inline row at one update time, never changes). A short list, not a Map: a
 * document reaches principals in one or a few ways, and a Map costs more than the entries it saves.
 */
export function sharedEntry(doc: CompiledDocument, policyType: StatementSourceType, viaGroup: string | null): PolicySetEntry {
  const entries = (doc.entries ??= []);
  for (const e of entries) if (e.source.policyType === policyType && e.source.viaGroup === viaGroup) return e;
  const m = doc.policy.meta;
  const entry: PolicySetEntry = { policy: doc.policy, text: doc.text, source: { policyArn: m.arn, policyName: m.name, policyType, versionId: m.versionId, viaGroup } };
  // Bounded: past a few hundred ways (a document attached to that many groups) entries are made per load.
  if (entries.length < 256) entries.push(entry);
  return entry;
}

/** One policy of a principal: the shared compiled document, and how the principal has it (shared too, see sharedEntry). */
export interface PolicySetEntry {
  readonly policy: CompiledPolicy<PolicyMeta>;
  readonly text: string;
  readonly source: Readonly<PolicySource>;
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
    entries.push({ policy: compilePolicy(DENY_ALL, u.meta), text: DENY_ALL, source: u.source, failClosed: true });
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

/**
 * The group through which a matched statement's policy reaches the principal (simulators' matched
 * statements): compiled documents are shared, so the meta a decision reports cannot say it.
 */
export function viaGroupOf(set: PrincipalPolicySet, meta: PolicyMeta): string | null {
  for (const e of set.entries) if (e.policy.meta === meta && e.source.policyType !== 'PERMISSIONS_BOUNDARY') return e.source.viaGroup;
  return null;
}

/** A statement of a document as listings show it, whoever has the document: the view without its sources. */
type ListedStatement = Omit<EffectiveStatementView, 'source' | 'policySource'> & { index: number };

/**
 * Listings of recently listed documents, shared by every principal that has them (compiled
 * documents keep no AST). Bounded, least recently used out first; a miss parses the text again.
 */
const LISTINGS_MAX = 4096;
const listings = new Map<CompiledPolicy<PolicyMeta>, ListedStatement[]>();

function documentListing(policy: CompiledPolicy<PolicyMeta>, text: string): ListedStatement[] {
  const hit = listings.get(policy);
  if (hit) {
    listings.delete(policy);
    listings.set(policy, hit);
    return hit;
  }
  const doc = parsePolicy(text).document;
  const out: ListedStatement[] = [];
  if (doc) {
    normalizeStatements(doc).forEach((st, i) => {
      const parsed = doc.statements[i];
      const hasAction = parsed?.action !== undefined;
      const notResource = !!parsed?.notResource;
      out.push({
        sid: st.sid,
        effect: st.effect === 'Deny' ? 'Deny' : 'Allow',
        actions: hasAction ? st.actions : null,
        notActions: hasAction ? null : st.notActions,
        resources: parsed?.resource !== undefined ? st.resources : notResource ? null : st.resources,
        notResources: notResource ? st.notResources : null,
        condition: st.condition,
        index: parsed?.index ?? i,
      });
    });
  }
  if (listings.size >= LISTINGS_MAX) listings.delete(listings.keys().next().value!);
  listings.set(policy, out);
  return out;
}

/** Every statement of the set with its source (views made per call: nothing per principal is kept). */
export function effectiveStatements(set: PrincipalPolicySet): EffectiveStatementView[] {
  const out: EffectiveStatementView[] = [];
  for (const e of set.entries) {
    const layer = e.source.policyType === 'PERMISSIONS_BOUNDARY' ? 'BOUNDARY' : 'IDENTITY';
    for (const { index, ...st } of documentListing(e.policy, e.text)) {
      out.push({
        ...st,
        source: { ...e.source, statementIndex: index },
        policySource: policySourceOf(e.policy.meta, layer, index, e.source.viaGroup),
      });
    }
  }
  return out;
}
