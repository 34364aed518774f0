import { type FormEvent, useState } from 'react';
import { CREATE_GROUP, CREATE_USER } from '../api/admin-operations';
import { gql } from '../api/client';
import { navigate } from '../router';
import { ErrorMessage, Field } from '../ui';
import { entityPath } from './links';

const KINDS = {
  users: {
    button: 'Create user',
    field: 'User name',
    create: async (name: string, path: string) => (await gql(CREATE_USER, { u: name, path })).createUser?.user.userName ?? name,
  },
  groups: {
    button: 'Create group',
    field: 'Group name',
    create: async (name: string, path: string) => (await gql(CREATE_GROUP, { g: name, path })).createGroup?.group.groupName ?? name,
  },
} as const;

/** `Create user` or `Create group`: a name and a path; the new page opens. A refusal keeps what was typed. */
export function CreateEntity({ kind }: { kind: keyof typeof KINDS }) {
  const { button, field, create } = KINDS[kind];
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [path, setPath] = useState('/');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          {button}
        </button>
      </div>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      navigate(entityPath(kind, await create(name.trim(), path.trim() || '/')));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label={button} className="card">
      <Field label={field} value={name} onChange={setName} autoFocus />
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
