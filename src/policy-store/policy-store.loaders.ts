import DataLoader from 'dataloader';
import { type EntityManager,In } from 'typeorm';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { InlinePolicyEntity } from './inline-policy.entity';
import { ManagedPolicyEntity } from './managed-policy.entity';
import { PolicyVersionEntity } from './policy-version.entity';
import { PRINCIPAL_TABLES } from './principal-ref';

/**
 * A managed policy attached to a principal, with its default version's document. The version is
 * null when its row cannot be found: the policy set then fails closed (never drops the policy).
 */
export interface AttachedPolicyRow {
  principalId: string;
  policyRowId: string;
  arn: string;
  policyName: string;
  isAwsManaged: boolean;
  versionId: string;
  versionRowId: string | null;
  document: string | null;
}

/** A managed policy with its default version (permissions boundaries are looked up by ARN). */
export interface PolicyWithDefaultVersion {
  policy: ManagedPolicyEntity;
  version: PolicyVersionEntity;
}

type Row = Record<string, unknown>;

export interface RoleInfo {
  roleName: string;
  path: string;
  permissionsBoundaryArn: string | null;
}

/**
 * Tables with a `permissions_boundary_arn` column (the principals that have boundaries).
 * Used to count a policy's boundary usage (and refuse deletePolicy while it is in use).
 */
export const BOUNDARY_HOLDER_TABLES: readonly string[] = Object.values(PRINCIPAL_TABLES)
  .filter((t) => t.hasBoundary)
  .map((t) => t.table);

/**
 * Per-request loaders of the policy store. Each batch is one `= ANY($1)` query, results in key
 * order, [] or null for missing keys. Principal ids are uuids, unique across users, groups and
 * roles, so attachments and inline policies are keyed by principal id alone.
 */
export function createPolicyStoreLoaders(em: () => EntityManager) {
  const attachedByPrincipalId = new DataLoader<string, AttachedPolicyRow[]>(async (ids) => {
    const rows: Row[] = await em().query(
      `SELECT a.principal_id, p.id AS policy_row_id, p.arn, p.policy_name, p.is_aws_managed, p.default_version_id,
              v.id AS version_row_id, v.document
         FROM "policy_attachments" a
         JOIN "managed_policies" p ON p.id = a.policy_row_id
         LEFT JOIN "managed_policy_versions" v ON v.policy_row_id = p.id AND v.version_id = p.default_version_id
        WHERE a.principal_id = ANY($1)
        ORDER BY p.policy_name_lower, p.arn`,
      [[...ids]],
    );
    const by = new Map<string, AttachedPolicyRow[]>();
    for (const r of rows) {
      const item: AttachedPolicyRow = {
        principalId: r.principal_id as string,
        policyRowId: r.policy_row_id as string,
        arn: r.arn as string,
        policyName: r.policy_name as string,
        isAwsManaged: r.is_aws_managed as boolean,
        versionId: r.default_version_id as string,
        versionRowId: (r.version_row_id as string | null) ?? null,
        document: (r.document as string | null) ?? null,
      };
      const list = by.get(item.principalId) ?? [];
      list.push(item);
      by.set(item.principalId, list);
    }
    return ids.map((id) => by.get(id) ?? []);
  });

  const inlineByPrincipalId = new DataLoader<string, InlinePolicyEntity[]>(async (ids) => {
    const rows = await em().find(InlinePolicyEntity, { where: { principalId: In([...ids]) }, order: { policyName: 'ASC' } });
    const by = new Map<string, InlinePolicyEntity[]>();
    for (const r of rows) {
      const list = by.get(r.principalId) ?? [];
      list.push(r);
      by.set(r.principalId, list);
    }
    return ids.map((id) => by.get(id) ?? []);
  });

  const policyByArn = new DataLoader<string, ManagedPolicyEntity | null>(async (arns) => {
    const rows = await em().find(ManagedPolicyEntity, { where: { arn: In([...arns]) } });
    const by = new Map(rows.map((r) => [r.arn, r]));
    return arns.map((a) => by.get(a) ?? null);
  });

  /** Boundaries are referenced by ARN: the policy and its default version in one query. */
  const defaultVersionByPolicyArn = new DataLoader<string, PolicyWithDefaultVersion | null>(async (arns) => {
    const rows = await em()
      .createQueryBuilder(PolicyVersionEntity, 'v')
      .innerJoinAndSelect('v.policy', 'p')
      .where('p.arn = ANY(:arns)', { arns: [...arns] })
      .andWhere('v.version_id = p.default_version_id')
      .getMany();
    const by = new Map(rows.map((v) => [v.policy!.arn, { policy: v.policy!, version: v }]));
    return arns.map((a) => by.get(a) ?? null);
  });

  const versionsByPolicyRowId = new DataLoader<string, PolicyVersionEntity[]>(async (ids) => {
    const rows = await em().find(PolicyVersionEntity, { where: { policyRowId: In([...ids]) } });
    const by = new Map<string, PolicyVersionEntity[]>();
    for (const r of rows) {
      const list = by.get(r.policyRowId) ?? [];
      list.push(r);
      by.set(r.policyRowId, list);
    }
    const num = (v: PolicyVersionEntity) => Number(v.versionId.slice(1));
    return ids.map((id) => (by.get(id) ?? []).sort((a, b) => num(b) - num(a)));
  });

  const attachmentCountByPolicyRowId = new DataLoader<string, number>(async (ids) => {
    const rows: Row[] = await em().query(
      'SELECT policy_row_id, count(*)::int AS n FROM "policy_attachments" WHERE policy_row_id = ANY($1) GROUP BY policy_row_id',
      [[...ids]],
    );
    const by = new Map(rows.map((r) => [r.policy_row_id as string, Number(r.n)]));
    return ids.map((id) => by.get(id) ?? 0);
  });

  /** Principals whose permissions boundary is the policy, over every table in BOUNDARY_HOLDER_TABLES. */
  const boundaryUsageByPolicyArn = new DataLoader<string, number>(async (arns) => {
    const union = BOUNDARY_HOLDER_TABLES.map((t) => `SELECT permissions_boundary_arn AS arn FROM "${t}" WHERE permissions_boundary_arn = ANY($1)`).join(' UNION ALL ');
    const rows: Row[] = await em().query(`SELECT arn, count(*)::int AS n FROM (${union}) b GROUP BY arn`, [[...arns]]);
    const by = new Map(rows.map((r) => [r.arn as string, Number(r.n)]));
    return arns.map((a) => by.get(a) ?? 0);
  });

  /** A role's name, path and boundary (roles table of the roles domain), for ARNs and boundaries. */
  const roleInfoById = new DataLoader<string, RoleInfo | null>(async (ids) => {
    const rows: Row[] = await em().query('SELECT id, role_name, path, permissions_boundary_arn FROM "roles" WHERE id = ANY($1)', [[...ids]]);
    const by = new Map(
      rows.map((r) => [r.id as string, { roleName: r.role_name as string, path: r.path as string, permissionsBoundaryArn: (r.permissions_boundary_arn as string | null) ?? null }]),
    );
    return ids.map((id) => by.get(id) ?? null);
  });

  return {
    attachedByPrincipalId,
    inlineByPrincipalId,
    policyByArn,
    defaultVersionByPolicyArn,
    versionsByPolicyRowId,
    attachmentCountByPolicyRowId,
    boundaryUsageByPolicyArn,
    roleInfoById,
  };
}

export type PolicyStoreLoaders = ReturnType<typeof createPolicyStoreLoaders>;

const LOADERS = Symbol('policyStore loaders');

/** The policyStore loaders of one unit of work: made on first use, so every unit of work starts fresh. */
export function policyStoreLoaders(uow: UnitOfWork): PolicyStoreLoaders {
  return uow.memo(LOADERS, () => createPolicyStoreLoaders(() => uow.em));
}
