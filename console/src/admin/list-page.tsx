import { useCallback, useEffect, useId, useState } from 'react';
import { gql } from '../api/client';
import { GROUPS, POLICIES, ROLES, USERS } from '../api/operations';
import { ErrorMessage, formatDate } from '../ui';
import { CreateEntity } from './create-entity';
import { CreateRole } from './create-role';
import { ConsoleLink, entityPath } from './links';

interface Row {
  name: string;
  arn: string;
  path: string;
  createDate: string;
}

interface Page {
  rows: Row[];
  hasNextPage: boolean;
  endCursor: string | null;
}

type Connection = { edges: ReadonlyArray<{ node: Row }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | null | undefined;

const page = (c: Connection): Page => ({
  rows: (c?.edges ?? []).map((e) => e.node),
  hasNextPage: c?.pageInfo.hasNextPage ?? false,
  endCursor: c?.pageInfo.endCursor ?? null,
});

/** The four lists, each a Relay connection read 50 at a time. */
export const LISTS = {
  users: { title: 'Users', load: async (after: string | null) => page((await gql(USERS, { after })).users) },
  groups: { title: 'Groups', load: async (after: string | null) => page((await gql(GROUPS, { after })).groups) },
  roles: { title: 'Roles', load: async (after: string | null) => page((await gql(ROLES, { after })).roles) },
  policies: { title: 'Policies', load: async (after: string | null) => page((await gql(POLICIES, { after })).policies) },
} as const;

export type ListName = keyof typeof LISTS;

/** A list of users, groups, roles or policies in name order, with paging and a filter by name. */
export function ListPage({ list, account }: { list: ListName; account: string }) {
  const { title, load } = LISTS[list];
  const [rows, setRows] = useState<Row[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<unknown>(null);
  const filterId = useId();

  const more = useCallback(
    async (after: string | null) => {
      try {
        const p = await load(after);
        setRows((r) => (after ? [...r, ...p.rows] : p.rows));
        setNext(p.hasNextPage ? p.endCursor : null);
      } catch (e) {
        setError(e);
      }
    },
    [load],
  );

  useEffect(() => {
    setRows([]);
    setFilter('');
    setError(null);
    void more(null);
  }, [more]);

  const needle = filter.trim().toLowerCase();
  const shown = needle ? rows.filter((r) => r.name.toLowerCase().includes(needle)) : rows;
  return (
    <div className="page">
      <h1>{title}</h1>
      {(list === 'users' || list === 'groups') && <CreateEntity kind={list} />}
      {list === 'roles' && <CreateRole account={account} />}
      {list === 'policies' && (
        <div className="actions">
          <ConsoleLink href="/console/policies/new">Create policy</ConsoleLink>
        </div>
      )}
      <section className="card">
        <div className="field">
          <label htmlFor={filterId}>Search by name</label>
          <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <ErrorMessage error={error} />
        <table aria-label={title}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">ARN</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.arn}>
                <td>
                  <ConsoleLink href={entityPath(list, list === 'policies' ? r.arn : r.name)}>{r.name}</ConsoleLink>
                </td>
                <td className="mono">{r.arn}</td>
                <td>{formatDate(r.createDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {next && (
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void more(next)}>
              Load more
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
