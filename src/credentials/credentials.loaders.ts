import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { LoginProfileEntity } from './login-profile.entity';

/** Per-request loaders of the credentials domain (one query per batch, key order, null when absent). */
export function createCredentialsLoaders(em: () => EntityManager) {
  const loginProfileByUserId = new DataLoader<string, LoginProfileEntity | null>(async (userIds) => {
    const rows = await em().find(LoginProfileEntity, { where: { userId: In([...userIds]) } });
    const by = new Map(rows.map((r) => [r.userId, r]));
    return userIds.map((id) => by.get(id) ?? null);
  });
  return { loginProfileByUserId };
}

export type CredentialsLoaders = ReturnType<typeof createCredentialsLoaders>;
