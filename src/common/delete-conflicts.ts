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

/** AWS's DeleteConflict: refuses, naming everything that still hangs on the entity. */
export async function assertNoDeleteConflicts(em: EntityManager, conflicts: readonly DeleteConflict[], id: string): Promise<void> {
  const found: string[] = [];
  for (const c of conflicts) {
    const rows: unknown[] = await em.query(`SELECT 1 FROM "${c.table}" WHERE "${c.column}" = $1 LIMIT 1`, [id]);
    if (rows.length > 0) found.push(c.what);
  }
  if (found.length > 0) throw Errors.deleteConflict(`Cannot delete entity, must remove ${found.join(', ')} first.`);
}
