import type { ConsoleStatementFragment } from '../generated/graphql';

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

/** Every statement that applies to a user, group or role, with the policy it comes from. */
export function EffectivePermissions({ statements }: { statements: readonly ConsoleStatementFragment[] }) {
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
