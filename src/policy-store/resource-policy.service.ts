import type { EntityManager } from 'typeorm';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { Logger } from '../observability/logger';
import { compilePolicy, policySize } from '../policy';
import type { PolicyCache, StoredResourcePolicy } from './policy-cache';
import { assertValidResourcePolicy } from './policy-documents';
import type { PolicyMeta } from './policy-set';
import { ResourcePolicyEntity } from './resource-policy.entity';

/** A stored resource policy's size, in characters other than whitespace: S3's bucket policy quota (20 KB). */
export const MAX_RESOURCE_POLICY_SIZE = 20_480;
const MAX_RESOURCE_ARN = 2_048;
/**
 * arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, printable ASCII without spaces (so that a change
 * always fits one NOTIFY payload, and a key one btree entry), and no wildcard: a policy belongs to
 * one resource (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
 */
const RESOURCE_ARN = /^arn:[a-z][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9-]*:[^:]*:[^:]*:[\x21-\x7e]+$/;
const ASCII_PRINTABLE = /^[\x21-\x7e]+$/;

/** The evaluator's name for a stored resource policy: AWS's SourcePolicyId of a resource policy, the resource's ARN as its ARN. */
function storedMeta(resourceArn: string): PolicyMeta {
  return { id: 'ResourcePolicy', kind: 'RESOURCE', arn: resourceArn, name: 'ResourcePolicy', versionId: null, isAwsManaged: false, ownerType: null };
}

/** Denies everything to everyone: what a stored policy that no longer compiles whole stands for (fail closed). */
const DENY_ALL = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'PolicyUnavailable', Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }] });

/** BAD_USER_INPUT unless `value` is one resource's ARN, within bounds. Checked before any lookup. */
export function assertResourceArn(field: string, value: string): void {
  if (value.length < 1 || value.length > MAX_RESOURCE_ARN) throw Errors.badInput(field, `Invalid ${field}: must be 1 to ${MAX_RESOURCE_ARN} characters`);
  if (!ASCII_PRINTABLE.test(value) || !RESOURCE_ARN.test(value)) {
    throw Errors.badInput(field, `Invalid ${field}: an ARN, arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, in printable ASCII without spaces`);
  }
  if (/[*?]/.test(value)) throw Errors.badInput(field, `Invalid ${field}: one resource's ARN, without the wildcards * and ?`);
}

/**
 * Resource-based policies stored per resource (putResourcePolicy, resourcePolicy,
 * deleteResourcePolicy), and the compiled one isAuthorized uses for a resource, cached with the
 * policy cache's guarantee (see PolicyCache): a change drops the ARN's entry inside its
 * transaction, again after the commit, and on every other instance through NOTIFY iam_policy_cache.
 */
export class ResourcePolicyService {
  constructor(
    private readonly cache: PolicyCache,
    private readonly log: Logger,
  ) {}

  /** Creates or replaces the resource's policy: MALFORMED_POLICY_DOCUMENT with the findings (paths under `policyDocument`) unless it is a valid resource policy. */
  async put(em: EntityManager, resourceArn: string, document: string): Promise<ResourcePolicyEntity> {
    assertResourceArn('resourceArn', resourceArn);
    const size = policySize(document);
    if (size > MAX_RESOURCE_POLICY_SIZE) {
      const message = `Policies must be at most ${MAX_RESOURCE_POLICY_SIZE} characters other than whitespace`;
      throw Errors.malformedPolicy(message, [{ message: `${message} (${size})`, path: 'policyDocument', severity: 'ERROR', code: 'POLICY_SIZE_EXCEEDED' }]);
    }
    assertValidResourcePolicy(document, 'policyDocument');
    const now = new Date();
    const rows: ResourcePolicyEntity[] = await em.query(
      `INSERT INTO "resource_policies" (resource_arn, document, size, create_date, update_date) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (resource_arn) DO UPDATE SET document = EXCLUDED.document, size = EXCLUDED.size, update_date = EXCLUDED.update_date
       RETURNING resource_arn AS "resourceArn", document, size, create_date AS "createDate", update_date AS "updateDate"`,
      [resourceArn, document, size, now],
    );
    await this.cache.invalidate(em, { resourceArn });
    return toEntity(rows[0]!);
  }

  /** The resource's stored policy, or null. */
  async get(em: EntityManager, resourceArn: string): Promise<ResourcePolicyEntity | null> {
    assertResourceArn('resourceArn', resourceArn);
    return em.getRepository(ResourcePolicyEntity).findOneBy({ resourceArn });
  }

  /** Deletes the resource's policy; NO_SUCH_ENTITY when it has none. */
  async delete(em: EntityManager, resourceArn: string): Promise<void> {
    assertResourceArn('resourceArn', resourceArn);
    const res = await em.delete(ResourcePolicyEntity, { resourceArn });
    if (!res.affected) throw Errors.noSuchEntity(`The resource policy of ${resourceArn}`);
    await this.cache.invalidate(em, { resourceArn });
  }

  /**
   * The compiled stored policy of exactly this ARN (null: none), from the process-wide cache, else
   * one query (never stored when read inside a transaction or from a replica). A stored document
   * that no longer compiles whole stands for a deny of everything, logged, not cached.
   */
  async compiledFor(uow: UnitOfWork, resourceArn: string): Promise<StoredResourcePolicy> {
    if (resourceArn.length > MAX_RESOURCE_ARN || !ASCII_PRINTABLE.test(resourceArn) || /[*?]/.test(resourceArn)) return null;
    const hit = this.cache.getResourcePolicy(resourceArn);
    if (hit !== undefined) return hit;
    const generation = this.cache.currentGeneration;
    const qr = uow.em.queryRunner;
    const inTransaction = !!qr?.isTransactionActive || qr?.getReplicationMode() === 'slave';
    const rows: Array<{ document: string }> = await uow.em.query('SELECT document FROM "resource_policies" WHERE resource_arn = $1', [resourceArn]);
    const meta = storedMeta(resourceArn);
    let policy: StoredResourcePolicy = null;
    if (rows[0]) {
      policy = compilePolicy(rows[0].document, meta, { kind: 'RESOURCE' });
      if (policy.document === null || policy.findings.some((f) => f.severity === 'ERROR')) {
        this.log.error({ resourceArn }, 'the stored resource policy does not compile: every decision on this resource is a deny');
        return compilePolicy(DENY_ALL, meta, { kind: 'RESOURCE' });
      }
      policy.document = null;
    }
    if (!inTransaction) this.cache.storeResourcePolicy(resourceArn, policy, generation);
    return policy;
  }
}

function toEntity(row: ResourcePolicyEntity): ResourcePolicyEntity {
  return Object.assign(new ResourcePolicyEntity(), { ...row, createDate: new Date(row.createDate), updateDate: new Date(row.updateDate) });
}
