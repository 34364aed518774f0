import { type FormEvent, useEffect, useId, useState } from 'react';
import { ADD_USER_TO_GROUP, GROUP_CHOICES, REMOVE_USER_FROM_GROUP } from '../api/admin-operations';
import { gql } from '../api/client';
import { ErrorMessage } from '../ui';
import { ConsoleLink, entityPath } from './links';

/** A user's groups, each with `Remove`, and `Add to group` (a choice of the account's groups). */
export function GroupMemberships({ userName, groups, onChanged }: { userName: string; groups: readonly string[]; onChanged: () => Promise<void> }) {
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const remove = async (groupName: string) => {
    setError(null);
    try {
      await gql(REMOVE_USER_FROM_GROUP, { g: groupName, u: userName });
      await onChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="card" aria-labelledby="groups-title">
      <h2 id="groups-title">Groups</h2>
      <ul aria-label="Groups" className="plain">
        {groups.map((g) => (
          <li key={g}>
            <ConsoleLink href={entityPath('groups', g)}>{g}</ConsoleLink>{' '}
            <button type="button" className="secondary" aria-label={`Remove from ${g}`} onClick={() => void remove(g)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {groups.length === 0 && <p className="muted">In no group.</p>}
      <ErrorMessage error={error} />
      {adding ? (
        <AddForm userName={userName} onDone={async (changed) => { setAdding(false); if (changed) await onChanged(); }} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add to group
        </button>
      )}
    </section>
  );
}

function AddForm({ userName, onDone }: { userName: string; onDone: (changed: boolean) => Promise<void> }) {
  const [choices, setChoices] = useState<readonly string[]>([]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<unknown>(null);
  const id = useId();

  useEffect(() => {
    gql(GROUP_CHOICES).then(
      (d) => setChoices((d.groups?.edges ?? []).map((e) => e.node.groupName)),
      (e: unknown) => setError(e),
    );
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await gql(ADD_USER_TO_GROUP, { g: chosen, u: userName });
      await onDone(true);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>Group</label>
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)} required>
          <option value="">Choose a group…</option>
          {choices.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit">Add</button>
        <button type="button" className="secondary" onClick={() => void onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
