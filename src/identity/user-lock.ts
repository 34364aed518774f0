import type { EntityManager } from 'typeorm';

/**
 * The user's row lock (SELECT … FOR UPDATE), the one way every domain serializes the changes it
 * makes to one user (devices, keys, sessions, memberships, login profile): lock, then read.
 * Returns whether the user exists.
 */
export async function lockUserRow(em: EntityManager, userId: string): Promise<boolean> {
  const rows: unknown[] = await em.query('SELECT id FROM "users" WHERE id = $1 FOR UPDATE', [userId]);
  return rows.length > 0;
}
