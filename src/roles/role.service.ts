import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager,IsNull } from 'typeorm';
import type { Config } from '../config/config';
import { identityLoaders } from '../identity/identity.loaders';
import type { UserService } from '../identity/user.service';
import { arn, parseIamArn } from '../kernel/arn';
import { type CallerChanges, IGNORE_CALLER_CHANGES } from '../kernel/caller-changes';
import { likePrefix,writeUnique } from '../kernel/db-errors';
import { assertNoDeleteConflicts, type DeleteConflict } from '../kernel/delete-conflicts';
import { Errors } from '../kernel/errors';
import { uniqueId } from '../kernel/ids';
import { tagRow, untagRow } from '../kernel/tags';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { assertIntRange, assertName, assertPath, assertPathPrefix, assertTags, type TagLike } from '../kernel/validation';
import type { Logger } from '../observability/logger';
import { type CompiledPolicy,compilePolicy } from '../policy';
import type { PolicyMeta } from '../policy-store/policy-set';
import type { PolicyStoreService } from '../policy-store/policy-store.service';
import type { PrincipalRef } from '../policy-store/principal-ref';
import type { OidcProviderService } from './oidc-provider.service';
import { RoleEntity } from './role.entity';
import { DESCRIPTION, MAX_MAX_SESSION_DURATION, MAX_ROLE_NAME, MIN_MAX_SESSION_DURATION, type NewRole } from './role-input';
import { rolesLoaders } from './roles.loaders';
import { assertTrustPolicy, invalidPrincipal } from './trust-policy';
import { principalReference, principalValues, replacePrincipals, type TrustPrincipalIds } from './trust-principals';

/**
 * What keeps a role from being deleted, as AWS's DeleteRole lists it (DeleteConflict): each row is a
 * table whose `principal_id` references the role. Attached managed policies and inline policies
 * must be removed first; a permissions boundary does not block.
 */
export const ROLE_DELETE_CONFLICTS: readonly DeleteConflict[] = [
  { table: 'policy_attachments', column: 'principal_id', what: 'attached policies' },
  { table: 'inline_policies', column: 'principal_id', what: 'inline policies' },
];

/** The compiled trust policy of a role, with its principals as unique ids. */
export type CompiledTrust = CompiledPolicy<PolicyMeta>;

const MAX_COMPILED_TRUST = 1000;

/** Roles: CRUD, tags, trust policy, and the instant before which their sessions are void. */
export class RoleService {
  /** Compiled trust policies, reused while a role's document and principal ids are unchanged. */
  private readonly trustCache = new Map<string, CompiledTrust>();

  constructor(
    private readonly config: Config,
    private readonly policyStore: PolicyStoreService,
    private readonly users: UserService,
    private readonly oidcProviders: OidcProviderService,
    private readonly callers: CallerChanges = IGNORE_CALLER_CHANGES,
  ) {}

  roleArn(role: Pick<RoleEntity, 'path' | 'roleName'>): string {
    return arn.role(this.config.accountId, role.path, role.roleName);
  }

  /** No role has a name longer than AWS's 64 characters: such a name is not looked up. */
  async findByName(em: EntityManager, roleName: string): Promise<RoleEntity | null> {
    if (roleName.length < 1 || roleName.length > MAX_ROLE_NAME) return null;
    return em.findOne(RoleEntity, { where: { roleNameLower: roleName.toLowerCase() } });
  }

  /** The tags of the role with exactly this path and name (an ARN names a role only as stored), or null. */
  async tagsOf(em: EntityManager, path: string, name: string): Promise<RoleEntity['tags'] | null> {
    const role = await this.findByName(em, name);
    return role && role.path === path && role.roleName === name ? role.tags : null;
  }

  async getByName(em: EntityManager, roleName: string): Promise<RoleEntity> {
    assertName('roleName', roleName, 64);
    const role = await this.findByName(em, roleName);
    if (!role) throw this.missing(roleName);
    return role;
  }

  /**
   * The role a mutation changes or authorizes on (its tags, boundary), locked FOR UPDATE before it
   * is read and until the transaction ends: a concurrent change waits and then sees this one's.
   */
  async lockByName(em: EntityManager, roleName: string): Promise<RoleEntity> {
    assertName('roleName', roleName, 64);
    const role = await em.findOne(RoleEntity, { where: { roleNameLower: roleName.toLowerCase() }, lock: { mode: 'pessimistic_write' } });
    if (!role) throw this.missing(roleName);
    this.callers.callerChanging(em, `r:${role.id}`);
    return role;
  }

  private missing(roleName: string) {
    return Errors.noSuchEntity(`The role with name ${roleName}`, arn.role(this.config.accountId, '/', roleName));
  }

  /**
   * The role an ARN names (path included, compared exactly), or null: AssumeRole must not tell
   * which part was wrong. `lock: 'share'` holds the row until the transaction ends, so that a
   * concurrent trust-policy change, revocation or deletion waits for it, or it for them.
   */
  async findByArn(em: EntityManager, roleArn: string, lock?: 'share'): Promise<RoleEntity | null> {
    const parsed = parseIamArn(roleArn);
    if (!parsed || parsed.service !== 'iam' || parsed.resourceType !== 'role' || parsed.account !== this.config.accountId) return null;
    const role = lock
      ? await em.findOne(RoleEntity, { where: { roleNameLower: parsed.name.toLowerCase() }, lock: { mode: 'pessimistic_read' } })
      : await this.findByName(em, parsed.name);
    return role && this.roleArn(role) === roleArn ? role : null;
  }

  /**
   * Locks the role's row for a change (SELECT … FOR UPDATE) and returns it as it now is: every
   * read-then-write of a role (trust policy, revocation, deletion) starts here.
   */
  async lock(em: EntityManager, role: RoleEntity): Promise<RoleEntity> {
    const locked = await em.findOne(RoleEntity, { where: { id: role.id }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw Errors.noSuchEntity(`The role with name ${role.roleName}`, this.roleArn(role));
    this.callers.callerChanging(em, `r:${role.id}`);
    return Object.assign(role, locked);
  }

  async create(em: EntityManager, input: NewRole): Promise<RoleEntity> {
    assertName('roleName', input.roleName, MAX_ROLE_NAME);
    const path = input.path ?? '/';
    assertPath('path', path);
    const maxSessionDuration = input.maxSessionDuration ?? MIN_MAX_SESSION_DURATION;
    assertIntRange('maxSessionDuration', maxSessionDuration, MIN_MAX_SESSION_DURATION, MAX_MAX_SESSION_DURATION);
    const description = input.description ?? null;
    if (description !== null) assertDescription(description);
    const tags = assertTags('tags', input.tags ?? []);
    assertTrustPolicy('assumeRolePolicyDocument', input.assumeRolePolicyDocument);
    const trustPrincipalIds = await this.resolveTrustPrincipals(em, input.assumeRolePolicyDocument);
    if (await this.findByName(em, input.roleName)) throw Errors.alreadyExists(`Role with name ${input.roleName}`);
    const role = em.create(RoleEntity, {
      id: randomUUID(),
      roleId: uniqueId('AROA'),
      roleName: input.roleName,
      roleNameLower: input.roleName.toLowerCase(),
      path,
      description,
      maxSessionDuration,
      assumeRolePolicyDocument: input.assumeRolePolicyDocument,
      trustPrincipalIds,
      tags,
      permissionsBoundaryArn: null,
      sessionsRevokedBefore: null,
      createDate: new Date(),
    });
    await writeUnique(() => em.insert(RoleEntity, role), () => Errors.alreadyExists(`Role with name ${input.roleName}`));
    if (input.permissionsBoundary != null) await this.setPermissionsBoundary(em, role, input.permissionsBoundary);
    return role;
  }

  /** The row is locked first: an assumeRole under way either finishes first or sees the new policy. */
  async updateAssumeRolePolicy(em: EntityManager, role: RoleEntity, document: string): Promise<RoleEntity> {
    assertTrustPolicy('policyDocument', document);
    const trustPrincipalIds = await this.resolveTrustPrincipals(em, document);
    await this.lock(em, role);
    role.assumeRolePolicyDocument = document;
    role.trustPrincipalIds = trustPrincipalIds;
    await em.update(RoleEntity, { id: role.id }, { assumeRolePolicyDocument: document, trustPrincipalIds });
    return role;
  }

  /**
   * The unique id of each user, role and role session the trust policy names, looked up now; a
   * principal that does not exist is refused as AWS refuses it (MalformedPolicyDocument "Invalid
   * principal in policy"), as is an OpenID Connect or SAML provider that is not registered.
   * Accounts, `*`, services and providers' domain names name no IAM identity and stay as written.
   */
  async resolveTrustPrincipals(em: EntityManager, document: string): Promise<TrustPrincipalIds> {
    const ids: TrustPrincipalIds = {};
    for (const { type, value } of principalValues(document)) {
      const ref = principalReference(type, value.value);
      if (!ref) continue;
      const id = ref.account === this.config.accountId ? await this.uniqueIdOf(em, ref, value.value) : null;
      if (id === null) throw invalidPrincipal(type, value);
      if (id !== '') ids[value.value] = id;
    }
    return ids;
  }

  /** The unique id an ARN of this account names, '' for a provider (kept by ARN, as AWS does), null when it does not exist. */
  private async uniqueIdOf(em: EntityManager, ref: NonNullable<ReturnType<typeof principalReference>>, value: string): Promise<string | null> {
    switch (ref.kind) {
      case 'USER': {
        // The user name in a Principal ARN is case-sensitive: the ARN must be the user's exactly.
        const user = await this.users.findByName(em, ref.name);
        return user && this.users.userArn(user) === value ? user.userId : null;
      }
      case 'ROLE': {
        const role = await this.findByName(em, ref.name);
        return role && this.roleArn(role) === value ? role.roleId : null;
      }
      case 'ROLE_SESSION': {
        const role = await this.findByName(em, ref.roleName);
        return role && role.roleName === ref.roleName ? `${role.roleId}:${ref.sessionName}` : null;
      }
      case 'PROVIDER': {
        const parsed = parseIamArn(ref.arn);
        if (parsed?.resourceType !== 'oidc-provider') return null;
        return (await this.oidcProviders.findByArn(em, ref.arn)) ? '' : null;
      }
      case 'FEDERATED_USER':
        return null;
    }
  }

  /** The trust policy compiled for evaluation: its principal ARNs replaced by the unique ids they named. */
  compiledTrust(role: RoleEntity): CompiledTrust {
    const ids = role.trustPrincipalIds ?? {};
    const key = `${role.id}\n${role.assumeRolePolicyDocument}\n${JSON.stringify(ids)}`;
    let compiled = this.trustCache.get(key);
    if (!compiled) {
      const roleArn = this.roleArn(role);
      const document = replacePrincipals(role.assumeRolePolicyDocument, (v) => ids[v] ?? null);
      const meta: PolicyMeta = { id: 'ResourcePolicy', kind: 'TRUST', arn: roleArn, name: `the trust policy of ${roleArn}`, versionId: null, isAwsManaged: false, ownerType: 'ROLE' };
      compiled = compilePolicy(document, meta, { kind: 'TRUST' });
      if (this.trustCache.size >= MAX_COMPILED_TRUST) this.trustCache.delete(this.trustCache.keys().next().value!);
      this.trustCache.set(key, compiled);
    }
    return compiled;
  }

  /**
   * The trust policy as AWS shows it: each principal the current ARN of the identity it names
   * (after a rename, the new ARN), or its unique id once that identity is gone.
   */
  async trustPolicyForDisplay(uow: UnitOfWork, role: RoleEntity): Promise<string> {
    const ids = role.trustPrincipalIds ?? {};
    const entries = Object.entries(ids);
    if (entries.length === 0) return role.assumeRolePolicyDocument;
    const current = new Map<string, string>();
    await Promise.all(
      entries.map(async ([, id]) => {
        const [uniqueId, session] = id.split(':', 2) as [string, string | undefined];
        if (uniqueId.startsWith('AIDA')) {
          const user = await identityLoaders(uow).userByUniqueId.load(uniqueId);
          if (user) current.set(id, this.users.userArn(user));
        } else {
          const r = await rolesLoaders(uow).roleByUniqueId.load(uniqueId);
          if (r) current.set(id, session === undefined ? this.roleArn(r) : arn.assumedRole(this.config.accountId, r.roleName, session));
        }
      }),
    );
    if (entries.every(([written, id]) => current.get(id) === written)) return role.assumeRolePolicyDocument;
    return replacePrincipals(role.assumeRolePolicyDocument, (v) => (ids[v] ? (current.get(ids[v]!) ?? ids[v]!) : null));
  }

  /**
   * Roles saved before trust policies kept unique ids: their principals are resolved once, at
   * start, by the names they have now. Until then (and for any ARN that names nobody now) such a
   * principal matches no caller: fail closed.
   */
  async resolveLegacyTrustPolicies(dataSource: DataSource, log: Logger): Promise<void> {
    const legacy = await dataSource.getRepository(RoleEntity).find({ where: { trustPrincipalIds: IsNull() }, select: { id: true } });
    for (const { id } of legacy) {
      await dataSource.transaction(async (em) => {
        const role = await em.findOne(RoleEntity, { where: { id, trustPrincipalIds: IsNull() }, lock: { mode: 'pessimistic_write' } });
        if (!role) return;
        const ids: TrustPrincipalIds = {};
        let unresolved = 0;
        for (const { type, value } of principalValues(role.assumeRolePolicyDocument)) {
          const ref = principalReference(type, value.value);
          if (!ref) continue;
          const uid = ref.account === this.config.accountId ? await this.uniqueIdOf(em, ref, value.value) : null;
          if (uid === null) unresolved++;
          else if (uid !== '') ids[value.value] = uid;
        }
        await em.update(RoleEntity, { id }, { trustPrincipalIds: ids });
        if (unresolved > 0) log.warn({ roleName: role.roleName, unresolved }, 'trust policy names principals that no longer exist; they match nobody');
      });
    }
    if (legacy.length > 0) log.info({ count: legacy.length }, 'resolved trust policy principals to unique ids');
  }

  /**
   * UpdateRole: only the fields given are written, on the locked row, so that two updates of
   * different fields (or a concurrent revocation) never write back each other's stale values.
   */
  async update(em: EntityManager, role: RoleEntity, input: { description?: string | null; maxSessionDuration?: number | null }): Promise<RoleEntity> {
    const changes: Partial<Pick<RoleEntity, 'description' | 'maxSessionDuration'>> = {};
    if (input.maxSessionDuration != null) {
      assertIntRange('maxSessionDuration', input.maxSessionDuration, MIN_MAX_SESSION_DURATION, MAX_MAX_SESSION_DURATION);
      changes.maxSessionDuration = input.maxSessionDuration;
    }
    if (input.description != null) {
      assertDescription(input.description);
      changes.description = input.description;
    }
    await this.lock(em, role);
    if (Object.keys(changes).length > 0) await em.update(RoleEntity, { id: role.id }, changes);
    return Object.assign(role, changes);
  }

  /**
   * AWS's DeleteRole refuses while policies are attached or inline (DeleteConflict); its sessions
   * end with it. The row is locked first, so that an assumeRole under way either finishes before
   * (and its session is deleted here) or finds no role.
   */
  async delete(em: EntityManager, role: RoleEntity): Promise<void> {
    await assertNoDeleteConflicts(em, ROLE_DELETE_CONFLICTS, role.id, { table: 'roles', missing: () => this.missing(role.roleName) });
    await em.query('DELETE FROM "sessions" WHERE role_id = $1', [role.id]);
    await em.delete(RoleEntity, { id: role.id });
    await this.policyStore.invalidate(em, this.ref(role));
  }

  async tag(em: EntityManager, role: RoleEntity, tags: TagLike[]): Promise<RoleEntity> {
    role.tags = await tagRow(em, 'roles', role.id, tags, () => this.missing(role.roleName));
    return role;
  }

  async untag(em: EntityManager, role: RoleEntity, tagKeys: string[]): Promise<RoleEntity> {
    role.tags = await untagRow(em, 'roles', role.id, tagKeys, () => this.missing(role.roleName));
    return role;
  }

  /**
   * Ends the role's active sessions, as the console's "Revoke active sessions" does with the
   * AWSRevokeOlderSessions policy (aws:TokenIssueTime before now): the instant is kept on the role
   * so that no session issued before it is honoured, and the live session rows are revoked too.
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html
   */
  async revokeSessions(em: EntityManager, role: RoleEntity): Promise<number> {
    // Locked first, then the instant: a session issued by an assumeRole that held the row is
    // older than the instant and revoked with the others; one issued after waits for this commit.
    await this.lock(em, role);
    // The application's clock, like the sessions' created_at it is compared with.
    const now = new Date();
    role.sessionsRevokedBefore = now;
    await em.update(RoleEntity, { id: role.id }, { sessionsRevokedBefore: now });
    const [, count] = (await em.query(
      'UPDATE "sessions" SET revoked_at = $2 WHERE role_id = $1 AND revoked_at IS NULL AND expires_at > $2 RETURNING id',
      [role.id, now],
    )) as [unknown[], number];
    return count;
  }

  /** One page of roles in name order, filtered by path prefix as AWS's ListRoles does. */
  async list(em: EntityManager, pathPrefix: string, limit: number, key: string | null, direction: 'forward' | 'backward' = 'forward'): Promise<RoleEntity[]> {
    const forward = direction === 'forward';
    // Backward (last/before): the same keyset read from the other end; the caller reverses the page.
    const qb = this.filtered(em, pathPrefix).orderBy('r.role_name_lower', forward ? 'ASC' : 'DESC').limit(limit + 1);
    if (key !== null) qb.andWhere(`r.role_name_lower ${forward ? '>' : '<'} :key`, { key });
    return qb.getMany();
  }

  /** How many roles `list` pages through with this prefix: one COUNT. */
  count(em: EntityManager, pathPrefix: string): Promise<number> {
    return this.filtered(em, pathPrefix).getCount();
  }

  private filtered(em: EntityManager, pathPrefix: string) {
    assertPathPrefix('pathPrefix', pathPrefix);
    const qb = em.createQueryBuilder(RoleEntity, 'r');
    if (pathPrefix !== '/') qb.andWhere("r.path LIKE :prefix ESCAPE '\\'", { prefix: likePrefix(pathPrefix) });
    return qb;
  }

  /** PutRolePermissionsBoundary / DeleteRolePermissionsBoundary (null): the policy store checks the ARN and invalidates. */
  async setPermissionsBoundary(em: EntityManager, role: RoleEntity, policyArn: string | null): Promise<RoleEntity> {
    await this.policyStore.setPermissionsBoundary(em, this.ref(role), policyArn);
    role.permissionsBoundaryArn = policyArn;
    return role;
  }

  attachPolicy(em: EntityManager, role: RoleEntity, policyArn: string): Promise<void> {
    return this.policyStore.attach(em, this.ref(role), policyArn);
  }

  detachPolicy(em: EntityManager, role: RoleEntity, policyArn: string): Promise<void> {
    return this.policyStore.detach(em, this.ref(role), policyArn);
  }

  async putInlinePolicy(em: EntityManager, role: RoleEntity, policyName: string, document: string): Promise<void> {
    await this.policyStore.putInline(em, this.ref(role), policyName, document);
  }

  deleteInlinePolicy(em: EntityManager, role: RoleEntity, policyName: string): Promise<void> {
    return this.policyStore.deleteInline(em, this.ref(role), policyName);
  }

  ref(role: Pick<RoleEntity, 'id'>): PrincipalRef {
    return { type: 'ROLE', id: role.id };
  }
}

function assertDescription(description: string): void {
  if (description.length > 1000 || !DESCRIPTION.test(description)) {
    throw Errors.badInput('description', 'Invalid description: at most 1,000 printable characters');
  }
}
