import { useCallback, useEffect, useState } from 'react';
import { DELETE_USER } from '../api/admin-operations';
import { gql, request } from '../api/client';
import { ATTACH_USER_POLICY, DETACH_USER_POLICY, USER_DETAIL } from '../api/operations';
import type { ConsoleUserDetailQuery } from '../generated/graphql';
import { navigate } from '../router';
import { ErrorMessage, formatDate } from '../ui';
import { AttachedPolicies } from './attached-policies';
import { Boundary } from './boundary';
import { DeleteEntity } from './delete-entity';
import { EffectivePermissions } from './effective-permissions';
import { GroupMemberships } from './group-memberships';
import { InlinePolicies } from './inline-policies';
import { Tags } from './tags';

type User = NonNullable<ConsoleUserDetailQuery['user']>;

/**
 * One user: tags, groups (add, remove), attached (attach, detach) and inline policies, boundary,
 * and the effective permissions (every statement that applies, with the policy it comes from),
 * reloaded after each change. Parts the caller may not read say why.
 */
export function UserPage({ userName }: { userName: string }) {
  const [user, setUser] = useState<User | null>(null);
  const [errors, setErrors] = useState<{ whole?: unknown; permissions?: unknown }>({});

  const load = useCallback(async () => {
    try {
      const r = await request(USER_DETAIL, { u: userName });
      setUser(r.data?.user ?? null);
      setErrors({ whole: r.data?.user ? undefined : r.errors[0], permissions: r.errorAt('user.effectivePermissions') });
    } catch (e) {
      setErrors({ whole: e });
    }
  }, [userName]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!user) return <div className="page"><h1>{userName}</h1><ErrorMessage error={errors.whole} /></div>;
  const u = user.userName;
  const boundary = user.permissionsBoundary?.permissionsBoundaryArn;

  return (
    <div className="page">
      <h1>{u}</h1>
      <section className="card">
        <dl className="facts">
          <dt>ARN</dt>
          <dd className="mono">{user.arn}</dd>
          <dt>Path</dt>
          <dd className="mono">{user.path}</dd>
          <dt>Created</dt>
          <dd>{formatDate(user.createDate)}</dd>
        </dl>
      </section>
      <Tags kind="User" name={u} arn={user.arn} tags={user.tags} onChanged={load} />
      <GroupMemberships userName={u} groups={user.groups?.edges.map((e) => e.node.groupName) ?? []} onChanged={load} />
      <AttachedPolicies
        kind="User"
        arn={user.arn}
        policies={user.attachedManagedPolicies}
        attach={async (p) => { await gql(ATTACH_USER_POLICY, { u, p }); await load(); }}
        detach={async (p) => { await gql(DETACH_USER_POLICY, { u, p }); await load(); }}
      />
      <InlinePolicies kind="User" name={u} arn={user.arn} policies={user.inlinePolicies} onChanged={load} />
      <Boundary kind="User" name={u} arn={user.arn} boundaryArn={boundary} onChanged={load} />
      <section className="card" aria-labelledby="effective-title">
        <h2 id="effective-title">Effective permissions</h2>
        <ErrorMessage error={errors.permissions} />
        {user.effectivePermissions && <EffectivePermissions statements={user.effectivePermissions.statements} />}
      </section>
      <DeleteEntity label="Delete user" name={u} action="iam:DeleteUser" arn={user.arn} remove={async () => { await gql(DELETE_USER, { u }); navigate('/console/users'); }} />
    </div>
  );
}
