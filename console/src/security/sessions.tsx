import { useCallback, useEffect, useState } from 'react';
import { gql } from '../api/client';
import { REVOKE_SESSION, SESSIONS } from '../api/operations';
import type { ConsoleSessionsQuery } from '../generated/graphql';
import { GuardedButton, reasonOf, usePermission } from '../permissions';
import { ErrorMessage, formatDate } from '../ui';

type Row = ConsoleSessionsQuery['sessions'] extends ReadonlyArray<infer R> | null | undefined ? R : never;

/** The caller's live sessions (API.md, "Browsers"), each with Revoke; revoking this one signs out. */
export function Sessions() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const mayRevoke = usePermission('iam:RevokeSession', 'self');
  const listRefused = reasonOf(usePermission('iam:ListSessions', 'self'));

  const load = useCallback(async () => {
    try {
      setRows([...((await gql(SESSIONS)).sessions ?? [])]);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const revoke = async (row: Row) => {
    try {
      await gql(REVOKE_SESSION, { id: row.id });
      // The current one: the next request is UNAUTHENTICATED and the console shows the sign-in.
      await load();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <>
      {listRefused ? <p className="reason">{listRefused}</p> : <ErrorMessage error={error} />}
      {rows && (
        <table aria-label="Sessions">
          <thead>
            <tr>
              <th scope="col">Signed in</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">Address</th>
              <th scope="col">Browser or client</th>
              <th scope="col">MFA</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} aria-current={r.current ? 'true' : undefined}>
                <td>
                  {formatDate(r.createdAt)}
                  {r.current && <strong className="tag">This session</strong>}
                </td>
                <td>{formatDate(r.lastUsedAt)}</td>
                <td>{formatDate(r.expiresAt)}</td>
                <td>{r.sourceIp ?? '—'}</td>
                <td className="agent">{r.userAgent ?? '—'}</td>
                <td>{r.mfaAuthenticated ? 'Yes' : 'No'}</td>
                <td>
                  <GuardedButton permission={mayRevoke} className="secondary" onClick={() => void revoke(r)}>
                    Revoke
                  </GuardedButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
