import type { EntityManager } from 'typeorm';

/** A user's or a role's row, as the session cache keys what depends on it. */
export type CallerRowChange = `u:${string}` | `r:${string}`;

/**
 * Told, inside the transaction, that a user's or a role's row is locked for a change (its name,
 * path, tags, boundary, trust, revocation, deletion). Whoever caches callers built from those rows
 * (the session cache) drops them now and again after the commit, so that the writer's next request
 * on this instance sees the change; other instances learn it from the database's notification.
 */
export interface CallerChanges {
  callerChanging(em: EntityManager, change: CallerRowChange): void;
}

/** For scripts and tests that cache no callers. */
export const IGNORE_CALLER_CHANGES: CallerChanges = { callerChanging: () => undefined };
