import { type FormEvent, useState } from 'react';
import { gql } from '../api/client';
import {
  DELETE_GROUP_POLICY,
  DELETE_ROLE_POLICY,
  DELETE_USER_POLICY,
  PUT_GROUP_POLICY,
  PUT_ROLE_POLICY,
  PUT_USER_POLICY,
} from '../api/inline-operations';
import { GuardedButton, usePermission } from '../permissions';
import { PolicyEditor, refusedFindings } from '../policy/policy-editor';
import { ErrorMessage, Field } from '../ui';
import { TEMPLATE } from './create-policy';

type Kind = 'User' | 'Group' | 'Role';

const SEND: Record<Kind, { put: (e: string, n: string, d: string) => Promise<unknown>; remove: (e: string, n: string) => Promise<unknown> }> = {
  User: { put: (e, n, d) => gql(PUT_USER_POLICY, { e, n, d }), remove: (e, n) => gql(DELETE_USER_POLICY, { e, n }) },
  Group: { put: (e, n, d) => gql(PUT_GROUP_POLICY, { e, n, d }), remove: (e, n) => gql(DELETE_GROUP_POLICY, { e, n }) },
  Role: { put: (e, n, d) => gql(PUT_ROLE_POLICY, { e, n, d }), remove: (e, n) => gql(DELETE_ROLE_POLICY, { e, n }) },
};

interface Inline {
  policyName: string;
  policyDocument: string;
}

/**
 * The inline policies of a user, group or role: each readable, `Edit` and `Delete`; `Add inline
 * policy` opens the editor (findings on their lines as typed). Changes reload the page's entity.
 */
export function InlinePolicies(props: { kind: Kind; name: string; arn: string; policies: readonly Inline[] | null | undefined; onChanged: () => Promise<void> }) {
  const [editing, setEditing] = useState<Inline | null>(null);
  const [error, setError] = useState<unknown>(null);
  const mayPut = usePermission(`iam:Put${props.kind}Policy`, props.arn);
  const mayDelete = usePermission(`iam:Delete${props.kind}Policy`, props.arn);
  const send = SEND[props.kind];

  const remove = async (policyName: string) => {
    setError(null);
    try {
      await send.remove(props.name, policyName);
      await props.onChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="card" aria-labelledby="inline-title">
      <h2 id="inline-title">Inline policies</h2>
      {!props.policies?.length && <p className="muted">None.</p>}
      {(props.policies ?? []).map((p) => (
        <details key={p.policyName}>
          <summary className="mono">{p.policyName}</summary>
          <pre className="mono document">{pretty(p.policyDocument)}</pre>
          <div className="actions">
            <GuardedButton permission={mayPut} className="secondary" aria-label={`Edit ${p.policyName}`} onClick={() => setEditing({ ...p, policyDocument: pretty(p.policyDocument) })}>
              Edit
            </GuardedButton>
            <GuardedButton permission={mayDelete} className="secondary" aria-label={`Delete ${p.policyName}`} onClick={() => void remove(p.policyName)}>
              Delete
            </GuardedButton>
          </div>
        </details>
      ))}
      <ErrorMessage error={error} />
      {editing ? (
        <InlineForm
          initial={editing}
          save={async (n, d) => { await send.put(props.name, n, d); setEditing(null); await props.onChanged(); }}
          cancel={() => setEditing(null)}
        />
      ) : (
        <div className="actions">
          <GuardedButton permission={mayPut} onClick={() => setEditing({ policyName: '', policyDocument: TEMPLATE })}>
            Add inline policy
          </GuardedButton>
        </div>
      )}
    </section>
  );
}

function InlineForm(props: { initial: Inline; save: (name: string, document: string) => Promise<void>; cancel: () => void }) {
  const [name, setName] = useState(props.initial.policyName);
  const [document, setDocument] = useState(props.initial.policyDocument);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await props.save(name.trim(), document);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} aria-label="Inline policy">
      <Field label="Policy name" value={name} onChange={setName} />
      <PolicyEditor label="Policy document" value={document} onChange={setDocument} refused={refusedFindings(error)} />
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit">Save inline policy</button>
        <button type="button" className="secondary" onClick={props.cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function pretty(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 2);
  } catch {
    return document;
  }
}
