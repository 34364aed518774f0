import { useState } from 'react';
import { ErrorMessage } from '../ui';

/**
 * `Delete user` (or group, …) asks once more on the page before it sends the mutation; a refusal
 * (DELETE_CONFLICT: what to remove first, ACCESS_DENIED: AWS's message) stays on screen.
 */
export function DeleteEntity({ label, name, remove }: { label: string; name: string; remove: () => Promise<void> }) {
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
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          {label}
        </button>
      )}
    </section>
  );
}
