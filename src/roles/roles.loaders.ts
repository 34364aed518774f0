import DataLoader from 'dataloader';
import { type EntityManager,In } from 'typeorm';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { RoleEntity } from './role.entity';

/**
 * Per-request loaders of the roles domain: one `WHERE id = ANY($1)` query per batch, results in
 * key order, null for missing keys. Role sessions resolve their role through `roleById`.
 */
export function createRolesLoaders(em: () => EntityManager) {
  const roleById = new DataLoader<string, RoleEntity | null>(async (ids) => {
    const rows = await em().find(RoleEntity, { where: { id: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** By AWS unique id (AROA…): trust policies name roles by it. */
  const roleByUniqueId = new DataLoader<string, RoleEntity | null>(async (ids) => {
    const rows = await em().find(RoleEntity, { where: { roleId: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.roleId, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  return { roleById, roleByUniqueId };
}

export type RolesLoaders = ReturnType<typeof createRolesLoaders>;

const LOADERS = Symbol('roles loaders');

/** The roles loaders of one unit of work: made on first use, so every unit of work starts fresh. */
export function rolesLoaders(uow: UnitOfWork): RolesLoaders {
  return uow.memo(LOADERS, () => createRolesLoaders(() => uow.em));
}
