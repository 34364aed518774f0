import { Errors } from '../kernel/errors';

/** Relay connections (https://relay.dev/graphql/connections.htm) over keyset pagination. */
export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export const MAX_PAGE_SIZE = 1000;

/** AWS's MaxItems: 1 to 1000. */
export function pageSize(first: number | null | undefined): number {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw Errors.badInput('first', `Invalid first: must be from 1 to ${MAX_PAGE_SIZE}`);
  }
  return n;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** Keys are names and ARNs (at most 2,048 characters): a longer cursor is none of ours. */
const MAX_CURSOR = 4096;

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  if (cursor.length > MAX_CURSOR) throw Errors.badInput('after', 'Invalid after: not a cursor from this API');
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor) throw Errors.badInput('after', 'Invalid after: not a cursor from this API');
  return key;
}

/** `rows` holds up to limit+1 items in order; the extra one only tells that a next page exists. */
export function toConnection<T>(rows: T[], limit: number, keyOf: (row: T) => string, hasPrevious: boolean): Connection<T> {
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
  };
}

/** The same over a list already in memory (small bounded lists served by loaders). */
export function sliceConnection<T>(all: T[], first: number | null | undefined, after: string | null | undefined, keyOf: (row: T) => string): Connection<T> {
  const limit = pageSize(first);
  const afterKey = decodeCursor(after);
  const start = afterKey === null ? 0 : all.findIndex((r) => keyOf(r) > afterKey);
  const rest = start < 0 ? [] : all.slice(start);
  return toConnection(rest.slice(0, limit + 1), limit, keyOf, afterKey !== null);
}
