import type { EntityManager } from 'typeorm';
import { createCredentialsLoaders, type CredentialsLoaders } from '../credentials/credentials.loaders';
import { createIdentityLoaders, type IdentityLoaders } from '../identity/identity.loaders';

/**
 * All per-request loaders, made in the context function, never at module level.
 * `em` is read at batch time so that loaders join a running mutation's transaction.
 * Cleared after every mutation so that nothing stale (or rolled back) is served.
 */
export interface Loaders {
  identity: IdentityLoaders;
  credentials: CredentialsLoaders;
  clearAll(): void;
}

export function createLoaders(em: () => EntityManager): Loaders {
  const loaders = {
    identity: createIdentityLoaders(em),
    credentials: createCredentialsLoaders(em),
  };
  return {
    ...loaders,
    clearAll() {
      for (const group of Object.values(loaders)) {
        for (const loader of Object.values(group)) loader.clearAll();
      }
    },
  };
}
