import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Config } from '../config/config';
import { identityLoaders } from '../identity/identity.loaders';
import { arn as arns } from '../kernel/arn';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { assertName } from '../kernel/validation';
import type { Logger } from '../observability/logger';
import { POLICY_SIZE_LIMITS, policySize } from '../policy';
import { InlinePolicyEntity } from './inline-policy.entity';
import { ManagedPolicyEntity } from './managed-policy.entity';
import { type Invalidation,PolicyCache } from './policy-cache';
import { assertValidDocument } from './policy-documents';
import { assertPolicyArn } from './policy-inputs';
import { buildPolicySet, effectiveStatements, type EffectiveStatementView, type PolicyMeta, type PolicySetEntry, type PolicySource, type PrincipalPolicySet, sharedEntry, type UnavailablePolicy } from './policy-set';
import { policyStoreLoaders } from './policy-store.loaders';
import { PRINCIPAL_TABLES, principalKey, type PrincipalRef, type PrincipalType } from './principal-ref';

/** Managed policies per principal: users and roles 10 by default (up to 20), groups 10, fixed. */
const QUOTA_NAME: Record<PrincipalType, string> = { USER: 'PoliciesPerUser', GROUP: 'PoliciesPerGroup', ROLE: 'PoliciesPerRole' };
const INLINE_LIMIT: Record<PrincipalType, number> = {
  USER: POLICY_SIZE_LIMITS.inlineUser,
  GROUP: POLICY_SIZE_LIMITS.inlineGroup,
  ROLE: POLICY_SIZE_LIMITS.inlineRole,
};

export interface EffectivePermissionsView {
  principalArn: string;
  statements: EffectiveStatementView[];
}

/**
 * Attachments, inline policies and permissions boundaries of users, groups and roles, and the
 * compiled policy set of each principal (cached process-wide, see PolicyCache). Generic over the
 * principal type: the roles domain calls the same methods with type 'ROLE'.
 */
export class PolicyStoreService {
  readonly cache: PolicyCache;

  constructor(
    private readonly config: Config,
    private readonly log: Logger,
    cache?: PolicyCache,
  ) {
    this.cache = cache ?? new PolicyCache(log, config.policyCache);
  }

  // ----- cache invalidation -------------------------------------------------------------------

  /** Call inside the transaction of any change to what a principal's policies are. */
  /** Identity's changes (memberships, renames, deletions) drop the sets they alter. */
  principalChanged(em: EntityManager, ref: PrincipalRef): Promise<void> {
    return this.invalidate(em, ref);
  }

  invalidate(em: EntityManager, ref: PrincipalRef): Promise<void> {
    return this.cache.invalidate(em, { type: ref.type, id: ref.id });
  }

  /** Call inside the transaction of a change to a managed policy's default version. */
  invalidateAll(em: EntityManager): Promise<void> {
    return this.cache.invalidate(em, { all: true } as Invalidation);
  }

  // ----- managed policy attachments -----------------------------------------------------------

  /**
   * A managed policy that can be attached (or used as a boundary), else NO_SUCH_ENTITY. Locked FOR
   * KEY SHARE before it is read, until the transaction ends: DeletePolicy (FOR UPDATE) waits for
   * this attachment and then sees it, or this waits for the delete and finds nothing. Versions
   * and the default may change meanwhile (KEY SHARE does not block them).
   */
  async attachablePolicy(em: EntityManager, policyArn: string): Promise<ManagedPolicyEntity> {
    assertPolicyArn('policyArn', policyArn);
    const policy = await em.findOne(ManagedPolicyEntity, { where: { arn: policyArn }, lock: { mode: 'for_key_share' } });
    if (!policy) throw Errors.noSuchEntity(`Policy ${policyArn}`);
    return policy;
  }

  /** AttachUserPolicy/AttachGroupPolicy/AttachRolePolicy: idempotent, with the per-principal quota. */
  async attach(em: EntityManager, ref: PrincipalRef, policyArn: string): Promise<void> {
    const policy = await this.attachablePolicy(em, policyArn);
    await this.lockPrincipal(em, ref);
    const existing: unknown[] = await em.query('SELECT 1 FROM "policy_attachments" WHERE principal_id = $1 AND policy_row_id = $2', [ref.id, policy.id]);
    if (existing.length > 0) return;
    const [{ n }] = (await em.query('SELECT count(*)::int AS n FROM "policy_attachments" WHERE principal_id = $1', [ref.id])) as Array<{ n: number }>;
    const quota = ref.type === 'GROUP' ? 10 : this.config.maxManagedPoliciesPerPrincipal;
    if (Number(n) >= quota) throw Errors.limitExceeded(`Cannot exceed quota for ${QUOTA_NAME[ref.type]}: ${quota}`);
    await em.query('INSERT INTO "policy_attachments" (principal_id, policy_row_id, principal_type, create_date) VALUES ($1, $2, $3, now())', [
      ref.id,
      policy.id,
      ref.type,
    ]);
    await this.invalidate(em, ref);
  }

  async detach(em: EntityManager, ref: PrincipalRef, policyArn: string): Promise<void> {
    assertPolicyArn('policyArn', policyArn);
    const [, count] = (await em.query(
      'DELETE FROM "policy_attachments" a USING "managed_policies" p WHERE a.policy_row_id = p.id AND p.arn = $1 AND a.principal_id = $2 RETURNING a.principal_id',
      [policyArn, ref.id],
    )) as [unknown[], number];
    if (!count) throw Errors.noSuchEntity(`Policy ${policyArn} attached to this ${ref.type.toLowerCase()}`);
    await this.invalidate(em, ref);
  }

  // ----- inline policies ----------------------------------------------------------------------

  /** PutUserPolicy/PutGroupPolicy/PutRolePolicy: create or replace, within AWS's per-entity size total. */
  async putInline(em: EntityManager, ref: PrincipalRef, policyName: string, document: string): Promise<InlinePolicyEntity> {
    assertName('policyName', policyName, 128);
    assertValidDocument(document, 'policyDocument', 'INLINE');
    await this.lockPrincipal(em, ref);
    const size = policySize(document);
    const [{ total }] = (await em.query(
      'SELECT coalesce(sum(size), 0)::int AS total FROM "inline_policies" WHERE principal_id = $1 AND policy_name <> $2',
      [ref.id, policyName],
    )) as Array<{ total: number }>;
    const limit = INLINE_LIMIT[ref.type];
    if (Number(total) + size > limit) {
      throw Errors.limitExceeded(`Maximum policy size of ${limit} bytes exceeded for ${ref.type.toLowerCase()}.`);
    }
    const now = new Date();
    const out: unknown[] = await em.query(
      `INSERT INTO "inline_policies" (id, principal_type, principal_id, policy_name, document, size, create_date, update_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
       ON CONFLICT (principal_id, policy_name) DO UPDATE SET document = EXCLUDED.document, size = EXCLUDED.size, update_date = EXCLUDED.update_date
       RETURNING id, create_date`,
      [randomUUID(), ref.type, ref.id, policyName, document, size, now],
    );
    // INSERT … RETURNING gives the rows (UPDATE/DELETE … RETURNING give [rows, count]).
    const rows = (Array.isArray(out[0]) ? out[0] : out) as Array<{ id: string; create_date: Date }>;
    await this.invalidate(em, ref);
    return Object.assign(new InlinePolicyEntity(), {
      id: rows[0]!.id,
      principalType: ref.type,
      principalId: ref.id,
      policyName,
      document,
      size,
      createDate: rows[0]!.create_date,
      updateDate: now,
    });
  }

  async deleteInline(em: EntityManager, ref: PrincipalRef, policyName: string): Promise<void> {
    assertName('policyName', policyName, 128);
    const [rows] = (await em.query('DELETE FROM "inline_policies" WHERE principal_id = $1 AND policy_name = $2 RETURNING id', [ref.id, policyName])) as [
      Array<{ id: string }>,
      number,
    ];
    if (rows.length === 0) throw Errors.noSuchEntity(`The ${ref.type.toLowerCase()} policy with name ${policyName}`);
    // Its compiled document can serve no one any more: out of the cache now, not when it is the oldest.
    await this.cache.invalidate(em, { type: ref.type, id: ref.id, documents: rows.map((r) => inlineSlot(r.id)) });
  }

  async getInline(em: EntityManager, ref: PrincipalRef, policyName: string): Promise<InlinePolicyEntity> {
    assertName('policyName', policyName, 128);
    const row = await em.findOne(InlinePolicyEntity, { where: { principalId: ref.id, policyName } });
    if (!row) throw Errors.noSuchEntity(`The ${ref.type.toLowerCase()} policy with name ${policyName}`);
    return row;
  }

  // ----- permissions boundaries ---------------------------------------------------------------

  /** PutUserPermissionsBoundary/PutRolePermissionsBoundary: a managed policy ARN, or null to remove. */
  async setPermissionsBoundary(em: EntityManager, ref: PrincipalRef, policyArn: string | null): Promise<void> {
    const { table, hasBoundary } = PRINCIPAL_TABLES[ref.type];
    if (!hasBoundary) throw Errors.badInput('principal', 'Only users and roles have permissions boundaries');
    if (policyArn !== null) await this.attachablePolicy(em, policyArn);
    const [, count] = (await em.query(`UPDATE "${table}" SET permissions_boundary_arn = $1 WHERE id = $2 RETURNING id`, [policyArn, ref.id])) as [unknown[], number];
    if (!count) throw Errors.noSuchEntity(`The ${ref.type.toLowerCase()}`);
    await this.invalidate(em, ref);
  }

  // ----- compiled sets and effective permissions ----------------------------------------------

  /**
   * The principal's compiled policy set: from the process-wide cache, else loaded through the
   * request's DataLoaders (a fixed number of queries however many principals a request needs).
   * Fails closed: a policy the principal should have that cannot be loaded whole (its default
   * version missing, its document not compiling, a boundary that names no policy, the principal's
   * own row gone) turns every decision for the principal into a deny, logged as an error.
   */
  async policySet(uow: UnitOfWork, ref: PrincipalRef): Promise<PrincipalPolicySet> {
    const hit = this.cache.getSet(ref);
    if (hit) return hit;
    const generation = this.cache.currentGeneration;
    // The unit of work's loaders read through its transaction, if any. A set read inside a
    // transaction is not cached: the transaction may still roll back.
    const loaders = policyStoreLoaders(uow);
    // Nor is one read from a replica (a query's plain reads may be; authorization's never are).
    const inTransaction = !!uow.em.queryRunner?.isTransactionActive || uow.em.queryRunner?.getReplicationMode() === 'slave';
    const groups = ref.type === 'USER' ? await identityLoaders(uow).groupsByUserId.load(ref.id) : [];
    const owners: Array<{ id: string; type: PrincipalType; viaGroup: string | null }> = [
      { id: ref.id, type: ref.type, viaGroup: null },
      ...groups.map((g) => ({ id: g.id, type: 'GROUP' as const, viaGroup: g.groupName })),
    ];
    const ids = owners.map((o) => o.id);
    const [attached, inline, principal] = await Promise.all([
      loaders.attachedByPrincipalId.loadMany(ids),
      loaders.inlineByPrincipalId.loadMany(ids),
      this.principalRow(uow, ref),
    ]);
    const entries: PolicySetEntry[] = [];
    const unavailable: UnavailablePolicy[] = [];
    /** A loaded document, or a stand-in that denies (see buildPolicySet) when it is missing or does not compile whole. */
    const add = (key: string, revision: string | null, document: string | null, meta: PolicyMeta, source: PolicySource) => {
      const compiled = revision !== null && document !== null ? this.cache.compiledFor(key, revision, document, meta) : undefined;
      if (compiled) entries.push(sharedEntry(compiled, source.policyType, source.viaGroup));
      else unavailable.push({ meta, source, reason: compiled === null ? 'its document does not compile' : 'the policy or its default version cannot be found' });
    };
    if (ref.type !== 'GROUP' && !principal) {
      const name = `${ref.type.toLowerCase()} ${ref.id}`;
      unavailable.push({ meta: standInMeta(name), source: { policyArn: null, policyName: name, policyType: 'INLINE', versionId: null, viaGroup: null }, reason: 'the principal cannot be found' });
    }
    owners.forEach((owner, i) => {
      const a = attached[i];
      const n = inline[i];
      if (a instanceof Error) throw a;
      if (n instanceof Error) throw n;
      for (const p of a) {
        const meta = { id: p.arn, kind: 'MANAGED' as const, arn: p.arn, name: p.policyName, versionId: p.versionId, isAwsManaged: p.isAwsManaged, ownerType: null };
        add(managedSlot(p.policyRowId), p.versionRowId, p.document, meta, { policyArn: p.arn, policyName: p.policyName, policyType: 'MANAGED', versionId: p.versionId, viaGroup: owner.viaGroup });
      }
      for (const p of n) {
        const meta = { id: p.policyName, kind: 'INLINE' as const, arn: null, name: p.policyName, versionId: null, isAwsManaged: false, ownerType: owner.type };
        add(inlineSlot(p.id), String(p.updateDate.getTime()), p.document, meta, { policyArn: null, policyName: p.policyName, policyType: 'INLINE', versionId: null, viaGroup: owner.viaGroup });
      }
    });
    const boundaryArn = principal?.permissionsBoundaryArn ?? null;
    if (boundaryArn) {
      const b = await loaders.defaultVersionByPolicyArn.load(boundaryArn);
      const name = b?.policy.policyName ?? boundaryArn;
      const meta = { id: boundaryArn, kind: 'MANAGED' as const, arn: boundaryArn, name, versionId: b?.version.versionId ?? null, isAwsManaged: b?.policy.isAwsManaged ?? false, ownerType: null };
      add(managedSlot(b?.policy.id ?? boundaryArn), b?.version.id ?? null, b?.version.document ?? null, meta, { policyArn: boundaryArn, policyName: name, policyType: 'PERMISSIONS_BOUNDARY', versionId: meta.versionId, viaGroup: null });
    }
    const set = buildPolicySet(ref, entries, boundaryArn, unavailable);
    if (unavailable.length > 0) {
      // Every decision for this principal is a deny until this is repaired; the set is not cached,
      // so each one logs, and a repair is seen at once.
      this.log.error(
        { principal: principalKey(ref), unavailable: unavailable.map((u) => ({ policyType: u.source.policyType, policy: u.source.policyArn ?? u.source.policyName, reason: u.reason })) },
        'a policy of this principal cannot be loaded: every decision for it is a deny',
      );
    } else if (!inTransaction) {
      this.cache.storeSet(ref, set, groups.map((g) => g.id), generation);
    }
    return set;
  }

  /** Every statement that applies to the principal, each with its source. */
  async effectivePermissions(uow: UnitOfWork, ref: PrincipalRef, principalArn?: string): Promise<EffectivePermissionsView> {
    const set = await this.policySet(uow, ref);
    return { principalArn: principalArn ?? (await this.principalArn(uow, ref)), statements: effectiveStatements(set) };
  }

  /** The ARN of a principal by reference. */
  async principalArn(uow: UnitOfWork, ref: PrincipalRef): Promise<string> {
    const account = this.config.accountId;
    if (ref.type === 'USER') {
      const u = await identityLoaders(uow).userById.load(ref.id);
      if (!u) throw Errors.noSuchEntity('The user');
      return arns.user(account, u.path, u.userName);
    }
    if (ref.type === 'GROUP') {
      const g = await identityLoaders(uow).groupById.load(ref.id);
      if (!g) throw Errors.noSuchEntity('The group');
      return arns.group(account, g.path, g.groupName);
    }
    const r = await policyStoreLoaders(uow).roleInfoById.load(ref.id);
    if (!r) throw Errors.noSuchEntity('The role');
    return arns.role(account, r.path, r.roleName);
  }

  /** The user's or role's row (for its boundary), null when it cannot be found; groups have none. */
  private async principalRow(uow: UnitOfWork, ref: PrincipalRef): Promise<{ permissionsBoundaryArn: string | null } | null> {
    if (ref.type === 'USER') return identityLoaders(uow).userById.load(ref.id);
    if (ref.type === 'ROLE') return policyStoreLoaders(uow).roleInfoById.load(ref.id);
    return { permissionsBoundaryArn: null };
  }

  /** Locks the principal's row (serializes quota checks) and proves it exists. */
  private async lockPrincipal(em: EntityManager, ref: PrincipalRef): Promise<void> {
    const rows: unknown[] = await em.query(`SELECT id FROM "${PRINCIPAL_TABLES[ref.type].table}" WHERE id = $1 FOR UPDATE`, [ref.id]);
    if (rows.length === 0) throw Errors.noSuchEntity(`The ${ref.type.toLowerCase()}`);
  }
}

/** The policy cache's slot of a managed policy's default version, and of an inline policy (PolicyCache.compiledFor). */
const managedSlot = (policyRowId: string) => `m:${policyRowId}`;
const inlineSlot = (inlineRowId: string) => `i:${inlineRowId}`;

function standInMeta(name: string): PolicyMeta {
  return { id: name, kind: 'INLINE', arn: null, name, versionId: null, isAwsManaged: false, ownerType: null };
}
