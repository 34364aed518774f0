import { useState } from 'react';
import { type ApiError, gql } from '../api/client';
import { CREATE_ACCESS_KEY } from '../api/operations';
import { GuardedButton, usePermission } from '../permissions';
import { ErrorMessage, formatDate } from '../ui';

export interface AccessKeyRow {
  accessKeyId: string;
  status: string;
  createDate: string;
  lastUsedDate?: string | null;
}

/** The caller's access keys (at most two, as in AWS); a new key's secret is shown once. */
export function AccessKeys(props: { rows: AccessKeyRow[] | null; listError?: ApiError; onChanged: () => Promise<void> }) {
  const [created, setCreated] = useState<{ accessKeyId: string; secretAccessKey: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mayCreate = usePermission('iam:CreateAccessKey', 'self');

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const { createAccessKey } = await gql(CREATE_ACCESS_KEY);
      if (createAccessKey) setCreated(createAccessKey.accessKey);
      await props.onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {props.rows && props.rows.length > 0 && (
        <table aria-label="Access keys">
          <thead>
            <tr>
              <th scope="col">Access key ID</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((k) => (
              <tr key={k.accessKeyId}>
                <td className="mono">{k.accessKeyId}</td>
                <td>{k.status}</td>
                <td>{formatDate(k.createDate)}</td>
                <td>{formatDate(k.lastUsedDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.rows && props.rows.length === 0 && <p>No access keys.</p>}
      {props.listError && <p className="muted">Your access keys cannot be listed: {props.listError.message}</p>}
      {created && (
        <div className="secret" role="region" aria-label="New access key">
          <p>
            <strong>Copy the secret access key now: it is shown only once.</strong>
          </p>
          <div className="field">
            <label htmlFor="new-key-id">Access key ID</label>
            <input id="new-key-id" readOnly value={created.accessKeyId} className="mono" />
          </div>
          <div className="field">
            <label htmlFor="new-key-secret">Secret access key</label>
            <input id="new-key-secret" readOnly value={created.secretAccessKey} className="mono" onFocus={(e) => e.target.select()} />
          </div>
          <button type="button" className="secondary" onClick={() => setCreated(null)}>
            I have saved it
          </button>
        </div>
      )}
      <ErrorMessage error={error} />
      <div className="actions">
        <GuardedButton permission={mayCreate} onClick={() => void create()} disabled={busy}>
          Create access key
        </GuardedButton>
      </div>
    </>
  );
}
