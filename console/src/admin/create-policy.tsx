import { type FormEvent, useState } from 'react';
import { gql } from '../api/client';
import { CREATE_POLICY } from '../api/policy-operations';
import { PolicyEditor, refusedFindings } from '../policy/policy-editor';
import { navigate } from '../router';
import { ErrorMessage, Field } from '../ui';
import { entityPath } from './links';

export const TEMPLATE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["iam:GetUser"],
      "Resource": "*"
    }
  ]
}`;

/** A new customer managed policy: name, description and document; its page opens once created. */
export function CreatePolicy() {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [document, setDocument] = useState(TEMPLATE);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { createPolicy } = await gql(CREATE_POLICY, { n: name.trim(), d: document, description: description.trim() || undefined });
      if (createPolicy) navigate(entityPath('policies', createPolicy.policy.arn));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <h1>Create policy</h1>
      <form className="card" onSubmit={submit}>
        <Field label="Policy name" value={name} onChange={setName} autoFocus />
        <Field label="Description" value={description} onChange={setDescription} required={false} />
        <PolicyEditor label="Policy document" value={document} onChange={setDocument} refused={refusedFindings(error)} />
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            Create policy
          </button>
        </div>
      </form>
    </div>
  );
}
