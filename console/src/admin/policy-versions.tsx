import { type FormEvent, useState } from 'react';
import { gql } from '../api/client';
import { CREATE_POLICY_VERSION, DELETE_POLICY_VERSION, SET_DEFAULT_POLICY_VERSION } from '../api/policy-operations';
import { GuardedButton, usePermission } from '../permissions';
import { PolicyEditor, refusedFindings } from '../policy/policy-editor';
import { ErrorMessage, formatDate } from '../ui';
import { pretty } from './inline-policies';

interface Version {
  versionId: string;
  document: string;
  isDefaultVersion: boolean;
  createDate: string;
}

/** A policy's versions with `Set as default` and `Delete`; changes reload the page's policy. */
export function PolicyVersions(props: { policyArn: string; versions: readonly Version[]; editable: boolean; onChanged: () => Promise<void> }) {
  const [error, setError] = useState<unknown>(null);
  const maySetDefault = usePermission('iam:SetDefaultPolicyVersion', props.policyArn);
  const mayDelete = usePermission('iam:DeletePolicyVersion', props.policyArn);
  const act = async (send: () => Promise<unknown>) => {
    setError(null);
    try {
      await send();
      await props.onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const arn = props.policyArn;
  return (
    <section className="card" aria-labelledby="versions-title">
      <h2 id="versions-title">Versions</h2>
      <table aria-label="Versions">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Created</th>
            <th scope="col">Default</th>
            {props.editable && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {props.versions.map((v) => (
            <tr key={v.versionId}>
              <td>{v.versionId}</td>
              <td>{formatDate(v.createDate)}</td>
              <td>{v.isDefaultVersion ? 'Default' : ''}</td>
              {props.editable && (
                <td>
                  {!v.isDefaultVersion && (
                    <div className="actions">
                      <GuardedButton permission={maySetDefault} className="secondary" aria-label={`Set ${v.versionId} as default`} onClick={() => void act(() => gql(SET_DEFAULT_POLICY_VERSION, { arn, v: v.versionId }))}>
                        Set as default
                      </GuardedButton>
                      <GuardedButton permission={mayDelete} className="secondary" aria-label={`Delete ${v.versionId}`} onClick={() => void act(() => gql(DELETE_POLICY_VERSION, { arn, v: v.versionId }))}>
                        Delete
                      </GuardedButton>
                    </div>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorMessage error={error} />
    </section>
  );
}

/** `Create version`: the default version's document to edit, validated as typed, optionally the new default. */
export function NewVersion({ policyArn, current, onChanged }: { policyArn: string; current: string; onChanged: () => Promise<void> }) {
  const [document, setDocument] = useState<string | null>(null);
  const [asDefault, setAsDefault] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const mayCreate = usePermission('iam:CreatePolicyVersion', policyArn);

  if (document === null) {
    return (
      <div className="actions">
        <GuardedButton permission={mayCreate} onClick={() => setDocument(pretty(current))}>
          Create version
        </GuardedButton>
      </div>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await gql(CREATE_POLICY_VERSION, { arn: policyArn, d: document, default: asDefault });
      setDocument(null);
      await onChanged();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-label="New version">
      <h2>New version</h2>
      <PolicyEditor label="Policy document" value={document} onChange={setDocument} refused={refusedFindings(error)} />
      <label className="check">
        <input type="checkbox" checked={asDefault} onChange={(e) => setAsDefault(e.target.checked)} /> Set as default
      </label>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit">Save version</button>
        <button type="button" className="secondary" onClick={() => setDocument(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
