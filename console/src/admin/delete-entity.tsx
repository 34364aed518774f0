import { useState } from 'react';
import { GuardedButton, usePermission } from '../permissions';
import { ErrorMessage } from '../ui';

/**
 * `Delete user` (or group, …) asks once more on the page before it sends the mutation; a refusal
 * (DELETE_CONFLICT: what to remove first, ACCESS_DENIED: AWS's message) stays on screen.
 */
export function DeleteEntity(props: { label: string; name: string; action: string; arn: string; remove: () => Promise<void> }) {
  const { label, name, remove } = props;
  const may = usePermission(props.action, props.arn);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const confirm = async () => {
    setError(null);
    try {
      await remove();
    } catch (e) {
      setError(e);
      setAsking(false);
    }
  };

  return (
    <section className="card" aria-label={label}>
      <ErrorMessage error={error} />
      {asking ? (
        <div role="group" aria-label={`Confirm: ${label.toLowerCase()}`}>
          <p>
            Delete <strong>{name}</strong>? This cannot be undone.
          </p>
          <div className="actions">
            <button type="button" onClick={() => void confirm()}>
              Delete
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <GuardedButton permission={may} className="secondary" onClick={() => setAsking(true)}>
            {label}
          </GuardedButton>
        </div>
      )}
    </section>
  );
}
