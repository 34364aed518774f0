import { type FormEvent, useId, useState } from 'react';
import { gql } from '../api/client';
import { SIMULATE } from '../api/operations';
import type { ConsoleSimulateQuery } from '../generated/graphql';
import { ErrorMessage } from '../ui';
import { contextEntries, type ContextKeyRow, ContextKeys } from './context-keys';
import { ConsoleLink } from './links';

type Result = NonNullable<ConsoleSimulateQuery['simulatePrincipalPolicy']>['evaluationResults'][number];

const DECISION: Record<string, string> = {
  ALLOWED: 'Allowed',
  EXPLICIT_DENY: 'Denied explicitly',
  IMPLICIT_DENY: 'Denied implicitly',
};

/** Lines or commas: `iam:GetUser, iam:ListUsers`. */
const items = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The audit log filtered to this principal's calls of this action. */
const auditLink = (principalArn: string, action: string) => `/console/audit-log?${new URLSearchParams({ principal: principalArn, action }).toString()}`;

/**
 * The policy simulator (AWS's SimulatePrincipalPolicy): a stored user, group or role, actions,
 * resources and context keys; each result shows its decision, the statements that decided, the
 * context keys the policies use that the request did not give, the evaluator's explanation, and a
 * link to the principal's calls of that action in the audit log.
 */
export function Simulator({ defaultPrincipal }: { defaultPrincipal: string }) {
  const [principal, setPrincipal] = useState(defaultPrincipal);
  const [actions, setActions] = useState('');
  const [resources, setResources] = useState('*');
  const [context, setContext] = useState<ContextKeyRow[]>([]);
  const [results, setResults] = useState<readonly Result[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ids = { principal: useId(), actions: useId(), resources: useId() };

  const simulate = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const input = {
        policySourceArn: principal.trim(),
        actionNames: items(actions),
        resourceArns: items(resources).length ? items(resources) : ['*'],
        contextEntries: contextEntries(context),
      };
      const { simulatePrincipalPolicy } = await gql(SIMULATE, { i: input });
      setResults(simulatePrincipalPolicy?.evaluationResults ?? []);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <h1>Policy simulator</h1>
      <section className="card">
        <form onSubmit={simulate}>
          <div className="field">
            <label htmlFor={ids.principal}>Principal</label>
            <input id={ids.principal} value={principal} onChange={(e) => setPrincipal(e.target.value)} required className="mono" placeholder="arn:aws:iam::000000000000:user/alice" />
          </div>
          <div className="field">
            <label htmlFor={ids.actions}>Actions</label>
            <textarea id={ids.actions} value={actions} onChange={(e) => setActions(e.target.value)} required rows={3} className="mono" placeholder="iam:CreateUser, s3:GetObject" />
          </div>
          <div className="field">
            <label htmlFor={ids.resources}>Resources</label>
            <textarea id={ids.resources} value={resources} onChange={(e) => setResources(e.target.value)} rows={2} className="mono" />
          </div>
          <ContextKeys rows={context} onChange={setContext} />
          <ErrorMessage error={error} />
          <div className="actions">
            <button type="submit" disabled={busy}>
              Simulate
            </button>
          </div>
        </form>
      </section>
      {results && (
        <section className="card" aria-labelledby="results-title">
          <h2 id="results-title">Results</h2>
          <table aria-label="Simulation results">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Resource</th>
                <th scope="col">Decision</th>
                <th scope="col">Explanation</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r, i) => (
                <tr key={i}>
                  <td className="mono">{r.evalActionName}</td>
                  <td className="mono">{r.evalResourceName}</td>
                  <td className={`decision-${r.evalDecision}`}>{DECISION[r.evalDecision] ?? r.evalDecision}</td>
                  <td>
                    <p>{r.explanation}</p>
                    {r.matchedStatements.length > 0 && (
                      <ul aria-label="Statements that decided">
                        {r.matchedStatements.map((m, j) => (
                          <li key={j}>
                            {m.effect} in {m.policySource.policyName ?? m.policySource.policyId} ({m.policySource.type.toLowerCase()}
                            {m.policySource.viaGroup ? `, via group ${m.policySource.viaGroup}` : ''}), statement {m.sid ?? `#${m.statementIndex}`}
                          </li>
                        ))}
                      </ul>
                    )}
                    {r.missingContextValues.length > 0 && (
                      <p className="missing">
                        Missing context keys: <span className="mono">{r.missingContextValues.join(', ')}</span> (the statements that use them
                        were decided as if the keys were absent; give them values above to simulate a request that has them)
                      </p>
                    )}
                    <ConsoleLink href={auditLink(principal.trim(), r.evalActionName)}>Find in audit log</ConsoleLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
