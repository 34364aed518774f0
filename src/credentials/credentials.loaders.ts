import DataLoader from 'dataloader';
import { type EntityManager,In } from 'typeorm';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { AccessKeyEntity } from './access-key.entity';
import { LoginProfileEntity } from './login-profile.entity';
import { loadThrottleRows, type ThrottleRow } from './sign-in-throttle.service';

/** Per-request loaders of the credentials domain (one query per batch, key order, null or [] when absent). */
export function createCredentialsLoaders(em: () => EntityManager) {
  const loginProfileByUserId = new DataLoader<string, LoginProfileEntity | null>(async (userIds) => {
    const rows = await em().find(LoginProfileEntity, { where: { userId: In([...userIds]) } });
    const by = new Map(rows.map((r) => [r.userId, r]));
    return userIds.map((id) => by.get(id) ?? null);
  });

  /** A user's access keys (at most 2), oldest first. */
  const accessKeysByUserId = new DataLoader<string, AccessKeyEntity[]>(async (userIds) => {
    const rows = await em().find(AccessKeyEntity, { where: { userId: In([...userIds]) }, order: { createDate: 'ASC' } });
    const by = new Map<string, AccessKeyEntity[]>();
    for (const r of rows) by.set(r.userId, [...(by.get(r.userId) ?? []), r]);
    return userIds.map((id) => by.get(id) ?? []);
  });

  /** A user's guessing counters, summed per factor (User.signInThrottle). */
  const signInThrottleByUserId = new DataLoader<string, ThrottleRow[]>(async (userIds) => {
    const rows = await loadThrottleRows(em(), userIds);
    return userIds.map((id) => rows.filter((r) => r.userId === id));
  });

  return { loginProfileByUserId, accessKeysByUserId, signInThrottleByUserId };
}

export type CredentialsLoaders = ReturnType<typeof createCredentialsLoaders>;

const LOADERS = Symbol('credentials loaders');

/** The credentials loaders of one unit of work: made on first use, so every unit of work starts fresh. */
export function credentialsLoaders(uow: UnitOfWork): CredentialsLoaders {
  return uow.memo(LOADERS, () => createCredentialsLoaders(() => uow.em));
}
