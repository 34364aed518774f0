import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { gql } from '../api/client';
import { AUDIT_EVENTS } from '../api/operations';
import type { ConsoleAuditEventsQuery, ConsoleAuditEventsQueryVariables } from '../generated/graphql';
import { ErrorMessage, formatDate } from '../ui';

type Event = NonNullable<ConsoleAuditEventsQuery['auditEvents']>['edges'][number]['node'];
type Filter = Omit<ConsoleAuditEventsQueryVariables, 'after'>;

/** A datetime-local value (the person's local time) as the API's ISO instant; empty for none. */
const instant = (local: string) => (local ? new Date(local).toISOString() : undefined);

/** The audit log, newest first, filtered by principal, action and time, 50 events at a time. */
export function AuditLog() {
  // A link may open the log filtered (the simulator's `Find in audit log`): ?principal=…&action=…
  const [initial] = useState(() => {
    const q = new URLSearchParams(window.location.search);
    return { principalArn: q.get('principal') ?? '', action: q.get('action') ?? '' };
  });
  const [principal, setPrincipal] = useState(initial.principalArn);
  const [action, setAction] = useState(initial.action);
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [filter, setFilter] = useState<Filter>({});
  const [events, setEvents] = useState<Event[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const ids = { principal: useId(), action: useId(), since: useId(), until: useId() };

  const load = useCallback(async (f: Filter, after: string | null) => {
    try {
      const { auditEvents } = await gql(AUDIT_EVENTS, { ...f, after });
      const rows = (auditEvents?.edges ?? []).map((e) => e.node);
      setEvents((old) => (after ? [...old, ...rows] : rows));
      setNext(auditEvents?.pageInfo.hasNextPage ? (auditEvents.pageInfo.endCursor ?? null) : null);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);

  useEffect(() => {
    const f: Filter = { principalArn: initial.principalArn || undefined, action: initial.action || undefined };
    setFilter(f);
    void load(f, null);
  }, [load, initial]);

  const search = (e: FormEvent) => {
    e.preventDefault();
    const f: Filter = {
      principalArn: principal.trim() || undefined,
      action: action.trim() || undefined,
      since: instant(since),
      until: instant(until),
    };
    setFilter(f);
    void load(f, null);
  };

  return (
    <div className="page">
      <h1>Audit log</h1>
      <section className="card">
        <form onSubmit={search} className="filters">
          <div className="field">
            <label htmlFor={ids.principal}>Principal</label>
            <input id={ids.principal} value={principal} onChange={(e) => setPrincipal(e.target.value)} className="mono" placeholder="arn:aws:iam::000000000000:user/alice" />
          </div>
          <div className="field">
            <label htmlFor={ids.action}>Action</label>
            <input id={ids.action} value={action} onChange={(e) => setAction(e.target.value)} className="mono" placeholder="iam:CreateUser" />
          </div>
          <div className="field">
            <label htmlFor={ids.since}>From</label>
            <input id={ids.since} type="datetime-local" value={since} onChange={(e) => setSince(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.until}>To</label>
            <input id={ids.until} type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
          </div>
          <div className="actions">
            <button type="submit">Search</button>
          </div>
        </form>
        <ErrorMessage error={error} />
        <table aria-label="Audit events">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Principal</th>
              <th scope="col">Action</th>
              <th scope="col">Resource</th>
              <th scope="col">Outcome</th>
              <th scope="col">Address</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.eventTime)}</td>
                <td className="mono">{e.principalArn ?? '—'}</td>
                <td className="mono">{e.action}</td>
                <td className="mono">{e.resourceArn ?? '—'}</td>
                <td className={e.outcome === 'SUCCESS' ? 'decision-ALLOWED' : 'decision-EXPLICIT_DENY'}>
                  {e.outcome === 'SUCCESS' ? 'Success' : `Failure${e.errorCode ? ` (${e.errorCode})` : ''}`}
                </td>
                <td>{e.sourceIp ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.length === 0 && !error && <p>No event matches.</p>}
        {next && (
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void load(filter, next)}>
              Load more
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
