import { type FormEvent, useEffect, useId, useState } from 'react';
import { gql } from '../api/client';
import { POLICY_CHOICES } from '../api/operations';
import { DELETE_ROLE_BOUNDARY, DELETE_USER_BOUNDARY, PUT_ROLE_BOUNDARY, PUT_USER_BOUNDARY } from '../api/tag-boundary-operations';
import { GuardedButton, usePermission } from '../permissions';
import { ErrorMessage } from '../ui';
import { ConsoleLink, entityPath } from './links';

type Kind = 'User' | 'Role';

const SEND: Record<Kind, { put: (e: string, p: string) => Promise<unknown>; remove: (e: string) => Promise<unknown> }> = {
  User: { put: (e, p) => gql(PUT_USER_BOUNDARY, { e, p }), remove: (e) => gql(DELETE_USER_BOUNDARY, { e }) },
  Role: { put: (e, p) => gql(PUT_ROLE_BOUNDARY, { e, p }), remove: (e) => gql(DELETE_ROLE_BOUNDARY, { e }) },
};

/** A user's or role's permissions boundary: the policy that caps what its other policies allow; set, change or remove it. */
export function Boundary(props: { kind: Kind; name: string; arn: string; boundaryArn: string | null | undefined; onChanged: () => Promise<void> }) {
  const [choosing, setChoosing] = useState(false);
  const [choices, setChoices] = useState<ReadonlyArray<{ policyName: string; arn: string }>>([]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<unknown>(null);
  const mayPut = usePermission(`iam:Put${props.kind}PermissionsBoundary`, props.arn);
  const mayDelete = usePermission(`iam:Delete${props.kind}PermissionsBoundary`, props.arn);
  const id = useId();
  const send = SEND[props.kind];

  useEffect(() => {
    if (!choosing) return;
    gql(POLICY_CHOICES).then(
      (d) => setChoices((d.policies?.edges ?? []).map((e) => e.node)),
      (e: unknown) => setError(e),
    );
  }, [choosing]);

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setChoosing(false);
      await props.onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act(() => send.put(props.name, chosen));
  };

  return (
    <section className="card" aria-labelledby="boundary-title">
      <h2 id="boundary-title">Permissions boundary</h2>
      <p className="mono">{props.boundaryArn ? <ConsoleLink href={entityPath('policies', props.boundaryArn)}>{props.boundaryArn}</ConsoleLink> : 'None: its policies are not capped.'}</p>
      <ErrorMessage error={error} />
      {choosing ? (
        <form onSubmit={submit}>
          <div className="field">
            <label htmlFor={id}>Boundary policy</label>
            <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)} required>
              <option value="">Choose a policy…</option>
              {choices.map((p) => (
                <option key={p.arn} value={p.arn}>
                  {p.policyName}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit">Set</button>
            <button type="button" className="secondary" onClick={() => setChoosing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <GuardedButton permission={mayPut} onClick={() => setChoosing(true)}>
            Set boundary
          </GuardedButton>
          {props.boundaryArn && (
            <GuardedButton permission={mayDelete} className="secondary" onClick={() => void act(() => send.remove(props.name))}>
              Remove boundary
            </GuardedButton>
          )}
        </div>
      )}
    </section>
  );
}
