import { type FormEvent, useState } from 'react';
import { gql } from '../api/client';
import { TAG_ROLE, TAG_USER, UNTAG_ROLE, UNTAG_USER } from '../api/tag-boundary-operations';
import { GuardedButton, usePermission } from '../permissions';
import { ErrorMessage, Field } from '../ui';

type Kind = 'User' | 'Role';

const SEND: Record<Kind, { tag: (e: string, key: string, value: string) => Promise<unknown>; untag: (e: string, key: string) => Promise<unknown> }> = {
  User: { tag: (e, key, value) => gql(TAG_USER, { e, tags: [{ key, value }] }), untag: (e, key) => gql(UNTAG_USER, { e, keys: [key] }) },
  Role: { tag: (e, key, value) => gql(TAG_ROLE, { e, tags: [{ key, value }] }), untag: (e, key) => gql(UNTAG_ROLE, { e, keys: [key] }) },
};

/** A user's or role's tags (aws:PrincipalTag/KEY in its requests): add or change one, remove one. */
export function Tags(props: { kind: Kind; name: string; arn: string; tags: ReadonlyArray<{ key: string; value: string }>; onChanged: () => Promise<void> }) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<unknown>(null);
  const mayTag = usePermission(`iam:Tag${props.kind}`, props.arn);
  const mayUntag = usePermission(`iam:Untag${props.kind}`, props.arn);
  const send = SEND[props.kind];

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await props.onChanged();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (await act(() => send.tag(props.name, key.trim(), value))) {
      setKey('');
      setValue('');
    }
  };

  return (
    <section className="card" aria-labelledby="tags-title">
      <h2 id="tags-title">Tags</h2>
      <ul aria-label="Tags" className="plain">
        {props.tags.map((t) => (
          <li key={t.key}>
            <span className="mono">
              {t.key}={t.value}
            </span>{' '}
            <GuardedButton permission={mayUntag} className="secondary" aria-label={`Remove tag ${t.key}`} onClick={() => void act(() => send.untag(props.name, t.key))}>
              Remove
            </GuardedButton>
          </li>
        ))}
      </ul>
      {props.tags.length === 0 && <p className="muted">No tags.</p>}
      <form onSubmit={add} className="filters" aria-label="Add tag">
        <Field label="Tag key" value={key} onChange={setKey} />
        <Field label="Tag value" value={value} onChange={setValue} required={false} />
        <div className="actions">
          <GuardedButton permission={mayTag} type="submit">
            Add tag
          </GuardedButton>
        </div>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
