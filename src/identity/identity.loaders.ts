import DataLoader from 'dataloader';
import { type EntityManager,In } from 'typeorm';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { GroupEntity } from './group.entity';
import { GroupMembershipEntity } from './group-membership.entity';
import { UserEntity } from './user.entity';

/**
 * Per-request loaders of the identity domain. Each batch is one `WHERE … = ANY($1)` query,
 * results in key order, empty lists (or null) for missing keys.
 */
export function createIdentityLoaders(em: () => EntityManager) {
  const userById = new DataLoader<string, UserEntity | null>(async (ids) => {
    const rows = await em().find(UserEntity, { where: { id: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** By AWS unique id (AIDA…): trust policies name users by it. */
  const userByUniqueId = new DataLoader<string, UserEntity | null>(async (ids) => {
    const rows = await em().find(UserEntity, { where: { userId: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.userId, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const groupById = new DataLoader<string, GroupEntity | null>(async (ids) => {
    const rows = await em().find(GroupEntity, { where: { id: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** A user's groups (at most 10), by name. */
  const groupsByUserId = new DataLoader<string, GroupEntity[]>(async (userIds) => {
    const rows = await em()
      .createQueryBuilder(GroupMembershipEntity, 'm')
      .innerJoinAndSelect('m.group', 'g')
      .where('m.user_id = ANY(:ids)', { ids: [...userIds] })
      .orderBy('g.group_name_lower', 'ASC')
      .getMany();
    const by = new Map<string, GroupEntity[]>();
    for (const r of rows) {
      const list = by.get(r.userId) ?? [];
      list.push(r.group!);
      by.set(r.userId, list);
      groupById.prime(r.group!.id, r.group!);
    }
    return userIds.map((id) => by.get(id) ?? []);
  });

  /** A group's members, by name. */
  const usersByGroupId = new DataLoader<string, UserEntity[]>(async (groupIds) => {
    const rows = await em()
      .createQueryBuilder(GroupMembershipEntity, 'm')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.group_id = ANY(:ids)', { ids: [...groupIds] })
      .orderBy('u.user_name_lower', 'ASC')
      .getMany();
    const by = new Map<string, UserEntity[]>();
    for (const r of rows) {
      const list = by.get(r.groupId) ?? [];
      list.push(r.user!);
      by.set(r.groupId, list);
      userById.prime(r.user!.id, r.user!);
    }
    return groupIds.map((id) => by.get(id) ?? []);
  });

  return { userById, userByUniqueId, groupById, groupsByUserId, usersByGroupId };
}

export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;

const LOADERS = Symbol('identity loaders');

/** The identity loaders of one unit of work: made on first use, so every unit of work starts fresh. */
export function identityLoaders(uow: UnitOfWork): IdentityLoaders {
  return uow.memo(LOADERS, () => createIdentityLoaders(() => uow.em));
}
