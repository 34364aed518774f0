import { useCallback, useEffect, useState } from 'react';
import { request } from '../api/client';
import { POLICY_DETAIL } from '../api/policy-operations';
import type { ConsolePolicyDetailQuery } from '../generated/graphql';
import { VersionDiff } from '../policy/version-diff';
import { ErrorMessage, formatDate } from '../ui';
import { pretty } from './inline-policies';
import { NewVersion, PolicyVersions } from './policy-versions';

type Policy = NonNullable<ConsolePolicyDetailQuery['policy']>;

/**
 * One managed policy: its facts, the default version's document, `Create version` (the editor,
 * validated as typed), every version with `Set as default` and `Delete`, and a diff of two versions.
 */
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
  const editable = !policy.arn.startsWith('arn:aws:iam::aws:policy/');

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
          <pre className="mono document">{pretty(current.document)}</pre>
        </section>
      )}
      {editable ? (
        <NewVersion policyArn={policy.arn} current={current?.document ?? ''} onChanged={load} />
      ) : (
        <p className="muted">AWS managed policies cannot be changed: create a policy of your own to change what it allows.</p>
      )}
      <PolicyVersions policyArn={policy.arn} versions={versions} editable={editable} onChanged={load} />
      {versions.length > 1 && <VersionDiff key={versions.map((v) => v.versionId).join()} versions={versions} />}
    </div>
  );
}
