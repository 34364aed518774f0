import type { EntityManager } from 'typeorm';
import { createCredentialsLoaders, type CredentialsLoaders } from '../credentials/credentials.loaders';
import { createIdentityLoaders, type IdentityLoaders } from '../identity/identity.loaders';
import { createMfaLoaders, type MfaLoaders } from '../mfa/mfa.loaders';
import { createPolicyStoreLoaders, type PolicyStoreLoaders } from '../policy-store/policy-store.loaders';
import { createRolesLoaders, type RolesLoaders } from '../roles/roles.loaders';

/**
 * All per-request loaders, made in the context function, never at module level.
 * `em` is read at batch time so that loaders join a running mutation's transaction.
 * Cleared after every mutation so that nothing stale (or rolled back) is served.
 */
export interface Loaders {
  identity: IdentityLoaders;
  credentials: CredentialsLoaders;
  mfa: MfaLoaders;
  policyStore: PolicyStoreLoaders;
  roles: RolesLoaders;
  clearAll(): void;
}

export function createLoaders(em: () => EntityManager): Loaders {
  const loaders = {
    identity: createIdentityLoaders(em),
    credentials: createCredentialsLoaders(em),
    mfa: createMfaLoaders(em),
    policyStore: createPolicyStoreLoaders(em),
    roles: createRolesLoaders(em),
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
