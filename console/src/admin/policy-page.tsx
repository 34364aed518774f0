import { useCallback, useEffect, useState } from 'react';
import { request } from '../api/client';
import { POLICY_DETAIL } from '../api/policy-operations';
import type { ConsolePolicyDetailQuery } from '../generated/graphql';
import { ErrorMessage, formatDate } from '../ui';
import { pretty } from './inline-policies';

type Policy = NonNullable<ConsolePolicyDetailQuery['policy']>;

/** One managed policy: its facts, the default version's document and every version. */
export function PolicyPage({ policyArn }: { policyArn: string }) {
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const r = await request(POLICY_DETAIL, { arn: policyArn });
      setPolicy(r.data?.policy ?? null);
      setError(r.data?.policy ? null : r.errors[0]);
    } catch (e) {
      setError(e);
    }
  }, [policyArn]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!policy) return <div className="page"><h1>{policyArn.split('/').pop()}</h1><ErrorMessage error={error} /></div>;
  const versions = policy.versions ?? [];
  const current = versions.find((v) => v.isDefaultVersion);

  return (
    <div className="page">
      <h1>{policy.policyName}</h1>
      <section className="card">
        <dl className="facts">
          <dt>ARN</dt>
          <dd className="mono">{policy.arn}</dd>
          <dt>Description</dt>
          <dd>{policy.description || '—'}</dd>
          <dt>Default version</dt>
          <dd>{policy.defaultVersionId}</dd>
          <dt>Attachments</dt>
          <dd>
            {policy.attachmentCount} (used as a boundary {policy.permissionsBoundaryUsageCount} times)
          </dd>
          <dt>Updated</dt>
          <dd>{formatDate(policy.updateDate)}</dd>
        </dl>
      </section>
      {current && (
        <section className="card" aria-labelledby="document-title">
          <h2 id="document-title">Document ({current.versionId})</h2>
          <pre className="mono document" aria-label="Policy document">{pretty(current.document)}</pre>
        </section>
      )}
      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title">Versions</h2>
        <table aria-label="Versions">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Created</th>
              <th scope="col">Default</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.versionId}>
                <td>{v.versionId}</td>
                <td>{formatDate(v.createDate)}</td>
                <td>{v.isDefaultVersion ? 'Default' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
