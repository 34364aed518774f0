import { type CredentialsLoaders,credentialsLoaders } from '../credentials/credentials.loaders';
import { type IdentityLoaders,identityLoaders } from '../identity/identity.loaders';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { type MfaLoaders,mfaLoaders } from '../mfa/mfa.loaders';
import { type PolicyStoreLoaders,policyStoreLoaders } from '../policy-store/policy-store.loaders';
import { type RolesLoaders,rolesLoaders } from '../roles/roles.loaders';

/**
 * The loaders of one unit of work, as field resolvers use them: the domains' own loaders (the
 * same instances the domain services use within that unit), so that a request batches and caches
 * across both. Cleared after every mutation so that nothing stale (or rolled back) is served.
 */
export interface Loaders {
  identity: IdentityLoaders;
  credentials: CredentialsLoaders;
  mfa: MfaLoaders;
  policyStore: PolicyStoreLoaders;
  roles: RolesLoaders;
  clearAll(): void;
}

export function loadersOf(uow: UnitOfWork): Loaders {
  const groups = {
    identity: identityLoaders(uow),
    credentials: credentialsLoaders(uow),
    mfa: mfaLoaders(uow),
    policyStore: policyStoreLoaders(uow),
    roles: rolesLoaders(uow),
  };
  return {
    ...groups,
    clearAll() {
      for (const group of Object.values(groups)) {
        for (const loader of Object.values(group)) loader.clearAll();
      }
    },
  };
}
