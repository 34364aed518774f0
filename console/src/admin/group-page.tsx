import { useCallback, useEffect, useState } from 'react';
import { ATTACH_GROUP_POLICY, DELETE_GROUP, DETACH_GROUP_POLICY, GROUP_DETAIL } from '../api/admin-operations';
import { gql, request } from '../api/client';
import type { ConsoleGroupDetailQuery } from '../generated/graphql';
import { navigate } from '../router';
import { ErrorMessage, formatDate } from '../ui';
import { AttachedPolicies } from './attached-policies';
import { DeleteEntity } from './delete-entity';
import { EffectivePermissions } from './effective-permissions';
import { InlinePolicies } from './inline-policies';
import { ConsoleLink, entityPath } from './links';

type Group = NonNullable<ConsoleGroupDetailQuery['group']>;

/** One group: its members, attached (attach, detach) and inline policies, effective permissions, `Delete group`. */
export function GroupPage({ groupName }: { groupName: string }) {
  const [group, setGroup] = useState<Group | null>(null);
  const [errors, setErrors] = useState<{ whole?: unknown; permissions?: unknown }>({});

  const load = useCallback(async () => {
    try {
      const r = await request(GROUP_DETAIL, { g: groupName });
      setGroup(r.data?.group ?? null);
      setErrors({ whole: r.data?.group ? undefined : r.errors[0], permissions: r.errorAt('group.effectivePermissions') });
    } catch (e) {
      setErrors({ whole: e });
    }
  }, [groupName]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!group) return <div className="page"><h1>{groupName}</h1><ErrorMessage error={errors.whole} /></div>;
  const g = group.groupName;
  const members = group.users?.edges.map((e) => e.node.userName) ?? [];

  return (
    <div className="page">
      <h1>{g}</h1>
      <section className="card">
        <dl className="facts">
          <dt>ARN</dt>
          <dd className="mono">{group.arn}</dd>
          <dt>Path</dt>
          <dd className="mono">{group.path}</dd>
          <dt>Created</dt>
          <dd>{formatDate(group.createDate)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <ul aria-label="Members" className="plain">
          {members.map((m) => (
            <li key={m}>
              <ConsoleLink href={entityPath('users', m)}>{m}</ConsoleLink>
            </li>
          ))}
        </ul>
        {members.length === 0 && <p className="muted">No members. Add users to the group from their pages.</p>}
      </section>
      <AttachedPolicies
        kind="Group"
        arn={group.arn}
        policies={group.attachedManagedPolicies}
        attach={async (p) => { await gql(ATTACH_GROUP_POLICY, { g, p }); await load(); }}
        detach={async (p) => { await gql(DETACH_GROUP_POLICY, { g, p }); await load(); }}
      />
      <InlinePolicies kind="Group" name={g} arn={group.arn} policies={group.inlinePolicies} onChanged={load} />
      <section className="card" aria-labelledby="effective-title">
        <h2 id="effective-title">Effective permissions</h2>
        <ErrorMessage error={errors.permissions} />
        {group.effectivePermissions && <EffectivePermissions statements={group.effectivePermissions.statements} />}
      </section>
      <DeleteEntity label="Delete group" name={g} action="iam:DeleteGroup" arn={group.arn} remove={async () => { await gql(DELETE_GROUP, { g }); navigate('/console/groups'); }} />
    </div>
  );
}
