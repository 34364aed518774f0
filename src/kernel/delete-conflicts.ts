import type { EntityManager } from 'typeorm';
import { Errors } from './errors';

/** A table whose rows keep an entity from being deleted, as AWS's Delete* calls list them. */
export interface DeleteConflict {
  table: string;
  /** The column that references the entity's id. */
  column: string;
  /** How the refusal names it: "must remove attached policies first". */
  what: string;
}

/**
 * AWS's DeleteConflict: refuses, naming everything that still hangs on the entity. The entity's row
 * is locked first (FOR UPDATE): whatever adds to it (attach, put inline policy, add to group,
 * create a key) locks the same row, so it either committed before and is seen here, or waits and
 * then finds the entity gone. Without the lock both could commit and leave rows on a deleted entity.
 */
export async function assertNoDeleteConflicts(em: EntityManager, conflicts: readonly DeleteConflict[], id: string, lock: { table: string; missing: () => Error }): Promise<void> {
  const locked: unknown[] = await em.query(`SELECT id FROM "${lock.table}" WHERE id = $1 FOR UPDATE`, [id]);
  if (locked.length === 0) throw lock.missing();
  const found: string[] = [];
  for (const c of conflicts) {
    const rows: unknown[] = await em.query(`SELECT 1 FROM "${c.table}" WHERE "${c.column}" = $1 LIMIT 1`, [id]);
    if (rows.length > 0) found.push(c.what);
  }
  if (found.length > 0) throw Errors.deleteConflict(`Cannot delete entity, must remove ${found.join(', ')} first.`);
}
