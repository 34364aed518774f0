import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { arn, parseIamArn } from '../common/arn';
import { isUniqueViolation, likePrefix } from '../common/db-errors';
import { assertNoDeleteConflicts, type DeleteConflict } from '../common/delete-conflicts';
import { Errors } from '../common/errors';
import { uniqueId } from '../common/ids';
import { assertIntRange, assertName, assertPath, assertPathPrefix, assertTags, type TagLike } from '../common/validation';
import { tagRow, untagRow } from '../common/tags';
import type { Config } from '../config/config';
import type { PolicyStoreService } from '../policy-store/policy-store.service';
import type { PrincipalRef } from '../policy-store/principal-ref';
import { RoleEntity } from './role.entity';
import { assertTrustPolicy } from './trust-policy';

/** UpdateRole's MaxSessionDuration bounds, in seconds. */
export const MIN_MAX_SESSION_DURATION = 3600;
export const MAX_MAX_SESSION_DURATION = 43200;

/**
 * What keeps a role from being deleted, as AWS's DeleteRole lists it (DeleteConflict): each row is a
 * table whose `principal_id` references the role. Attached managed policies and inline policies
 * must be removed first; a permissions boundary does not block.
 */
export const ROLE_DELETE_CONFLICTS: readonly DeleteConflict[] = [
  { table: 'policy_attachments', column: 'principal_id', what: 'attached policies' },
  { table: 'inline_policies', column: 'principal_id', what: 'inline policies' },
];


/** Role descriptions: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html */
const DESCRIPTION = /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/;

export interface NewRole {
  roleName: string;
  path?: string | null;
  assumeRolePolicyDocument: string;
  maxSessionDuration?: number | null;
  description?: string | null;
  tags?: TagLike[] | null;
  /** ARN of a managed policy used as the permissions boundary. */
  permissionsBoundary?: string | null;
}

/** Roles: CRUD, tags, trust policy, and the instant before which their sessions are void. */
export class RoleService {
  constructor(
    private readonly config: Config,
    private readonly policyStore: PolicyStoreService,
  ) {}

  roleArn(role: Pick<RoleEntity, 'path' | 'roleName'>): string {
    return arn.role(this.config.accountId, role.path, role.roleName);
  }

  findByName(em: EntityManager, roleName: string): Promise<RoleEntity | null> {
    return em.findOne(RoleEntity, { where: { roleNameLower: roleName.toLowerCase() } });
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
    return role;
  }

  private missing(roleName: string) {
    return Errors.noSuchEntity(`The role with name ${roleName}`, arn.role(this.config.accountId, '/', roleName));
  }

  /** The role an ARN names (path included), or null: AssumeRole must not tell which part was wrong. */
  async findByArn(em: EntityManager, roleArn: string): Promise<RoleEntity | null> {
    const parsed = parseIamArn(roleArn);
    if (!parsed || parsed.service !== 'iam' || parsed.resourceType !== 'role' || parsed.account !== this.config.accountId) return null;
    const role = await this.findByName(em, parsed.name);
    return role && this.roleArn(role) === roleArn ? role : null;
  }

  async create(em: EntityManager, input: NewRole): Promise<RoleEntity> {
    assertName('roleName', input.roleName, 64);
    const path = input.path ?? '/';
    assertPath('path', path);
    const maxSessionDuration = input.maxSessionDuration ?? MIN_MAX_SESSION_DURATION;
    assertIntRange('maxSessionDuration', maxSessionDuration, MIN_MAX_SESSION_DURATION, MAX_MAX_SESSION_DURATION);
    const description = input.description ?? null;
    if (description !== null) assertDescription(description);
    const tags = assertTags('tags', input.tags ?? []);
    assertTrustPolicy('assumeRolePolicyDocument', input.assumeRolePolicyDocument);
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
      tags,
      permissionsBoundaryArn: null,
      sessionsRevokedBefore: null,
      createDate: new Date(),
    });
    try {
      await em.insert(RoleEntity, role);
    } catch (err) {
      if (isUniqueViolation(err)) throw Errors.alreadyExists(`Role with name ${input.roleName}`);
      throw err;
    }
    if (input.permissionsBoundary != null) await this.setPermissionsBoundary(em, role, input.permissionsBoundary);
    return role;
  }

  async updateAssumeRolePolicy(em: EntityManager, role: RoleEntity, document: string): Promise<RoleEntity> {
    assertTrustPolicy('policyDocument', document);
    role.assumeRolePolicyDocument = document;
    await em.update(RoleEntity, { id: role.id }, { assumeRolePolicyDocument: document });
    return role;
  }

  async update(em: EntityManager, role: RoleEntity, input: { description?: string | null; maxSessionDuration?: number | null }): Promise<RoleEntity> {
    if (input.maxSessionDuration != null) {
      assertIntRange('maxSessionDuration', input.maxSessionDuration, MIN_MAX_SESSION_DURATION, MAX_MAX_SESSION_DURATION);
      role.maxSessionDuration = input.maxSessionDuration;
    }
    if (input.description != null) {
      assertDescription(input.description);
      role.description = input.description;
    }
    await em.update(RoleEntity, { id: role.id }, { maxSessionDuration: role.maxSessionDuration, description: role.description });
    return role;
  }

  /** AWS's DeleteRole refuses while policies are attached or inline (DeleteConflict); its sessions end with it. */
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
  async list(em: EntityManager, pathPrefix: string, limit: number, afterKey: string | null): Promise<RoleEntity[]> {
    assertPathPrefix('pathPrefix', pathPrefix);
    const qb = em.createQueryBuilder(RoleEntity, 'r').orderBy('r.role_name_lower', 'ASC').limit(limit + 1);
    if (pathPrefix !== '/') qb.andWhere("r.path LIKE :prefix ESCAPE '\\'", { prefix: likePrefix(pathPrefix) });
    if (afterKey !== null) qb.andWhere('r.role_name_lower > :after', { after: afterKey });
    return qb.getMany();
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
