import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Config } from '../config/config';
import { arn } from '../kernel/arn';
import { isForeignKeyViolation, isUniqueViolation, likePrefix } from '../kernel/db-errors';
import { Errors } from '../kernel/errors';
import { uniqueId } from '../kernel/ids';
import { assertName, assertPath, assertPathPrefix } from '../kernel/validation';
import { awsManagedPolicyRefusal } from './aws-managed-policy';
import { DEFAULT_VERSION_FK, ManagedPolicyEntity } from './managed-policy.entity';
import { assertValidDocument } from './policy-documents';
import { assertPolicyArn, assertVersionId } from './policy-inputs';
import { BOUNDARY_HOLDER_TABLES } from './policy-store.loaders';
import type { PolicyStoreService } from './policy-store.service';
import { PolicyVersionEntity } from './policy-version.entity';

/** "IAM and AWS STS quotas": versions per managed policy. */
export const MAX_POLICY_VERSIONS = 5;

export type PolicyScope = 'ALL' | 'AWS' | 'LOCAL';

/** ListPolicies' filters. */
export interface PolicyListFilter {
  scope: PolicyScope;
  onlyAttached: boolean;
  pathPrefix: string;
}

/**
 * Managed policies and their versions ("Versioning IAM policies"): customer policies are created,
 * versioned (at most 5, one default), rolled back and deleted; system policies are read-only.
 */
export class ManagedPolicyService {
  constructor(
    private readonly config: Config,
    private readonly store: PolicyStoreService,
  ) {}

  findByArn(em: EntityManager, policyArn: string): Promise<ManagedPolicyEntity | null> {
    return em.findOne(ManagedPolicyEntity, { where: { arn: policyArn } });
  }

  async getByArn(em: EntityManager, policyArn: string): Promise<ManagedPolicyEntity> {
    assertPolicyArn('policyArn', policyArn);
    const policy = await this.findByArn(em, policyArn);
    if (!policy) throw Errors.noSuchEntity(`Policy ${policyArn}`);
    return policy;
  }

  /**
   * A customer policy to change, locked before it is read: SELECT … FOR NO KEY UPDATE (or FOR
   * UPDATE, to delete it) waits for any concurrent change to the policy and returns the row as that
   * change committed it, so every check that follows (default version, version count, next version
   * number) sees the current state. Version changes (NO KEY UPDATE) queue among themselves but not
   * behind attachments, which take FOR KEY SHARE; a delete (UPDATE) queues behind both.
   * System policies are AWS's and cannot be changed.
   */
  private async getWritable(em: EntityManager, policyArn: string, action: string, principalArn: string, forDelete = false): Promise<ManagedPolicyEntity> {
    assertPolicyArn('policyArn', policyArn);
    const mode = forDelete ? 'pessimistic_write' : 'for_no_key_update';
    const policy = await em.findOne(ManagedPolicyEntity, { where: { arn: policyArn }, lock: { mode } });
    if (!policy) throw Errors.noSuchEntity(`Policy ${policyArn}`);
    const refusal = awsManagedPolicyRefusal(principalArn, action, policy);
    if (refusal) throw Errors.accessDenied(refusal);
    return policy;
  }

  async create(em: EntityManager, input: { policyName: string; path?: string | null; policyDocument: string; description?: string | null }): Promise<ManagedPolicyEntity> {
    assertName('policyName', input.policyName, 128);
    const path = input.path ?? '/';
    assertPath('path', path);
    if (input.description != null && input.description.length > 1000) throw Errors.badInput('description', 'Invalid description: at most 1000 characters');
    assertValidDocument(input.policyDocument, 'policyDocument', 'MANAGED');
    const now = new Date();
    const policy = em.create(ManagedPolicyEntity, {
      id: randomUUID(),
      policyId: uniqueId('ANPA'),
      arn: arn.policy(this.config.accountId, path, input.policyName),
      policyName: input.policyName,
      policyNameLower: input.policyName.toLowerCase(),
      path,
      description: input.description ?? null,
      isAwsManaged: false,
      defaultVersionId: 'v1',
      nextVersionNumber: 2,
      createDate: now,
      updateDate: now,
    });
    const exists = () => Errors.alreadyExists(`A policy called ${input.policyName}`);
    if (await em.findOne(ManagedPolicyEntity, { where: { isAwsManaged: false, policyNameLower: policy.policyNameLower } })) throw exists();
    // The policy and its first version reference each other: check that foreign key at commit.
    await em.query(`SET CONSTRAINTS "${DEFAULT_VERSION_FK}" DEFERRED`);
    try {
      await em.insert(ManagedPolicyEntity, policy);
    } catch (err) {
      if (isUniqueViolation(err)) throw exists();
      throw err;
    }
    await em.insert(PolicyVersionEntity, { id: randomUUID(), policyRowId: policy.id, versionId: 'v1', document: input.policyDocument, createDate: now });
    return policy;
  }

  /** CreatePolicyVersion: concurrent calls queue on the policy's lock, so the quota is exact. */
  async createVersion(em: EntityManager, policyArn: string, document: string, setAsDefault: boolean, principalArn: string): Promise<{ policy: ManagedPolicyEntity; version: PolicyVersionEntity }> {
    assertValidDocument(document, 'policyDocument', 'MANAGED');
    const policy = await this.getWritable(em, policyArn, 'iam:CreatePolicyVersion', principalArn);
    const count = await em.count(PolicyVersionEntity, { where: { policyRowId: policy.id } });
    if (count >= MAX_POLICY_VERSIONS) {
      throw Errors.limitExceeded(
        `A managed policy can have up to ${MAX_POLICY_VERSIONS} versions. Before you create a new version, you must delete an existing version.`,
      );
    }
    const now = new Date();
    const version = em.create(PolicyVersionEntity, {
      id: randomUUID(),
      policyRowId: policy.id,
      versionId: `v${policy.nextVersionNumber}`,
      document,
      createDate: now,
    });
    await em.insert(PolicyVersionEntity, version);
    policy.nextVersionNumber += 1;
    policy.updateDate = now;
    if (setAsDefault) policy.defaultVersionId = version.versionId;
    await em.update(ManagedPolicyEntity, { id: policy.id }, { nextVersionNumber: policy.nextVersionNumber, updateDate: now, defaultVersionId: policy.defaultVersionId });
    if (setAsDefault) await this.store.invalidateAll(em);
    return { policy, version };
  }

  /** SetDefaultPolicyVersion: also the way to roll back to an earlier version. */
  async setDefaultVersion(em: EntityManager, policyArn: string, versionId: string, principalArn: string): Promise<ManagedPolicyEntity> {
    assertVersionId(versionId);
    const policy = await this.getWritable(em, policyArn, 'iam:SetDefaultPolicyVersion', principalArn);
    const version = await em.findOne(PolicyVersionEntity, { where: { policyRowId: policy.id, versionId } });
    if (!version) throw Errors.noSuchEntity(`Policy ${policyArn} version ${versionId}`);
    if (policy.defaultVersionId !== versionId) {
      policy.defaultVersionId = versionId;
      policy.updateDate = new Date();
      await em.update(ManagedPolicyEntity, { id: policy.id }, { defaultVersionId: versionId, updateDate: policy.updateDate });
      await this.store.invalidateAll(em);
    }
    return policy;
  }

  /** DeletePolicyVersion: never the default (checked here on the locked row, and by the foreign key). */
  async deleteVersion(em: EntityManager, policyArn: string, versionId: string, principalArn: string): Promise<ManagedPolicyEntity> {
    assertVersionId(versionId);
    const policy = await this.getWritable(em, policyArn, 'iam:DeletePolicyVersion', principalArn);
    const conflict = () => Errors.deleteConflict('Cannot delete the default version of a policy.');
    if (policy.defaultVersionId === versionId) throw conflict();
    let affected: number | null | undefined;
    try {
      ({ affected } = await em.delete(PolicyVersionEntity, { policyRowId: policy.id, versionId }));
    } catch (err) {
      if (isForeignKeyViolation(err)) throw conflict();
      throw err;
    }
    if (!affected) throw Errors.noSuchEntity(`Policy ${policyArn} version ${versionId}`);
    return policy;
  }

  /**
   * DeletePolicy: refused while attached to anyone or used as a permissions boundary. The policy is
   * locked FOR UPDATE first; attaching it or making it a boundary takes FOR KEY SHARE on it
   * (PolicyStoreService.attachablePolicy), so the two queue and this check sees the other's row
   * (or the other finds the policy gone).
   */
  async delete(em: EntityManager, policyArn: string, principalArn: string): Promise<void> {
    const policy = await this.getWritable(em, policyArn, 'iam:DeletePolicy', principalArn, true);
    const attached: unknown[] = await em.query('SELECT 1 FROM "policy_attachments" WHERE policy_row_id = $1 LIMIT 1', [policy.id]);
    const union = BOUNDARY_HOLDER_TABLES.map((t) => `SELECT 1 FROM "${t}" WHERE permissions_boundary_arn = $1`).join(' UNION ALL ');
    const boundary: unknown[] = await em.query(`${union} LIMIT 1`, [policy.arn]);
    const conflict = () => Errors.deleteConflict('Cannot delete a policy attached to entities.');
    if (attached.length > 0 || boundary.length > 0) throw conflict();
    try {
      await em.delete(ManagedPolicyEntity, { id: policy.id });
    } catch (err) {
      if (isForeignKeyViolation(err)) throw conflict();
      throw err;
    }
  }

  async getVersion(em: EntityManager, policy: ManagedPolicyEntity, versionId: string): Promise<PolicyVersionEntity> {
    assertVersionId(versionId);
    const version = await em.findOne(PolicyVersionEntity, { where: { policyRowId: policy.id, versionId } });
    if (!version) throw Errors.noSuchEntity(`Policy ${policy.arn} version ${versionId}`);
    return version;
  }

  /** ListPolicies: scope, onlyAttached and pathPrefix as AWS filters them; keyset pages by ARN, either way. */
  async list(em: EntityManager, filter: PolicyListFilter, limit: number, key: string | null, direction: 'forward' | 'backward' = 'forward'): Promise<ManagedPolicyEntity[]> {
    const forward = direction === 'forward';
    const qb = this.filtered(em, filter).orderBy('p.arn', forward ? 'ASC' : 'DESC').limit(limit + 1);
    if (key !== null) qb.andWhere(`p.arn ${forward ? '>' : '<'} :key`, { key });
    return qb.getMany();
  }

  /** How many policies `list` pages through with this filter: one COUNT. */
  count(em: EntityManager, filter: PolicyListFilter): Promise<number> {
    return this.filtered(em, filter).getCount();
  }

  private filtered(em: EntityManager, filter: PolicyListFilter) {
    assertPathPrefix('pathPrefix', filter.pathPrefix);
    const qb = em.createQueryBuilder(ManagedPolicyEntity, 'p');
    if (filter.scope === 'AWS') qb.andWhere('p.is_aws_managed = true');
    if (filter.scope === 'LOCAL') qb.andWhere('p.is_aws_managed = false');
    if (filter.onlyAttached) qb.andWhere('EXISTS (SELECT 1 FROM "policy_attachments" a WHERE a.policy_row_id = p.id)');
    if (filter.pathPrefix !== '/') qb.andWhere("p.path LIKE :prefix ESCAPE '\\'", { prefix: likePrefix(filter.pathPrefix) });
    return qb;
  }
}
