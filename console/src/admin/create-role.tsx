import { type FormEvent, useState } from 'react';
import { CREATE_ROLE } from '../api/admin-operations';
import { gql } from '../api/client';
import { PolicyEditor, refusedFindings } from '../policy/policy-editor';
import { navigate } from '../router';
import { ErrorMessage, Field } from '../ui';
import { entityPath } from './links';

/** Who may assume the new role, to start from: principals of this account that their policies allow. */
const trustTemplate = (account: string) => `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::${account}:root" },
      "Action": "sts:AssumeRole"
    }
  ]
}`;

/** `Create role`: a name, a description and the trust policy (checked as a trust policy as it is typed). */
export function CreateRole({ account }: { account: string }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [trust, setTrust] = useState(() => trustTemplate(account));
  const [error, setError] = useState<unknown>(null);

  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          Create role
        </button>
      </div>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const { createRole } = await gql(CREATE_ROLE, { r: name.trim(), d: trust, description: description.trim() || undefined });
      navigate(entityPath('roles', createRole?.role.roleName ?? name.trim()));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form onSubmit={submit} aria-label="Create role" className="card">
      <Field label="Role name" value={name} onChange={setName} autoFocus />
      <Field label="Description" value={description} onChange={setDescription} required={false} />
      <PolicyEditor label="Trust policy" value={trust} onChange={setTrust} refused={refusedFindings(error)} trust />
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit">Create</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
