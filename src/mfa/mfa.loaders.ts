import DataLoader from 'dataloader';
import { type EntityManager,In } from 'typeorm';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { MfaDeviceEntity } from './mfa-device.entity';

/** Per-request loaders of the MFA domain: a user's enabled devices (at most 8), one query per batch. */
export function createMfaLoaders(em: () => EntityManager) {
  const mfaDevicesByUserId = new DataLoader<string, MfaDeviceEntity[]>(async (userIds) => {
    const rows = await em().find(MfaDeviceEntity, { where: { userId: In([...userIds]) }, order: { enableDate: 'ASC' } });
    const by = new Map<string, MfaDeviceEntity[]>();
    for (const r of rows) by.set(r.userId!, [...(by.get(r.userId!) ?? []), r]);
    return userIds.map((id) => by.get(id) ?? []);
  });
  return { mfaDevicesByUserId };
}

export type MfaLoaders = ReturnType<typeof createMfaLoaders>;

const LOADERS = Symbol('mfa loaders');

/** The mfa loaders of one unit of work: made on first use, so every unit of work starts fresh. */
export function mfaLoaders(uow: UnitOfWork): MfaLoaders {
  return uow.memo(LOADERS, () => createMfaLoaders(() => uow.em));
}
