import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { gql, request } from '../api/client';
import { ATTACH_USER_POLICY, DETACH_USER_POLICY, POLICY_CHOICES, USER_DETAIL } from '../api/operations';
import type { ConsoleUserDetailQuery } from '../generated/graphql';
import { ErrorMessage, formatDate } from '../ui';

type User = NonNullable<ConsoleUserDetailQuery['user']>;
type Statement = NonNullable<User['effectivePermissions']>['statements'][number];

const SOURCE: Record<string, string> = {
  USER: 'inline',
  GROUP: 'group inline',
  ROLE: 'role inline',
  AWS_MANAGED: 'AWS managed',
  USER_MANAGED: 'customer managed',
  PERMISSIONS_BOUNDARY: 'permissions boundary',
};

const list = (xs: readonly string[] | null | undefined, not: readonly string[] | null | undefined) =>
  xs ? xs.join(', ') : not ? `everything except ${not.join(', ')}` : '—';

/**
 * One user: tags, groups, attached and inline policies, boundary, and the effective permissions
 * (every statement that applies, with the policy it comes from). Attaching or detaching a policy
 * shows the new effective permissions at once. Parts the caller may not read say why.
 */
export function UserPage({ userName }: { userName: string }) {
  const [user, setUser] = useState<User | null>(null);
  const [errors, setErrors] = useState<{ whole?: unknown; permissions?: unknown }>({});
  const [attaching, setAttaching] = useState(false);

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

  const detach = async (policyArn: string) => {
    try {
      await gql(DETACH_USER_POLICY, { u: user.userName, p: policyArn });
      await load();
    } catch (e) {
      setErrors((x) => ({ ...x, whole: e }));
    }
  };

  return (
    <div className="page">
      <h1>{user.userName}</h1>
      <section className="card">
        <dl className="facts">
          <dt>ARN</dt>
          <dd className="mono">{user.arn}</dd>
          <dt>Path</dt>
          <dd className="mono">{user.path}</dd>
          <dt>Created</dt>
          <dd>{formatDate(user.createDate)}</dd>
          <dt>Tags</dt>
          <dd>{user.tags.length ? user.tags.map((t) => `${t.key}=${t.value}`).join(', ') : '—'}</dd>
          <dt>Groups</dt>
          <dd>{user.groups?.edges.map((e) => e.node.groupName).join(', ') || '—'}</dd>
          <dt>Permissions boundary</dt>
          <dd className="mono">{user.permissionsBoundary?.permissionsBoundaryArn ?? '—'}</dd>
          <dt>Inline policies</dt>
          <dd>{user.inlinePolicies?.map((p) => p.policyName).join(', ') || '—'}</dd>
        </dl>
        <ErrorMessage error={user && errors.whole} />
      </section>
      <section className="card" aria-labelledby="attached-title">
        <h2 id="attached-title">Attached policies</h2>
        <ul aria-label="Attached policies" className="plain">
          {(user.attachedManagedPolicies ?? []).map((p) => (
            <li key={p.policyArn}>
              <span className="mono">{p.policyName}</span>{' '}
              <button type="button" className="secondary" aria-label={`Detach ${p.policyName}`} onClick={() => void detach(p.policyArn)}>
                Detach
              </button>
            </li>
          ))}
        </ul>
        {attaching ? (
          <AttachForm userName={user.userName} onDone={async (changed) => { setAttaching(false); if (changed) await load(); }} />
        ) : (
          <button type="button" onClick={() => setAttaching(true)}>
            Attach policy
          </button>
        )}
      </section>
      <section className="card" aria-labelledby="effective-title">
        <h2 id="effective-title">Effective permissions</h2>
        <ErrorMessage error={errors.permissions} />
        {user.effectivePermissions && <EffectivePermissions statements={user.effectivePermissions.statements} />}
      </section>
    </div>
  );
}

function EffectivePermissions({ statements }: { statements: readonly Statement[] }) {
  if (statements.length === 0) return <p>No statement applies: every request is denied implicitly.</p>;
  return (
    <table aria-label="Effective permissions">
      <thead>
        <tr>
          <th scope="col">Effect</th>
          <th scope="col">Actions</th>
          <th scope="col">Resources</th>
          <th scope="col">Condition</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {statements.map((s, i) => (
          <tr key={i}>
            <td className={s.effect === 'Allow' ? 'decision-ALLOWED' : 'decision-EXPLICIT_DENY'}>{s.effect}</td>
            <td className="mono">{list(s.actions, s.notActions)}</td>
            <td className="mono">{list(s.resources, s.notResources)}</td>
            <td className="mono">{s.condition ? JSON.stringify(s.condition) : '—'}</td>
            <td>
              {s.policySource.policyName ?? s.policySource.policyId} ({SOURCE[s.policySource.type] ?? s.policySource.type}
              {s.policySource.viaGroup ? `, via group ${s.policySource.viaGroup}` : ''}){s.sid ? `, ${s.sid}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AttachForm({ userName, onDone }: { userName: string; onDone: (changed: boolean) => Promise<void> }) {
  const [choices, setChoices] = useState<ReadonlyArray<{ policyName: string; arn: string }> | null>(null);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<unknown>(null);
  const id = useId();

  useEffect(() => {
    gql(POLICY_CHOICES).then(
      (d) => setChoices((d.policies?.edges ?? []).map((e) => e.node)),
      (e: unknown) => setError(e),
    );
  }, []);

  const attach = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await gql(ATTACH_USER_POLICY, { u: userName, p: chosen });
      await onDone(true);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form onSubmit={attach}>
      <div className="field">
        <label htmlFor={id}>Policy</label>
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)} required>
          <option value="">Choose a policy…</option>
          {(choices ?? []).map((p) => (
            <option key={p.arn} value={p.arn}>
              {p.policyName}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit">Attach</button>
        <button type="button" className="secondary" onClick={() => void onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
