import { useEffect, useState } from 'react';
import { CREDENTIAL_REPORT } from '../api/admin-operations';
import { gql } from '../api/client';
import { ErrorMessage, formatDate } from '../ui';
import { credentialReportCsv, type ReportRow } from './credential-csv';
import { ConsoleLink, entityPath } from './links';

const yes = (b: boolean) => (b ? 'Yes' : 'No');

/** AWS's credential report: one row per user (password, MFA, access keys), and the same as CSV. */
export function CredentialReport() {
  const [rows, setRows] = useState<readonly ReportRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    gql(CREDENTIAL_REPORT).then(
      (d) => setRows(d.credentialReport ?? []),
      (e: unknown) => setError(e),
    );
  }, []);

  const download = () => {
    if (!rows) return;
    const url = URL.createObjectURL(new Blob([credentialReportCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `credential-report-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="page">
      <h1>Credential report</h1>
      <section className="card">
        <ErrorMessage error={error} />
        {rows && (
          <>
            <div className="actions">
              <button type="button" onClick={download}>
                Download CSV
              </button>
            </div>
            <table aria-label="Credential report">
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Created</th>
                  <th scope="col">Password</th>
                  <th scope="col">Password last used</th>
                  <th scope="col">MFA</th>
                  <th scope="col">Access key 1</th>
                  <th scope="col">Access key 2</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.arn}>
                    <td>
                      <ConsoleLink href={entityPath('users', r.user)}>{r.user}</ConsoleLink>
                    </td>
                    <td>{formatDate(r.userCreationTime)}</td>
                    <td>{yes(r.passwordEnabled)}</td>
                    <td>{formatDate(r.passwordLastUsed)}</td>
                    <td className={r.mfaActive ? 'decision-ALLOWED' : r.passwordEnabled ? 'decision-IMPLICIT_DENY' : undefined}>{yes(r.mfaActive)}</td>
                    <td>{r.accessKey1Active ? `Active, last used ${formatDate(r.accessKey1LastUsedDate)}` : 'No'}</td>
                    <td>{r.accessKey2Active ? `Active, last used ${formatDate(r.accessKey2LastUsedDate)}` : 'No'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
