import { type FormEvent, useEffect, useId, useState } from 'react';
import { gql } from '../api/client';
import { POLICY_CHOICES } from '../api/operations';
import { GuardedButton, usePermission } from '../permissions';
import { ErrorMessage } from '../ui';
import { ConsoleLink, entityPath } from './links';

interface Attached {
  policyName: string;
  policyArn: string;
}

/**
 * The managed policies attached to a user, group or role, each with `Detach`, and `Attach policy`
 * (a choice of every policy). `attach` and `detach` send the mutation; a refusal stays on screen.
 */
export function AttachedPolicies(props: {
  /** Whose policies: `User`, `Group` or `Role` (iam:AttachUserPolicy, …) and its ARN. */
  kind: 'User' | 'Group' | 'Role';
  arn: string;
  policies: readonly Attached[] | null | undefined;
  attach: (policyArn: string) => Promise<void>;
  detach: (policyArn: string) => Promise<void>;
}) {
  const [attaching, setAttaching] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mayAttach = usePermission(`iam:Attach${props.kind}Policy`, props.arn);
  const mayDetach = usePermission(`iam:Detach${props.kind}Policy`, props.arn);

  const detach = async (policyArn: string) => {
    setError(null);
    try {
      await props.detach(policyArn);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="card" aria-labelledby="attached-title">
      <h2 id="attached-title">Attached policies</h2>
      <ul aria-label="Attached policies" className="plain">
        {(props.policies ?? []).map((p) => (
          <li key={p.policyArn}>
            <ConsoleLink href={entityPath('policies', p.policyArn)}>{p.policyName}</ConsoleLink>{' '}
            <GuardedButton permission={mayDetach} className="secondary" aria-label={`Detach ${p.policyName}`} onClick={() => void detach(p.policyArn)}>
              Detach
            </GuardedButton>
          </li>
        ))}
      </ul>
      {props.policies?.length === 0 && <p className="muted">None.</p>}
      <ErrorMessage error={error} />
      {attaching ? (
        <AttachForm attach={props.attach} onDone={() => setAttaching(false)} />
      ) : (
        <div className="actions">
          <GuardedButton permission={mayAttach} onClick={() => setAttaching(true)}>
            Attach policy
          </GuardedButton>
        </div>
      )}
    </section>
  );
}

function AttachForm({ attach, onDone }: { attach: (policyArn: string) => Promise<void>; onDone: () => void }) {
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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await attach(chosen);
      onDone();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form onSubmit={submit}>
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
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
