import { Errors } from '../kernel/errors';

/**
 * Relay connections (https://relay.dev/graphql/connections.htm) over keyset pagination.
 * `totalCount` is a thunk: the `totalCount` field resolver runs it (one COUNT) only when a client
 * selects the field, so a page alone costs one query.
 */
export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** The GraphQL mapper of every connection type (resolvers only read `totalCount`). */
export type ConnectionModel = Connection<unknown>;

/** Which way a keyset page goes from its cursor: `first`/`after` forward, `last`/`before` backward. */
export interface KeysetPage {
  limit: number;
  key: string | null;
  direction: 'forward' | 'backward';
}

/** Relay's arguments, checked: `first` with `after`, or `last` with `before`, never mixed. */
export function keysetPage(args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null }): KeysetPage {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    throw Errors.badInput(args.first != null ? 'first' : 'after', 'Invalid arguments: page forward (first, after) or backward (last, before), not both');
  }
  if (!backward) return { limit: pageSize(args.first), key: decodeCursor(args.after), direction: 'forward' };
  return { limit: pageSize(args.last, 'last'), key: decodeCursor(args.before, 'before'), direction: 'backward' };
}

/**
 * A keyset page as a connection. `rows` holds up to limit+1 items in the page's direction (a
 * backward page comes newest-key first from SQL and is put back in order here).
 */
export function pageConnection<T>(rows: T[], page: KeysetPage, keyOf: (row: T) => string, totalCount: () => Promise<number>): Connection<T> {
  if (page.direction === 'forward') return toConnection(rows, page.limit, keyOf, page.key !== null, totalCount);
  const more = rows.length > page.limit;
  const c = toConnection(rows.slice(0, page.limit).reverse(), page.limit, keyOf, more, totalCount);
  return { ...c, pageInfo: { ...c.pageInfo, hasNextPage: page.key !== null, hasPreviousPage: more } };
}

export const MAX_PAGE_SIZE = 1000;

/** AWS's MaxItems: 1 to 1000. */
export function pageSize(first: number | null | undefined, field: 'first' | 'last' = 'first'): number {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw Errors.badInput(field, `Invalid ${field}: must be from 1 to ${MAX_PAGE_SIZE}`);
  }
  return n;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** Keys are names and ARNs (at most 2,048 characters): a longer cursor is none of ours. */
const MAX_CURSOR = 4096;

export function decodeCursor(cursor: string | null | undefined, field: 'after' | 'before' = 'after'): string | null {
  if (cursor == null) return null;
  if (cursor.length > MAX_CURSOR) throw Errors.badInput(field, `Invalid ${field}: not a cursor from this API`);
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor) throw Errors.badInput(field, `Invalid ${field}: not a cursor from this API`);
  return key;
}

/** `rows` holds up to limit+1 items in order; the extra one only tells that a next page exists. */
export function toConnection<T>(rows: T[], limit: number, keyOf: (row: T) => string, hasPrevious: boolean, totalCount: () => Promise<number>): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** The same over a list already in memory (small bounded lists served by loaders). */
export function sliceConnection<T>(all: T[], first: number | null | undefined, after: string | null | undefined, keyOf: (row: T) => string): Connection<T> {
  const limit = pageSize(first);
  const afterKey = decodeCursor(after);
  const start = afterKey === null ? 0 : all.findIndex((r) => keyOf(r) > afterKey);
  const rest = start < 0 ? [] : all.slice(start);
  return toConnection(rest.slice(0, limit + 1), limit, keyOf, afterKey !== null, () => Promise.resolve(all.length));
}
