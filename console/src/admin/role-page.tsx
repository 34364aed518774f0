import { useCallback, useEffect, useState } from 'react';
import { ATTACH_ROLE_POLICY, DELETE_ROLE, DETACH_ROLE_POLICY, ROLE_DETAIL } from '../api/admin-operations';
import { gql, request } from '../api/client';
import type { ConsoleRoleDetailQuery } from '../generated/graphql';
import { navigate } from '../router';
import { ErrorMessage, formatDate } from '../ui';
import { AttachedPolicies } from './attached-policies';
import { Boundary } from './boundary';
import { DeleteEntity } from './delete-entity';
import { EffectivePermissions } from './effective-permissions';
import { InlinePolicies, pretty } from './inline-policies';
import { Tags } from './tags';

type Role = NonNullable<ConsoleRoleDetailQuery['role']>;

/** One role: its trust policy, tags, attached (attach, detach) and inline policies, boundary, effective permissions. */
export function RolePage({ roleName }: { roleName: string }) {
  const [role, setRole] = useState<Role | null>(null);
  const [errors, setErrors] = useState<{ whole?: unknown; permissions?: unknown }>({});

  const load = useCallback(async () => {
    try {
      const res = await request(ROLE_DETAIL, { r: roleName });
      setRole(res.data?.role ?? null);
      setErrors({ whole: res.data?.role ? undefined : res.errors[0], permissions: res.errorAt('role.effectivePermissions') });
    } catch (e) {
      setErrors({ whole: e });
    }
  }, [roleName]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!role) return <div className="page"><h1>{roleName}</h1><ErrorMessage error={errors.whole} /></div>;
  const r = role.roleName;
  const boundary = role.permissionsBoundary?.permissionsBoundaryArn;

  return (
    <div className="page">
      <h1>{r}</h1>
      <section className="card">
        <dl className="facts">
          <dt>ARN</dt>
          <dd className="mono">{role.arn}</dd>
          <dt>Description</dt>
          <dd>{role.description || '—'}</dd>
          <dt>Created</dt>
          <dd>{formatDate(role.createDate)}</dd>
          <dt>Maximum session</dt>
          <dd>{role.maxSessionDuration / 3600} h</dd>
        </dl>
      </section>
      <Tags kind="Role" name={r} arn={role.arn} tags={role.tags} onChanged={load} />
      <section className="card" aria-labelledby="trust-title">
        <h2 id="trust-title">Trust policy</h2>
        <pre className="mono document">{pretty(role.assumeRolePolicyDocument)}</pre>
      </section>
      <AttachedPolicies
        kind="Role"
        arn={role.arn}
        policies={role.attachedManagedPolicies}
        attach={async (p) => { await gql(ATTACH_ROLE_POLICY, { r, p }); await load(); }}
        detach={async (p) => { await gql(DETACH_ROLE_POLICY, { r, p }); await load(); }}
      />
      <InlinePolicies kind="Role" name={r} arn={role.arn} policies={role.inlinePolicies} onChanged={load} />
      <Boundary kind="Role" name={r} arn={role.arn} boundaryArn={boundary} onChanged={load} />
      <section className="card" aria-labelledby="effective-title">
        <h2 id="effective-title">Effective permissions</h2>
        <ErrorMessage error={errors.permissions} />
        {role.effectivePermissions && <EffectivePermissions statements={role.effectivePermissions.statements} />}
      </section>
      <DeleteEntity label="Delete role" name={r} action="iam:DeleteRole" arn={role.arn} remove={async () => { await gql(DELETE_ROLE, { r }); navigate('/console/roles'); }} />
    </div>
  );
}
