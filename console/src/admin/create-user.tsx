import { type FormEvent, useState } from 'react';
import { CREATE_USER } from '../api/admin-operations';
import { gql } from '../api/client';
import { navigate } from '../router';
import { ErrorMessage, Field } from '../ui';
import { entityPath } from './links';

/** `Create user`: a name and a path; the new user's page opens. A refusal keeps what was typed. */
export function CreateUser() {
  const [open, setOpen] = useState(false);
  const [userName, setUserName] = useState('');
  const [path, setPath] = useState('/');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          Create user
        </button>
      </div>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { createUser } = await gql(CREATE_USER, { u: userName.trim(), path: path.trim() || '/' });
      navigate(entityPath('users', createUser?.user.userName ?? userName.trim()));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label="Create user">
      <Field label="User name" value={userName} onChange={setUserName} autoFocus />
      <Field label="Path" value={path} onChange={setPath} />
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          Create
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
